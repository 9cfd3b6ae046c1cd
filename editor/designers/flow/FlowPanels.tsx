// Side panels of the flow designer: the problem list (click → select the node or edge) and the critical-path
// figures (promised vs statutory totals, 压减 %) with the case limit.
import type { CriticalPath, FlowProblem } from "../../../spec/flow/index.js";
import type { Json } from "../common/doc.js";
import { NumberField } from "../common/fields.js";
import { useL, useMsg } from "../common/lang.js";

/** Every validation problem; each is a button selecting what it is about. */
export function ProblemList({ problems, onSelect }: { problems: FlowProblem[]; onSelect(p: FlowProblem): void }) {
  const L = useL();
  const M = useMsg();
  return (
    <section className="dpanel" aria-labelledby="flow-problems-title">
      <h3 id="flow-problems-title">{L(`校验问题（${problems.length}）`, `Problems (${problems.length})`)}</h3>
      {problems.length === 0 ? <p className="muted small">{L("没有问题。", "No problems.")}</p> : (
        <ul className="dproblems" data-testid="flow-problems">
          {problems.map((p, i) => (
            <li key={i} className={p.severity === "error" ? "is-error" : "is-warning"}>
              <button type="button" className="linkbtn" onClick={() => onSelect(p)} disabled={!p.nodeId && !p.edgeId}>
                <strong>{p.severity === "error" ? L("错误", "Error") : L("提示", "Warning")}</strong>{p.nodeId ? ` [${p.nodeId}]` : p.edgeId ? ` [${p.edgeId}]` : ""} {M(p.message)}
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
  const L = useL();
  return (
    <div className="cpath" role="group" data-testid="critical-path" aria-label={L("关键路径时限", "Critical path")}>
      <div className="cpath__fig"><span className="muted small">{L("关键路径 承诺", "Critical path promised")}</span><strong>{critical?.promised.days ?? "—"}</strong><span className="small">{L("工作日", "days")}</span></div>
      <div className="cpath__fig"><span className="muted small">{L("关键路径 法定", "statutory")}</span><strong>{critical?.statutory.days ?? "—"}</strong><span className="small">{L("工作日", "days")}</span></div>
      <div className="cpath__fig cpath__fig--hl"><span className="muted small">{L("压减", "Reduction")}</span><strong>{critical ? `${critical.reductionPercent}%` : "—"}</strong></div>
      <NumberField label={L("案件法定时限", "Case statutory")} value={caseLimit.statutoryDays as number | undefined} onChange={(v) => onCaseLimit({ ...caseLimit, statutoryDays: v })} />
      <NumberField label={L("案件承诺时限", "Case promised")} value={caseLimit.promisedDays as number | undefined} onChange={(v) => onCaseLimit({ ...caseLimit, promisedDays: v })} />
    </div>
  );
}
