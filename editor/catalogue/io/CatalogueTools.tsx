// The import / export tools on the catalogue page (its `tools` slot): the way to the import panel and downloads of
// what the list shows now (every item matching its text and filters, not one page) as Excel or JSON.
import { catalogueQueryParams } from "../../../spec/catalogue/search.js";
import { href, useRoute } from "../../../runtime/shared/router.js";
import { useEd } from "../../i18n.js";
import { queryFromRoute } from "../url-query.js";
import "./io.css";

/** The catalogue page's import / export links. */
export function CatalogueTools() {
  const e = useEd();
  const { query: params } = useRoute();
  const { page: _page, pageSize: _size, ...filters } = queryFromRoute(params);
  const q = new URLSearchParams(catalogueQueryParams(filters)).toString();
  const url = (format: string) => `/api/items/export?format=${format}${q ? `&${q}` : ""}`;
  return (
    <div className="cat-io__actions cat-io__tools">
      <a className="btn" href={href("/catalogue/io")}>{e("批量导入事项")}</a>
      <a className="btn" href={url("xlsx")} download>{q ? e("导出筛选结果（Excel）") : e("导出 Excel（.xlsx）")}</a>
      <a className="btn" href={url("json")} download>{q ? e("导出筛选结果（JSON）") : e("导出 JSON")}</a>
    </div>
  );
}
