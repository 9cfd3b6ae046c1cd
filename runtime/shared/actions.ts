// Display names of task actions and outcomes ("approve"/"approved" → "通过"), shared by workbench and portal.
import type { useI18n } from "./i18n.js";

const KNOWN = ["approve", "reject", "return", "accept", "return_for_correction", "accept_with_deficiency", "claim", "notify_promise", "results_issued", "transfer", "suspend", "resume", "extend"] as const;
type Known = (typeof KNOWN)[number];

/** Past-tense outcomes the flow records, mapped to the action that produced them. */
const OUTCOMES: Record<string, Known> = {
  approved: "approve", rejected: "reject", accepted: "accept", returned: "return_for_correction", returned_for_correction: "return_for_correction",
  correction_requested: "return_for_correction", accepted_with_deficiency: "accept_with_deficiency", claimed: "claim", promised: "notify_promise",
  issued: "results_issued",
};

/** Label of a task action / outcome; unknown ones are shown as they are. */
export function actionLabel(t: ReturnType<typeof useI18n>["t"], action: string): string {
  if (action === "cancelled") return t("wb.outcome.cancelled");
  if (action === "auto_approved") return t("wb.outcome.auto_approved");
  const key = (KNOWN as readonly string[]).includes(action) ? (action as Known) : OUTCOMES[action];
  return key ? t(`wb.action.${key}`) : action;
}
