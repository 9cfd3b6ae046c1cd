// Parts of the merge studio: the before → after figures, the items' original forms as columns (fields
// highlighted when they feed the hovered merged field), and the suggestions / conflicts of the merge.
import { useEffect, useRef } from "react";
import { inspectForm } from "../../../spec/binding/inspect.js";
import type { FormStats, MergeConflict, MergeSuggestion } from "../../../spec/merge/index.js";
import { arr, obj, type Json } from "../common/doc.js";
import { useL } from "../common/lang.js";

/** Before → after statistics. */
export function StatsBar({ stats }: { stats: FormStats }) {
  const L = useL();
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return (
    <div className="dpanel merge__stats" data-testid="merge-stats" role="status" aria-label={L("合并前后对比", "Before and after")}>
      <div className="figs"><div><span className="muted small">{L("事项表单", "Item forms")}</span><strong>{stats.items}</strong></div></div>
      <div className="figs"><div><span className="muted small">{L("字段 合并前 → 合并后", "Fields before → after")}</span><strong data-testid="fields-before-after">{stats.fieldsBefore} → {stats.fieldsAfter}</strong></div></div>
      <div className="figs"><div><span className="muted small">{L("预填后需填写", "To type after prefill")}</span><strong data-testid="to-type">{stats.toTypeAfter}</strong></div></div>
      <div className="figs"><div><span className="muted small">{L("页数 合并前 → 合并后", "Pages before → after")}</span><strong>{stats.pagesBefore} → {stats.pagesAfter}</strong></div></div>
      <div className="figs hl"><div><span className="muted small">{L("字段减少", "Fewer fields")}</span><strong>{pct(stats.fewerFields)}</strong></div></div>
      <div className="figs hl"><div><span className="muted small">{L("需填写减少", "Fewer to type")}</span><strong data-testid="fewer-to-type">{pct(stats.fewerToType)}</strong></div></div>
    </div>
  );
}

/** The items' original forms, one column each. */
export function SourceColumns({ items, owners, highlight, onHover, counts }: { items: Json[]; owners: Map<string, string>; highlight: Set<string>; onHover(merged: string | undefined): void; counts: Map<string, number> }) {
  const L = useL();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // bring each column's first highlighted field into view (within the column only)
    for (const col of box.current?.querySelectorAll<HTMLElement>(".srccol") ?? []) {
      const hl = col.querySelector<HTMLElement>("li.is-hl");
      if (hl && (hl.offsetTop < col.scrollTop || hl.offsetTop > col.scrollTop + col.clientHeight - 30)) col.scrollTop = hl.offsetTop - 60;
    }
  }, [highlight]);
  return (
    <div className="merge__sources" role="group" ref={box} aria-label={L("各事项原表单", "Original forms")}>
      {items.map((it) => {
        const id = String(it.id);
        const leaves = inspectForm(obj(it.form).schema).leaves;
        return (
          <section key={id} className="srccol" aria-labelledby={`src-${id}`} data-testid={`source-${id}`}>
            <h3 id={`src-${id}`}>{String(it.task_name ?? id)}</h3>
            <p className="muted small">{L(`${leaves.length} 个字段 · ${typeof it.pages === "number" ? it.pages : 1} 页`, `${leaves.length} fields`)}</p>
            <ul>
              {leaves.map((l) => {
                const owner = owners.get(`${id}#${l.pointer}`);
                const shared = owner ? (counts.get(owner) ?? 0) > 1 : false;
                const hl = highlight.has(`${id}#${l.pointer}`);
                return (
                  <li key={l.pointer} className={`${shared ? "is-merged" : ""} ${hl ? "is-hl" : ""}`} data-hl={hl ? "1" : undefined}
                    onMouseEnter={() => onHover(owner)} onMouseLeave={() => onHover(undefined)} title={l.pointer}>
                    {l.title ?? l.key}{shared ? " ⇄" : ""}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Suggestions (accept / keep apart) and conflicts of the latest merge run. */
export function SuggestionList({ suggestions, conflicts, status, onAccept, onReject, onShow, itemName }: {
  suggestions: MergeSuggestion[]; conflicts: MergeConflict[];
  status(s: MergeSuggestion): "merged" | "pending" | "rejected";
  onAccept(s: MergeSuggestion): void; onReject(s: MergeSuggestion): void; onShow(s: MergeSuggestion): void;
  itemName(id: string): string;
}) {
  const L = useL();
  const pending = suggestions.filter((s) => status(s) === "pending").length;
  return (
    <section className="dpanel" aria-labelledby="sugg-title" data-testid="suggestions">
      <h3 id="sugg-title">{L(`合并建议（待确认 ${pending} / 共 ${suggestions.length}）`, `Suggestions (${pending} pending of ${suggestions.length})`)}</h3>
      <ul className="suggest">
        {suggestions.map((s) => {
          const st = status(s);
          return (
            <li key={s.id} className={st === "merged" ? "is-done" : ""} data-testid={`suggestion-${s.id}`} data-status={st}>
              <p>{s.message} <span className="muted small">（{L("置信度", "confidence")} {Math.round(s.confidence * 100)}%）</span></p>
              <p className="muted small">{[...new Set(s.sources.map((r) => itemName(r.item)))].join("、")} · {s.sources.length} {L("个字段", "fields")}</p>
              {s.pairs && (
                <ul className="small mpairs" aria-label={L("将合并的字段", "Fields that would merge")}>
                  {s.pairs.map((p) => <li key={`${p.a.pointer}~${p.b.pointer}`}>{p.label}：{itemName(p.a.item)} ⇄ {itemName(p.b.item)}</li>)}
                </ul>
              )}
              <div className="row">
                {st === "pending" && <button type="button" className="btn btn--small btn--primary" onClick={() => onAccept(s)}>{L("接受（合并）", "Accept (merge)")}</button>}
                {st === "pending" && <button type="button" className="btn btn--small" onClick={() => onReject(s)}>{L("保持分开", "Keep apart")}</button>}
                {st === "merged" && <span className="badge badge--approved">{L("已合并", "Merged")}</span>}
                {st === "rejected" && <span className="badge">{L("保持分开", "Kept apart")}</span>}
                <button type="button" className="btn btn--small btn--link" onClick={() => onShow(s)}>{L("查看来源", "Show sources")}</button>
              </div>
            </li>
          );
        })}
      </ul>
      {conflicts.length > 0 && (
        <>
          <h3>{L(`冲突（${conflicts.length}）`, `Conflicts (${conflicts.length})`)}</h3>
          <ul className="suggest">
            {conflicts.map((c, i) => (
              <li key={i} className="is-conflict">
                <p>{c.message}</p>
                <p className="muted small">{c.sources.map((r) => `${itemName(r.item)} ${r.pointer}`).join("；")}</p>
                <p className="small">{L("这些字段保留为各事项自己的字段；如需统一，请修改事项表单的约束后重新合并。", "Kept as separate fields; align the items' constraints and merge again.")}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
void arr;
