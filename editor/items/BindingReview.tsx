// Review of an imported form's auto-binding: each field → role + data element with confidence and reason;
// staff accept it or override role/element (the override is written into the field as a dictionary title and
// an x-binding note, so the merge binds it the same way).
import { useMemo, useState } from "react";
import { bindForm, AUTO_CONFIDENCE, CANDIDATE_CONFIDENCE, type FieldBinding } from "../../spec/binding/bind.js";
import { ELEMENTS, ELEMENT_BY_KEY } from "../../spec/dictionary/elements.js";
import { ROLES, ROLE_BY_KEY } from "../../spec/dictionary/roles.js";
import { useMsg } from "../designers/common/lang.js";
import type { Json } from "../../spec/common.js";
import { parsePointer } from "../../spec/pointer.js";
import { fieldPath } from "../designers/common/field-labels.js";
import { useI18n } from "../i18n.js";

/** A staff decision per field pointer. */
export interface Override { role?: string; element?: string }

const confidenceLevel = (c: number) => (c >= AUTO_CONFIDENCE ? "high" : c >= CANDIDATE_CONFIDENCE ? "mid" : "low");

/** Applies overrides to a form schema: the field gets the dictionary's title for (role, element) and x-binding. */
export function applyOverrides(schema: Json, overrides: Record<string, Override>): Json {
  const copy = structuredClone(schema);
  for (const [pointer, o] of Object.entries(overrides)) {
    if (!o.element) continue;
    const parts = parsePointer(pointer);
    let node: unknown = copy;
    for (const p of parts) node = node && typeof node === "object" ? (node as Json)[p] : undefined;
    if (!node || typeof node !== "object") continue;
    const field = node as Json;
    const role = o.role ? ROLE_BY_KEY.get(o.role) : undefined;
    const el = ELEMENT_BY_KEY.get(o.element);
    if (!el) continue;
    const roleName = role && role.kind !== "org" && role.kind !== "case" ? role.label : "";
    field.title = `${roleName}${el.label}`;
    field["x-binding"] = { ...(o.role ? { role: o.role } : {}), element: o.element };
  }
  return copy;
}

/** The review table. `onDone` receives the schema with the accepted overrides applied. */
export function BindingReview({ schema, audience, onDone, onCancel }: { schema: Json; audience: "person" | "enterprise"; onDone(schema: Json): void; onCancel(): void }) {
  const { t } = useI18n();
  const M = useMsg();
  const [overrides, setOverrides] = useState<Record<string, Override>>({});
  const [accepted, setAccepted] = useState<Record<string, boolean>>({});
  const bound = useMemo(() => bindForm({ schema: applyOverrides(schema, overrides) }, { audience }), [schema, overrides, audience]);
  const original = useMemo(() => new Map(bindForm({ schema }, { audience }).fields.map((f) => [f.pointer, f.title])), [schema, audience]);
  const decide = (f: FieldBinding, o: Override) => {
    setOverrides((m) => ({ ...m, [f.pointer]: o }));
    setAccepted((m) => ({ ...m, [f.pointer]: true }));
  };
  // where a field stands, in the form's words (参保人), not its pointer (/properties/canbaoren/properties/xingming)
  const sectionsOf = (pointer: string) => fieldPath({ schema }, pointer.replace(/\/properties\/[^/]+$/, ""));
  const unreviewed = bound.fields.filter((f) => f.confidence < AUTO_CONFIDENCE && !accepted[f.pointer]).length;
  return (
    <div>
      <h3>{t("ed.items.review.title", { n: bound.fields.length })}</h3>
      <p className="muted small">{t("ed.items.review.help", { auto: AUTO_CONFIDENCE })}<strong data-testid="unreviewed">{unreviewed}</strong></p>
      {bound.errors.length > 0 && <ul className="alert alert--error">{bound.errors.map((e, i) => <li key={i}>{fieldPath({ schema }, e.pointer) || t("ed.items.wholeForm")}{t("common.labelSeparator")}{M(e.message)}</li>)}</ul>}
      <div style={{ overflowX: "auto", maxHeight: "50vh" }}>
        <table className="table" data-testid="binding-table">
          <thead><tr><th scope="col">{t("ed.items.field")}</th><th scope="col">{t("ed.items.role")}</th><th scope="col">{t("ed.items.dataElement")}</th><th scope="col">{t("ed.items.confidence")}</th><th scope="col">{t("ed.items.reason")}</th><th scope="col">{t("ed.items.accept")}</th></tr></thead>
          <tbody>
            {bound.fields.map((f) => {
              const o = overrides[f.pointer] ?? {};
              const title = original.get(f.pointer) ?? f.title;
              return (
                <tr key={f.pointer}>
                  <th scope="row">{title}{title !== f.title && <div className="small">→ {f.title}</div>}{sectionsOf(f.pointer) && <div className="muted small">{sectionsOf(f.pointer)}</div>}</th>
                  <td>
                    <select aria-label={t("ed.items.review.roleOf", { title })} value={o.role ?? f.role ?? ""} onChange={(e) => decide(f, { role: e.target.value || undefined, element: o.element ?? f.element })}>
                      <option value="">—</option>
                      {f.role?.startsWith("?") && <option value={f.role}>{f.role.slice(1)}</option>}
                      {ROLES.map((r) => <option key={r.key} value={r.key}>{r.label}</option>)}
                    </select>
                  </td>
                  <td>
                    <select aria-label={t("ed.items.review.elementOf", { title })} value={o.element ?? f.element ?? ""} onChange={(e) => decide(f, { role: o.role ?? f.role, element: e.target.value || undefined })}>
                      <option value="">{t("ed.items.ownField")}</option>
                      {ELEMENTS.map((el) => <option key={el.key} value={el.key}>{el.label}</option>)}
                    </select>
                  </td>
                  <td className={`confidence confidence--${confidenceLevel(f.confidence)}`}>{t(`ed.items.confidence.${confidenceLevel(f.confidence)}`, { pct: `${Math.round(f.confidence * 100)}%` })}</td>
                  <td className="small">{M(f.reason)}</td>
                  <td><input type="checkbox" aria-label={t("ed.items.review.acceptOf", { title })} checked={f.confidence >= AUTO_CONFIDENCE || accepted[f.pointer] === true}
                    disabled={f.confidence >= AUTO_CONFIDENCE && !accepted[f.pointer]} onChange={(e) => setAccepted((m) => ({ ...m, [f.pointer]: e.target.checked }))} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="row" style={{ marginTop: ".75rem", gap: ".5rem" }}>
        <button type="button" className="btn btn--primary" onClick={() => onDone(applyOverrides(schema, overrides))}>{t("ed.items.review.add")}</button>
        <button type="button" className="btn" onClick={onCancel}>{t("ed.cancel")}</button>
      </div>
    </div>
  );
}
