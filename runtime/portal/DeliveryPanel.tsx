// How the applicant receives the results (出件方式), among what the one-thing's results node offers; choosing 邮寄
// asks for the postal address, checked with the same rule the server applies (spec/delivery.ts).
import type { PostalAddress, ResultDelivery } from "../../spec/api.js";
import { POSTAL_FIELDS, postalAddressProblems, type DeliveryMethod } from "../../spec/delivery.js";
import type { OutsideProblem } from "../shared/form/ErrorSummary.js";
import { useI18n, type MessageKey } from "../shared/i18n.js";

const EMPTY: PostalAddress = { recipient: "", phone: "", region: "", detail: "", postalCode: "" };
const AUTOCOMPLETE: Record<keyof PostalAddress, string> = { recipient: "name", phone: "tel", region: "address-level1", detail: "street-address", postalCode: "postal-code" };

/** The delivery as chosen so far (the address kept while another method is tried). */
export interface DeliveryState { method: DeliveryMethod; address: PostalAddress }

/** The starting choice: the first method offered, an address prefilled from what the applicant's profile holds. */
export function initialDelivery(options: DeliveryMethod[], profile: { name?: string; mobile?: string }): DeliveryState {
  return { method: options[0] ?? "online", address: { ...EMPTY, recipient: profile.name ?? "", phone: profile.mobile ?? "" } };
}

/** The delivery member of the submit request. */
export function deliveryOf(s: DeliveryState): ResultDelivery {
  return s.method === "post" ? { method: "post", address: s.address } : { method: s.method };
}

const fieldId = (f: keyof PostalAddress) => `delivery-${f}`;

/** The address problems that block the submit, each with the field to focus (none unless 邮寄 is chosen). */
export function deliveryProblems(s: DeliveryState, t: (k: MessageKey, p?: Record<string, string>) => string): OutsideProblem[] {
  if (s.method !== "post") return [];
  return postalAddressProblems(s.address).map((p) => ({
    id: fieldId(p.field), section: t("form.deliverySection"),
    message: p.kind === "missing" ? t("del.missing", { field: t(`del.${p.field}`) }) : t(`del.invalid.${p.field}`),
  }));
}

interface Props { options: DeliveryMethod[]; state: DeliveryState; onChange(s: DeliveryState): void; showProblems: boolean }

/** The delivery card: the methods as radio buttons, the address fields under 邮寄. */
export function DeliveryPanel({ options, state, onChange, showProblems }: Props) {
  const { t } = useI18n();
  if (!options.length) return null;
  const problems = showProblems ? deliveryProblems(state, t) : [];
  const problemOf = (f: keyof PostalAddress) => problems.find((p) => p.id === fieldId(f))?.message;
  return (
    <section className="card" aria-labelledby="delivery-title" id="delivery">
      <h2 id="delivery-title">{t("del.title")}</h2>
      <fieldset>
        <legend className="muted">{t("del.intro")}</legend>
        <div className="choices">
          {options.map((m) => (
            <label key={m} className="choice">
              <input type="radio" name="delivery" value={m} checked={state.method === m} onChange={() => onChange({ ...state, method: m })} />
              {t(`del.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {state.method === "post" && (
        <fieldset className="subgroup address">
          <legend>{t("del.post")}</legend>
          {POSTAL_FIELDS.map((f) => (
            <div className="field" key={f}>
              <label htmlFor={fieldId(f)}>{t(`del.${f}`)}</label>
              <input id={fieldId(f)} type={f === "phone" ? "tel" : "text"} inputMode={f === "postalCode" || f === "phone" ? "numeric" : undefined}
                autoComplete={AUTOCOMPLETE[f]} value={state.address[f]} maxLength={f === "detail" ? 200 : f === "postalCode" ? 6 : 60}
                aria-invalid={problemOf(f) ? true : undefined} aria-describedby={`${fieldId(f)}-error`}
                onChange={(e) => onChange({ ...state, address: { ...state.address, [f]: e.target.value } })} />
              <p className="field__error" id={`${fieldId(f)}-error`}>{problemOf(f) ?? ""}</p>
            </div>
          ))}
        </fieldset>
      )}
    </section>
  );
}
