// Side panels of the flow designer: the problem list (click → select the node or edge) and the critical-path
// figures (promised vs statutory totals, 压减 %) with the case limit.
import type { CriticalPath, FlowProblem } from "../../../spec/flow/index.js";
import type { Json } from "../common/doc.js";
import { NumberField } from "../common/fields.js";
import { useMsg } from "../common/lang.js";
import { useI18n } from "../../i18n.js";

/** Every validation problem; each is a button selecting what it is about. */
export function ProblemList({ problems, onSelect }: { problems: FlowProblem[]; onSelect(p: FlowProblem): void }) {
  const { t } = useI18n();
  const M = useMsg();
  return (
    <section className="dpanel" aria-labelledby="flow-problems-title">
      <h3 id="flow-problems-title">{t("ed.flow.problems.title", { n: problems.length })}</h3>
      {problems.length === 0 ? <p className="muted small">{t("ed.flow.problems.none")}</p> : (
        <ul className="dproblems" data-testid="flow-problems">
          {problems.map((p, i) => (
            <li key={i} className={p.severity === "error" ? "is-error" : "is-warning"}>
              <button type="button" className="linkbtn" onClick={() => onSelect(p)} disabled={!p.nodeId && !p.edgeId}>
                <strong>{p.severity === "error" ? t("ed.flow.severity.error") : t("ed.flow.severity.warning")}</strong>{p.nodeId ? ` [${p.nodeId}]` : p.edgeId ? ` [${p.edgeId}]` : ""} {M(p.message)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Critical path: promised and statutory totals, the case limit and the reduction. */
export function CriticalPathBar({ critical, caseLimit, onCaseLimit }: { critical?: CriticalPath; caseLimit: Json; onCaseLimit(cl: Json): void }) {
  const { t } = useI18n();
  return (
    <div className="cpath" role="group" data-testid="critical-path" aria-label={t("ed.flow.cpath.label")}>
      <div className="cpath__fig"><span className="muted small">{t("ed.flow.cpath.promised")}</span><strong>{critical?.promised.days ?? "—"}</strong><span className="small">{t("ed.flow.cpath.days")}</span></div>
      <div className="cpath__fig"><span className="muted small">{t("ed.flow.cpath.statutory")}</span><strong>{critical?.statutory.days ?? "—"}</strong><span className="small">{t("ed.flow.cpath.days")}</span></div>
      <div className="cpath__fig cpath__fig--hl"><span className="muted small">{t("ed.flow.cpath.reduction")}</span><strong>{critical ? `${critical.reductionPercent}%` : "—"}</strong></div>
      <NumberField label={t("ed.flow.cpath.caseStatutory")} value={caseLimit.statutoryDays as number | undefined} onChange={(v) => onCaseLimit({ ...caseLimit, statutoryDays: v })} />
      <NumberField label={t("ed.flow.cpath.casePromised")} value={caseLimit.promisedDays as number | undefined} onChange={(v) => onCaseLimit({ ...caseLimit, promisedDays: v })} />
    </div>
  );
}
