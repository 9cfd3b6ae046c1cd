// Which materials of the one-time notice must come with a submission — the same rule in the portal (the applicant
// sees what is missing before submitting) and on the server (a submission without them is refused).
import type { NoticeMaterial } from "./guide.js";

/** Whether a material must be supplied at submit: required (必要, or 容缺后补 unless promised), not an e-licence the
 * government already holds (fetched, not uploaded), and not a paper original checked at the window. */
export function requiredAtSubmit(n: Pick<NoticeMaterial, "necessity" | "heldByGovernment" | "form">): boolean {
  return (n.necessity === "必要" || n.necessity === "容缺后补") && !n.heldByGovernment && !paperOnly(n.form);
}

/** Whether a material comes on paper only (纸质: checked at the window, never uploaded). */
export function paperOnly(form: string | undefined): boolean {
  return form === "纸质";
}

/** Whether a material must be supplied (必要), as the item spec stores it; why: screens badge it without the literal. */
export function requiredNecessity(necessity: unknown): boolean {
  return necessity === "必要";
}

/** Whether a material may be supplied after acceptance (容缺后补, on the applicant's promise). */
export function deferrableNecessity(necessity: unknown): boolean {
  return necessity === "容缺后补";
}
