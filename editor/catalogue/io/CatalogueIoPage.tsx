// The catalogue's import and export screen (/catalogue/io in the editor, linked from the catalogue page's tools).
import { useI18n } from "../../../runtime/shared/i18n.js";
import { PageTitle } from "../../../runtime/shared/ui.js";
import { href } from "../../../runtime/shared/router.js";
import { useEd } from "../../i18n.js";
import { CatalogueExport } from "./CatalogueExport.js";
import { CatalogueImport } from "./CatalogueImport.js";

/** The import / export screen. */
export function CatalogueIoPage() {
  const { t } = useI18n();
  const e = useEd();
  return (
    <>
      <PageTitle appName={t("app.editor")}>{e("事项清单导入导出")}</PageTitle>
      <p><a href={href("/catalogue")}>← {e("返回事项清单")}</a></p>
      <CatalogueImport />
      <CatalogueExport />
    </>
  );
}
