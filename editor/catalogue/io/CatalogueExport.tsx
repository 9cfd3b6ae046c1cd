// Export of the catalogue: the items matching the list's filters (or all) as Excel or as yijian JSON, and the blank
// import template. Plain download links: the browser sends the session cookie and saves the file under its name.
import { useEd } from "../../i18n.js";
import "./io.css";

/** Props: the catalogue list's filter parameters (e.g. "department=samr&task_type=01"), empty for everything. */
export function CatalogueExport({ query = "" }: { query?: string }) {
  const e = useEd();
  const q = query.replace(/^[?&]+/, "");
  const url = (format: string) => `/api/items/export?format=${format}${q ? `&${q}` : ""}`;
  return (
    <section className="cat-io" aria-labelledby="cat-export-title">
      <h2 id="cat-export-title">{e("导出事项清单")}</h2>
      <p className="field__help">{q ? e("导出当前筛选出的全部事项（草稿内容）。") : e("导出清单中的全部事项（草稿内容）；导出的文件可以修改后重新导入。")}</p>
      <div className="cat-io__actions">
        <a className="btn" href={url("xlsx")} download>{e("导出 Excel（.xlsx）")}</a>
        <a className="btn" href={url("json")} download>{e("导出 JSON")}</a>
        <a className="btn" href="/api/items/import-template.xlsx" download>{e("下载导入模板")}</a>
      </div>
    </section>
  );
}
