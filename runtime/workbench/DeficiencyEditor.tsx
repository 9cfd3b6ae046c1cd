// The correction notice (一次性告知补正): every form field or material to correct, each with its reason, so the
// applicant is told everything at once. The choices are this case's only — its situation's fields and materials,
// each document once — and the materials still missing start the notice, preselected.
import type { Leaf } from "../shared/form/leaves.js";
import { useI18n } from "../shared/i18n.js";
import type { CaseMaterial } from "./case-materials.js";

/** One row of the notice as edited. */
export interface DeficiencyRow { what: string; reason: string }

/** The value of a material choice. */
export const materialChoice = (m: Pick<CaseMaterial, "item" | "id">) => `material:${m.item}:${m.id}`;

/** The rows a new notice starts with: one per missing material (reason prefilled), else one empty row. */
export function initialRows(materials: CaseMaterial[], missingReason: string): DeficiencyRow[] {
  const missing = materials.filter((m) => m.missing);
  return missing.length ? missing.map((m) => ({ what: materialChoice(m), reason: missingReason })) : [{ what: "", reason: "" }];
}

/** Props: the rows, the choices and a change callback. */
export function DeficiencyEditor({ rows, fields, materials, onChange }: { rows: DeficiencyRow[]; fields: Leaf[]; materials: CaseMaterial[]; onChange(rows: DeficiencyRow[]): void }) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<DeficiencyRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => onChange(rows.length > 1 ? rows.filter((_, j) => j !== i) : [{ what: "", reason: "" }]);
  return (
    <fieldset className="subgroup">
      <legend>{t("wb.deficiencies")}</legend>
      <p className="field__help">{t("wb.deficiencyHint")}</p>
      {rows.map((r, i) => (
        <div key={i} className="form-grid array-item deficiency-row">
          <div className="field">
            <label htmlFor={`def-what-${i}`}>{t("wb.deficiencyWhat")} {i + 1}</label>
            <select id={`def-what-${i}`} value={r.what} onChange={(e) => set(i, { what: e.target.value })}>
              <option value="">{t("widget.choose")}</option>
              {materials.length > 0 && (
                <optgroup label={t("guide.materials")}>
                  {materials.map((m) => <option key={m.key} value={materialChoice(m)}>{m.name}{m.missing ? t("common.inParens", { text: t("wb.deficiencyMissing") }) : ""}</option>)}
                </optgroup>
              )}
              <optgroup label={t("app.data")}>
                {fields.map((f) => <option key={f.pointer} value={`field:${f.pointer}`}>{f.label}</option>)}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`def-reason-${i}`}>{t("wb.deficiencyReason")} {i + 1}</label>
            <input id={`def-reason-${i}`} type="text" value={r.reason} maxLength={500} onChange={(e) => set(i, { reason: e.target.value })} />
          </div>
          <div className="row deficiency-row__actions">
            <button type="button" className="btn" onClick={() => remove(i)} aria-label={`${t("form.removeItem")} ${i + 1}`}>{t("form.removeItem")}</button>
          </div>
        </div>
      ))}
      <button type="button" className="btn" onClick={() => onChange([...rows, { what: "", reason: "" }])}>{t("wb.addDeficiency")}</button>
    </fieldset>
  );
}

/** The first half-filled row — a choice without its reason, or a reason without its choice — so the notice is refused
 *  with where, instead of quietly leaving out what the clerk picked (tryout 10 #37: a 一次性告知 that forgets an item
 *  forces a second correction). Empty rows are no problem. */
export function incompleteRow(rows: DeficiencyRow[]): { index: number; missing: "reason" | "what" } | undefined {
  const index = rows.findIndex((r) => !r.what !== !r.reason.trim());
  if (index < 0) return undefined;
  return { index, missing: rows[index]!.what ? "reason" : "what" };
}

/** Turns edited rows into the flow's deficiency objects (empty rows and repeats are dropped). */
export function toDeficiencies(rows: DeficiencyRow[], fields: Leaf[], materials: CaseMaterial[]) {
  const seen = new Set<string>();
  return rows
    .filter((r) => r.what && r.reason.trim() && !seen.has(r.what) && seen.add(r.what))
    .map((r) => {
      if (r.what.startsWith("field:")) {
        const pointer = r.what.slice(6);
        return { kind: "field" as const, ref: pointer, label: fields.find((f) => f.pointer === pointer)?.label, reason: r.reason.trim() };
      }
      const [, item, id] = r.what.split(":");
      return { kind: "material" as const, ref: id!, item, label: materials.find((m) => m.item === item && m.id === id)?.name, reason: r.reason.trim() };
    });
}
