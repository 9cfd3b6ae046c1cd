// What a check or an import found, in counts staff act on: items in the file, how many can be imported (new, new
// drafts of existing items, unchanged), how many have problems and how many belong to another department.
import type { ImportReport } from "../../../spec/catalogue/import.js";
import { useI18n } from "../../i18n.js";

/** Props: the report, and whether it is the import's (done) or the check's. */
export function ImportSummary({ report, done }: { report: ImportReport; done: boolean }) {
  const { t } = useI18n();
  if (report.fileError) {
    return <p className="alert alert--error" role="alert" data-testid="import-summary">{t("ed.io.cannotImport")}{report.problems[0]?.message}</p>;
  }
  if (done) {
    return (
      <div className="alert alert--success" role="status" data-testid="import-summary">
        <h3>{t("ed.io.done")}</h3>
        <p>{t("ed.io.imported", { n: report.create + report.update, c: report.create, u: report.update, s: report.unchanged })}</p>
        {report.invalid > 0 && <p>{t("ed.io.skipped", { n: report.invalid })}</p>}
      </div>
    );
  }
  return (
    <div className={`alert ${report.invalid ? "alert--warning" : "alert--success"}`} role="status" data-testid="import-summary">
      <h3>{t("ed.io.checkResult", { n: report.total })}</h3>
      <ul>
        <li>{t("ed.io.importable", { n: report.valid, c: report.create, u: report.update, s: report.unchanged })}</li>
        {report.invalid > 0 && <li>{t("ed.io.withProblems", { n: report.invalid })}{report.refused > 0 ? t("ed.io.notYoursCount", { n: report.refused }) : ""}</li>}
      </ul>
      {report.invalid === 0 && <p>{t("ed.io.noProblems")}</p>}
    </div>
  );
}
