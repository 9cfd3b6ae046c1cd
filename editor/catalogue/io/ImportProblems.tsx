// The problems of an import, each where it is: sheet, row and column (letter and header) of an .xlsx, or the item's
// position and JSON pointer of a JSON file — errors first, warnings (ignored columns) after.
import type { ImportProblem, ImportReport } from "../../../spec/catalogue/import.js";
import { useI18n } from "../../i18n.js";

const SHOWN = 200;

/** Props: the report whose problems to list. */
export function ImportProblems({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const problems = report.problems.slice(0, SHOWN);
  if (!problems.length) return null;
  const place = (p: ImportProblem) => (report.format === "json"
    ? { sheet: "—", row: t("ed.io.itemN", { n: p.row }), column: p.pointer ?? "—" }
    : { sheet: p.sheet ?? "—", row: t("ed.io.rowN", { n: p.row }), column: p.column ? (p.header ? `${p.column}${t("common.inParens", { text: p.header })}` : p.column) : "—" });
  const more = report.problemsTotal - problems.length;
  return (
    <>
      <h3 id="import-problems-title">{t("ed.io.problems", { n: report.problemsTotal })}</h3>
      <div className="table-scroll">
        <table className="table table--stack import-problems" aria-labelledby="import-problems-title" data-testid="import-problems">
          <thead>
            <tr><th scope="col">{report.format === "json" ? t("ed.io.file") : t("ed.io.sheet")}</th><th scope="col">{report.format === "json" ? t("ed.catalogue.items") : t("ed.io.row")}</th><th scope="col">{report.format === "json" ? t("ed.io.where") : t("ed.io.column")}</th><th scope="col">{t("ed.problemsTitle")}</th></tr>
          </thead>
          <tbody>
            {problems.map((p, i) => {
              const at = place(p);
              return (
                <tr key={i} className={p.level === "warning" ? "is-warning" : "is-error"}>
                  <td data-label={report.format === "json" ? t("ed.io.file") : t("ed.io.sheet")}>{at.sheet}</td>
                  <td data-label={report.format === "json" ? t("ed.catalogue.items") : t("ed.io.row")}>{at.row}</td>
                  <td data-label={report.format === "json" ? t("ed.io.where") : t("ed.io.column")}>{report.format === "json" ? <code>{at.column}</code> : at.column}</td>
                  <td data-label={t("ed.problemsTitle")}>
                    <span><span className={`badge ${p.level === "warning" ? "badge--warning" : p.refused ? "badge--muted" : "badge--danger"}`}>{p.level === "warning" ? t("ed.note") : p.refused ? t("ed.io.notYours") : t("ed.io.error")}</span> {p.message}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {more > 0 && <p className="field__help">{t("ed.io.more", { n: more })}</p>}
    </>
  );
}
