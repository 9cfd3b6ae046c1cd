import { useI18n } from "../../i18n.js";
// Export of the catalogue: the items matching the list's filters (or all) as Excel or as yijian JSON, and the blank
// import template. Plain download links: the browser sends the session cookie and saves the file under its name.
import "./io.css";

/** Props: the catalogue list's filter parameters (e.g. "department=samr&task_type=01"), empty for everything. */
export function CatalogueExport({ query = "" }: { query?: string }) {
  const { t } = useI18n();
  const q = query.replace(/^[?&]+/, "");
  const url = (format: string) => `/api/items/export?format=${format}${q ? `&${q}` : ""}`;
  return (
    <section className="cat-io" aria-labelledby="cat-export-title">
      <h2 id="cat-export-title">{t("ed.io.exportTitle")}</h2>
      <p className="field__help">{q ? t("ed.io.exportFiltered") : t("ed.io.exportAll")}</p>
      <div className="cat-io__actions">
        <a className="btn" href={url("xlsx")} download>{t("ed.io.exportXlsx")}</a>
        <a className="btn" href={url("json")} download>{t("ed.exportJson")}</a>
        <a className="btn" href="/api/items/import-template.xlsx" download>{t("ed.io.template")}</a>
      </div>
    </section>
  );
}
