// How the applicant receives the results (出件方式), chosen at submit among what the flow's results node offers, and
// the check of a postal address when they choose 邮寄 — the same rule in the portal and on the server.
import type { Bundle } from "./bundle.js";
import type { PostalAddress, ResultDelivery } from "./api.js";

/** A delivery method. */
export type DeliveryMethod = ResultDelivery["method"];

/** The carriers whose tracking numbers the service records: the code the interface names them by and the name stored
 *  with the tracking number (the server accepts exactly these names). */
export const CARRIERS = [
  { code: "ems", name: "中国邮政EMS" }, { code: "sf", name: "顺丰速运" }, { code: "jd", name: "京东物流" }, { code: "zto", name: "中通快递" },
  { code: "yto", name: "圆通速递" }, { code: "sto", name: "申通快递" }, { code: "yunda", name: "韵达速递" }, { code: "jt", name: "极兔速递" },
] as const;

/** A carrier's code. */
export type CarrierCode = (typeof CARRIERS)[number]["code"];

/** The code of a stored carrier name, so a screen can name it in its own language (undefined for an unknown name). */
export function carrierCode(name: string | undefined): CarrierCode | undefined {
  return CARRIERS.find((c) => c.name === name)?.code;
}

/** The address fields in the order the form shows them. */
export const POSTAL_FIELDS = ["recipient", "phone", "region", "detail", "postalCode"] as const;

/** What is wrong with one address field. */
export interface AddressProblem { field: (typeof POSTAL_FIELDS)[number]; kind: "missing" | "invalid" }

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const POSTAL_CODE = /^[1-8]\d{5}$/;
const LIMITS: Record<(typeof POSTAL_FIELDS)[number], number> = { recipient: 50, phone: 20, region: 60, detail: 200, postalCode: 6 };

/** The delivery methods the one-thing offers (its results node's), empty when the flow has no results node. */
export function deliveryOptions(bundle: Pick<Bundle, "flow">): DeliveryMethod[] {
  const node = bundle.flow?.nodes.find((n) => n.type === "results");
  const list = (node?.data as { delivery?: DeliveryMethod[] } | undefined)?.delivery;
  return node ? (list?.length ? list : ["online", "post", "window"]) : [];
}

/** Every problem of a postal address: each field present, within its length, a mobile or landline number, a postal code. */
export function postalAddressProblems(a: Partial<PostalAddress> | undefined): AddressProblem[] {
  const out: AddressProblem[] = [];
  for (const field of POSTAL_FIELDS) {
    const v = typeof a?.[field] === "string" ? a[field]!.trim() : "";
    if (!v) out.push({ field, kind: "missing" });
    else if (v.length > LIMITS[field] || (field === "phone" && !PHONE.test(v)) || (field === "postalCode" && !POSTAL_CODE.test(v)) || (field === "detail" && v.length < 4)) {
      out.push({ field, kind: "invalid" });
    }
  }
  return out;
}
