// The catalogue's import and export screen (/catalogue/io in the editor, linked from the catalogue page's tools).
import { useI18n } from "../../i18n.js";
import { PageTitle } from "../../../runtime/shared/ui.js";
import { href } from "../../../runtime/shared/router.js";
import { CatalogueExport } from "./CatalogueExport.js";
import { CatalogueImport } from "./CatalogueImport.js";

/** The import / export screen. */
export function CatalogueIoPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle appName={t("app.editor")}>{t("ed.io.title")}</PageTitle>
      <p><a href={href("/catalogue")}>← {t("ed.io.back")}</a></p>
      <CatalogueImport />
      <CatalogueExport />
    </>
  );
}
