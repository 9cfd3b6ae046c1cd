// The problems of an import, each where it is: sheet, row and column (letter and header) of an .xlsx, or the item's
// position and JSON pointer of a JSON file — errors first, warnings (ignored columns) after.
import type { ImportProblem, ImportReport } from "../../../spec/catalogue/import.js";
import { useEd } from "../../i18n.js";

const SHOWN = 200;

/** Props: the report whose problems to list. */
export function ImportProblems({ report }: { report: ImportReport }) {
  const e = useEd();
  const problems = report.problems.slice(0, SHOWN);
  if (!problems.length) return null;
  const place = (p: ImportProblem) => (report.format === "json"
    ? { sheet: "—", row: e("第 {n} 项", { n: p.row }), column: p.pointer ?? "—" }
    : { sheet: p.sheet ?? "—", row: e("第 {n} 行", { n: p.row }), column: p.column ? (p.header ? `${p.column}（${p.header}）` : p.column) : "—" });
  const more = report.problemsTotal - problems.length;
  return (
    <>
      <h3 id="import-problems-title">{e("问题清单（{n} 个）", { n: report.problemsTotal })}</h3>
      <div className="table-scroll">
        <table className="table table--stack import-problems" aria-labelledby="import-problems-title" data-testid="import-problems">
          <thead>
            <tr><th scope="col">{report.format === "json" ? e("文件") : e("工作表")}</th><th scope="col">{report.format === "json" ? e("事项") : e("行")}</th><th scope="col">{report.format === "json" ? e("位置") : e("列")}</th><th scope="col">{e("问题")}</th></tr>
          </thead>
          <tbody>
            {problems.map((p, i) => {
              const at = place(p);
              return (
                <tr key={i} className={p.level === "warning" ? "is-warning" : "is-error"}>
                  <td data-label={report.format === "json" ? e("文件") : e("工作表")}>{at.sheet}</td>
                  <td data-label={report.format === "json" ? e("事项") : e("行")}>{at.row}</td>
                  <td data-label={report.format === "json" ? e("位置") : e("列")}>{report.format === "json" ? <code>{at.column}</code> : at.column}</td>
                  <td data-label={e("问题")}>
                    <span><span className={`badge ${p.level === "warning" ? "badge--warning" : p.refused ? "badge--muted" : "badge--danger"}`}>{p.level === "warning" ? e("提示") : p.refused ? e("无权导入") : e("错误")}</span> {p.message}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {more > 0 && <p className="field__help">{e("还有 {n} 个问题未列出：请先修改以上问题后重新检查。", { n: more })}</p>}
    </>
  );
}
