// The correction notice (一次性告知补正): every form field or material to correct, each with its reason, so the
// applicant is told everything at once.
import type { Leaf } from "../shared/form/leaves.js";
import { useI18n } from "../shared/i18n.js";

/** One row of the notice as edited. */
export interface DeficiencyRow { what: string; reason: string }
/** A material the notice can point at. */
export interface MaterialRef { item: string; id: string; name: string }

/** Props: the rows, the choices and a change callback. */
export function DeficiencyEditor({ rows, fields, materials, onChange }: { rows: DeficiencyRow[]; fields: Leaf[]; materials: MaterialRef[]; onChange(rows: DeficiencyRow[]): void }) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<DeficiencyRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="subgroup">
      <legend>{t("wb.deficiencies")}</legend>
      <p className="field__help">{t("wb.deficiencyHint")}</p>
      {rows.map((r, i) => (
        <div key={i} className="form-grid array-item">
          <div className="field">
            <label htmlFor={`def-what-${i}`}>{t("wb.deficiencyWhat")} {i + 1}</label>
            <select id={`def-what-${i}`} value={r.what} onChange={(e) => set(i, { what: e.target.value })}>
              <option value="">{t("widget.choose")}</option>
              {materials.length > 0 && (
                <optgroup label={t("guide.materials")}>
                  {materials.map((m) => <option key={`${m.item}/${m.id}`} value={`material:${m.item}:${m.id}`}>{m.name}</option>)}
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
        </div>
      ))}
      <button type="button" className="btn" onClick={() => onChange([...rows, { what: "", reason: "" }])}>{t("wb.addDeficiency")}</button>
    </fieldset>
  );
}

/** Turns edited rows into the flow's deficiency objects (incomplete rows are dropped). */
export function toDeficiencies(rows: DeficiencyRow[], fields: Leaf[], materials: MaterialRef[]) {
  return rows
    .filter((r) => r.what && r.reason.trim())
    .map((r) => {
      if (r.what.startsWith("field:")) {
        const pointer = r.what.slice(6);
        return { kind: "field" as const, ref: pointer, label: fields.find((f) => f.pointer === pointer)?.label, reason: r.reason.trim() };
      }
      const [, item, id] = r.what.split(":");
      return { kind: "material" as const, ref: id!, item, label: materials.find((m) => m.item === item && m.id === id)?.name, reason: r.reason.trim() };
    });
}
