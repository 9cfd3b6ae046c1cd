// Hand tools of the merge studio for the selected merged field: merge it with another merged field, split one of
// its sources back out, re-bind a source field to another role or element; and the log of hand edits and typed
// labels / help texts (who, when).
import { useState } from "react";
import type { MergeEdit } from "../../../spec/merge/index.js";
import { ELEMENTS } from "../../../spec/dictionary/elements.js";
import { ROLES } from "../../../spec/dictionary/roles.js";
import { SelectField } from "../common/fields.js";
import { formatDateTime, useI18n, type MessageKey } from "../../i18n.js";

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
  const { t } = useI18n();
  const [target, setTarget] = useState("");
  const [rebind, setRebind] = useState<{ ref: string; role: string; element: string }>({ ref: "", role: "", element: "" });
  const refOf = (k: string) => sources.find((s) => `${s.item}#${s.pointer}` === k);
  return (
    <div data-testid="hand-tools">
      <h4 className="small">{t("ed.merge.hand.sources")}</h4>
      <ul className="small mlist">
        {sources.map((s) => (
          <li key={`${s.item}#${s.pointer}`} className="row" style={{ justifyContent: "space-between" }}>
            <span>{s.label}</span>
            {sources.length > 1 && <button type="button" className="btn btn--small" aria-label={t("ed.merge.hand.splitOut", { label: s.label })} onClick={() => onSplit(s)}>{t("ed.merge.hand.split")}</button>}
          </li>
        ))}
      </ul>
      <SelectField label={t("ed.merge.hand.mergeWith")} value={target} onChange={setTarget} empty={t("ed.merge.hand.pickField")} options={others.map((o) => ({ value: o.pointer, label: o.label }))} />
      <button type="button" className="btn btn--small btn--primary" disabled={!target} onClick={() => { onMerge(target); setTarget(""); }}>{t("ed.merge.hand.merge")}</button>
      <details className="small">
        <summary>{t("ed.merge.hand.rebindTitle")}</summary>
        <SelectField label={t("ed.merge.hand.sourceField")} value={rebind.ref} onChange={(v) => setRebind({ ...rebind, ref: v })} empty={t("ed.merge.hand.pick")} options={sources.map((s) => ({ value: `${s.item}#${s.pointer}`, label: s.label }))} />
        <SelectField label={t("ed.merge.hand.role")} value={rebind.role} onChange={(v) => setRebind({ ...rebind, role: v })} empty={t("ed.merge.hand.unchanged")} options={ROLES.map((r) => ({ value: r.key, label: r.label }))} />
        <SelectField label={t("ed.merge.hand.element")} value={rebind.element} onChange={(v) => setRebind({ ...rebind, element: v })} empty={t("ed.merge.hand.unchanged")} options={ELEMENTS.map((e) => ({ value: e.key, label: e.label }))} />
        <button type="button" className="btn btn--small" disabled={!refOf(rebind.ref) || (!rebind.role && !rebind.element)}
          onClick={() => { const r = refOf(rebind.ref)!; onRebind({ item: r.item, pointer: r.pointer }, { ...(rebind.role ? { role: rebind.role } : {}), ...(rebind.element ? { element: rebind.element } : {}) }); }}>{t("ed.merge.hand.applyRebind")}</button>
      </details>
    </div>
  );
}

const KIND: Record<Exclude<MergeEdit["kind"], "text">, MessageKey> = { merge: "ed.merge.log.kind.merge", split: "ed.merge.log.kind.split", rebind: "ed.merge.log.kind.rebind", move: "ed.merge.log.kind.move" };
const TEXT_KIND: Record<NonNullable<MergeEdit["field"]>, MessageKey> = { title: "ed.merge.log.kind.title", description: "ed.merge.log.kind.description" };

/** The log of hand edits, kept with the bundle and replayed by every merge; times in Beijing time. */
export function EditLog({ edits, label }: { edits: MergeEdit[]; label(r: Ref): string }) {
  const { t, lang } = useI18n();
  if (!edits.length) return null;
  const entry = (e: MergeEdit) => {
    const common = { refs: e.refs.map(label).join(" + "), by: e.by, at: t("ed.merge.log.at", { time: formatDateTime(e.at, lang) }) };
    if (e.kind !== "text") return t("ed.merge.log.entry", { kind: t(KIND[e.kind]), ...common });
    return e.text ? t("ed.merge.log.textEntry", { kind: t(TEXT_KIND[e.field ?? "title"]), text: e.text, ...common }) : t("ed.merge.log.textCleared", { kind: t(TEXT_KIND[e.field ?? "title"]), ...common });
  };
  return (
    <section className="dpanel" aria-labelledby="edits-title" data-testid="hand-edits">
      <h3 id="edits-title">{t("ed.merge.log.title", { n: edits.length })}</h3>
      <p className="muted small">{t("ed.merge.log.intro")}</p>
      <ol className="small">
        {edits.map((e, i) => <li key={i}>{entry(e)}</li>)}
      </ol>
    </section>
  );
}
