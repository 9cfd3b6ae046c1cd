// The import / export tools on the catalogue page (its `tools` slot): the way to the import panel and downloads of
// what the list shows now (every item matching its text and filters, not one page) as Excel or JSON.
import { catalogueQueryParams } from "../../../spec/catalogue/search.js";
import { href, useRoute } from "../../../runtime/shared/router.js";
import { queryFromRoute } from "../url-query.js";
import { useI18n } from "../../i18n.js";
import "./io.css";

/** The catalogue page's import / export links. */
export function CatalogueTools() {
  const { t } = useI18n();
  const { query: params } = useRoute();
  const { page: _page, pageSize: _size, ...filters } = queryFromRoute(params);
  const q = new URLSearchParams(catalogueQueryParams(filters)).toString();
  const url = (format: string) => `/api/items/export?format=${format}${q ? `&${q}` : ""}`;
  return (
    <div className="cat-io__actions cat-io__tools">
      <a className="btn" href={href("/catalogue/io")}>{t("ed.io.importTitle")}</a>
      <a className="btn" href={url("xlsx")} download>{q ? t("ed.io.exportMatchesXlsx") : t("ed.io.exportXlsx")}</a>
      <a className="btn" href={url("json")} download>{q ? t("ed.io.exportMatchesJson") : t("ed.exportJson")}</a>
    </div>
  );
}
