// The 容缺受理 part of the decision: the materials to follow (what the applicant already promised ticked), and the
// deadline in working days — prefilled with what the applicant signed, never shorter than that nor longer than the
// materials allow — with the problem (the panel's own or the server's refusal) next to the field.
import { useI18n, type MessageKey } from "../shared/i18n.js";
import { deferralRange, type CaseMaterial } from "./case-materials.js";

/** What is wrong with a deadline typed for the chosen materials (an i18n key and its values), if anything. */
export function deferralDaysProblem(materials: CaseMaterial[], chosen: readonly string[], days: string): { key: MessageKey; vars: Record<string, number> } | undefined {
  const { min, max } = deferralRange(materials, chosen);
  if (!days) return undefined;
  const n = Number(days);
  if (max !== undefined && n > max) return { key: "wb.deferralDaysTooLong", vars: { max } };
  if (n < min) return min > 1 ? { key: "wb.deferralDaysBelowSigned", vars: { min } } : { key: "wb.deferralDaysTooShort", vars: { min } };
  return undefined;
}

/** Props: the deferrable materials, the chosen ones, the days typed, the problem to show at the field, and setters. */
export function DeferralFields({ materials, chosen, days, error, onToggle, onDays }: {
  materials: CaseMaterial[]; chosen: string[]; days: string; error?: string; onToggle(id: string, on: boolean): void; onDays(d: string): void;
}) {
  const { t } = useI18n();
  const { min, max } = deferralRange(materials, chosen);
  return (
    <fieldset className="subgroup">
      <legend>{t("wb.missingMaterials")}</legend>
      <div className="choices">
        {materials.map((m) => (
          <label key={m.key} className="choice">
            <input type="checkbox" checked={chosen.includes(m.id)} onChange={(e) => onToggle(m.id, e.target.checked)} />
            <span>
              {m.name}
              {m.deferralDays !== undefined ? <span className="muted small">{t("common.inParens", { text: t("mat.deferrable", { days: m.deferralDays }) })}</span> : null}
              {m.promiseDays !== undefined ? <span className="muted small">{t("wb.deferralSigned", { days: m.promiseDays })}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <div className="field" style={{ maxWidth: "20rem" }}>
        <label htmlFor="deficiency-days">{t("wb.deficiencyDays")}</label>
        <input id="deficiency-days" type="text" inputMode="numeric" value={days} aria-describedby="deficiency-days-help deficiency-days-error"
          aria-invalid={error ? true : undefined} onChange={(e) => onDays(e.target.value.replace(/\D/g, ""))} />
        {max !== undefined && (
          <p className="field__help" id="deficiency-days-help">{min >= max && min > 1 ? t("wb.deferralDaysSignedOnly", { n: max }) : min > 1 ? t("wb.deferralDaysRange", { min, max }) : t("wb.deferralDaysHint", { n: max })}</p>
        )}
        <p className="field__error" id="deficiency-days-error" role="alert">{error ?? ""}</p>
      </div>
    </fieldset>
  );
}
