// The delivery part of 出件: the applicant's choice first and preselected (with the postal address when by post);
// another method only with a reason the applicant will see; and, for post, that the carrier and tracking number
// are recorded in 出件与送达 after the results are issued — issuing is not delivering.
import type { ResultDelivery } from "../../spec/api.js";
import { useI18n } from "../shared/i18n.js";

type Method = ResultDelivery["method"];

/** The method 出件 starts with: the applicant's choice when the flow offers it, else the first offered. */
export function initialDelivery(chosen: ResultDelivery | undefined, offered: readonly Method[]): Method {
  return chosen && offered.includes(chosen.method) ? chosen.method : offered[0] ?? "online";
}

/** Props: what the applicant chose, what the results node offers, the current method and reason, and setters. */
export function DeliveryFields({ chosen, offered, method, reason, onMethod, onReason }: {
  chosen?: ResultDelivery; offered: readonly Method[]; method: Method; reason: string; onMethod(m: Method): void; onReason(r: string): void;
}) {
  const { t } = useI18n();
  const changed = !!chosen && method !== chosen.method;
  // post is possible only with the address the applicant gave
  const options = offered.filter((d) => d !== "post" || chosen?.address);
  return (
    <fieldset className="subgroup">
      <legend>{t("wb.delivery")}</legend>
      <p>{chosen ? t("wb.deliveryChosen", { method: t(`wb.delivery.${chosen.method}`) }) : t("wb.deliveryNotChosen")}</p>
      {chosen?.address && <p className="muted">{t("wb.deliveryAddress", { ...chosen.address })}</p>}
      <div className="choices">
        {options.map((d) => (
          <label key={d} className="choice">
            <input type="radio" name="delivery" checked={method === d} onChange={() => onMethod(d)} />
            {t(`wb.delivery.${d}`)}{chosen?.method === d ? <span className="muted small">{t("common.inParens", { text: t("wb.deliveryApplicants") })}</span> : null}
          </label>
        ))}
      </div>
      {changed && (
        <div className="field">
          <label htmlFor="delivery-reason">{t("wb.deliveryReason")}<span className="req" aria-hidden="true">*</span></label>
          <textarea id="delivery-reason" value={reason} maxLength={500} aria-required onChange={(e) => onReason(e.target.value)} aria-describedby="delivery-reason-help" />
          <p className="field__help" id="delivery-reason-help">{t("wb.deliveryReasonHint")}</p>
        </div>
      )}
      {method === "post" && <p className="alert alert--warning" role="note">{t("wb.deliveryPostNext")}</p>}
      {method === "window" && <p className="muted">{t("wb.deliveryWindowNext")}</p>}
    </fieldset>
  );
}
