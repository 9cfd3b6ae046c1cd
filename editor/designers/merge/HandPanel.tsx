// Hand tools of the merge studio for the selected merged field: merge it with another merged field, split one of
// its sources back out, re-bind a source field to another role or element; and the log of hand edits (who, when).
import { useState } from "react";
import type { MergeEdit } from "../../../spec/merge/index.js";
import { ELEMENTS } from "../../../spec/dictionary/elements.js";
import { ROLES } from "../../../spec/dictionary/roles.js";
import { SelectField } from "../common/fields.js";
import { useL } from "../common/lang.js";

type Ref = { item: string; pointer: string };

/** Props of the hand tools of one merged field. */
export interface HandProps {
  sources: Array<Ref & { label: string }>;
  others: Array<{ pointer: string; label: string }>;
  onMerge(other: string): void;
  onSplit(ref: Ref): void;
  onRebind(ref: Ref, change: { role?: string; element?: string }): void;
}

/** Merge with / split / re-bind for the selected field. */
export function HandTools({ sources, others, onMerge, onSplit, onRebind }: HandProps) {
  const L = useL();
  const [target, setTarget] = useState("");
  const [rebind, setRebind] = useState<{ ref: string; role: string; element: string }>({ ref: "", role: "", element: "" });
  const refOf = (k: string) => sources.find((s) => `${s.item}#${s.pointer}` === k);
  return (
    <div data-testid="hand-tools">
      <h4 className="small">{L("来源字段", "Sources")}</h4>
      <ul className="small mlist">
        {sources.map((s) => (
          <li key={`${s.item}#${s.pointer}`} className="row" style={{ justifyContent: "space-between" }}>
            <span>{s.label}</span>
            {sources.length > 1 && <button type="button" className="btn btn--small" aria-label={L(`拆分出「${s.label}」`, `Split out ${s.label}`)} onClick={() => onSplit(s)}>{L("拆分", "Split")}</button>}
          </li>
        ))}
      </ul>
      <SelectField label={L("与另一字段手动合并", "Merge by hand with")} value={target} onChange={setTarget} empty={L("（选择字段）", "(pick a field)")} options={others.map((o) => ({ value: o.pointer, label: o.label }))} />
      <button type="button" className="btn btn--small btn--primary" disabled={!target} onClick={() => { onMerge(target); setTarget(""); }}>{L("合并", "Merge")}</button>
      <details className="small">
        <summary>{L("重新绑定来源字段", "Re-bind a source field")}</summary>
        <SelectField label={L("来源字段", "Source field")} value={rebind.ref} onChange={(v) => setRebind({ ...rebind, ref: v })} empty={L("（选择）", "(pick)")} options={sources.map((s) => ({ value: `${s.item}#${s.pointer}`, label: s.label }))} />
        <SelectField label={L("角色", "Role")} value={rebind.role} onChange={(v) => setRebind({ ...rebind, role: v })} empty={L("（不变）", "(unchanged)")} options={ROLES.map((r) => ({ value: r.key, label: r.label }))} />
        <SelectField label={L("数据元", "Element")} value={rebind.element} onChange={(v) => setRebind({ ...rebind, element: v })} empty={L("（不变）", "(unchanged)")} options={ELEMENTS.map((e) => ({ value: e.key, label: e.label }))} />
        <button type="button" className="btn btn--small" disabled={!refOf(rebind.ref) || (!rebind.role && !rebind.element)}
          onClick={() => { const r = refOf(rebind.ref)!; onRebind({ item: r.item, pointer: r.pointer }, { ...(rebind.role ? { role: rebind.role } : {}), ...(rebind.element ? { element: rebind.element } : {}) }); }}>{L("应用并重新合并", "Apply and merge again")}</button>
      </details>
    </div>
  );
}

const KIND: Record<MergeEdit["kind"], [string, string]> = { merge: ["手动合并", "merged"], split: ["拆分", "split"], rebind: ["重新绑定", "re-bound"] };
const beijing = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

/** The log of hand edits, kept with the bundle and replayed by every merge. */
export function EditLog({ edits, label }: { edits: MergeEdit[]; label(r: Ref): string }) {
  const L = useL();
  if (!edits.length) return null;
  return (
    <section className="dpanel" aria-labelledby="edits-title" data-testid="hand-edits">
      <h3 id="edits-title">{L(`手动操作记录（${edits.length}）`, `Hand edits (${edits.length})`)}</h3>
      <p className="muted small">{L("重新合并时会按顺序重放这些操作。", "Replayed on every merge.")}</p>
      <ol className="small">
        {edits.map((e, i) => <li key={i}>{L(KIND[e.kind][0], KIND[e.kind][1])}：{e.refs.map(label).join(" + ")} · {e.by} · {beijing(e.at)}</li>)}
      </ol>
    </section>
  );
}
