// How a task stands, in one badge shared by the inbox, the case page and the portal: open, paused (clock stopped),
// returned for correction (not finished), cancelled / withdrawn (nothing was decided), or done with its outcome.
import type { ApplicationStatus, TaskView } from "../../spec/api.js";
import { actionLabel } from "./actions.js";
import { useI18n } from "./i18n.js";

const RETURNED = new Set(["returned", "returned_for_correction", "correction_requested"]);

/** The badge's state: the class suffix and whether it stands for a finished decision. */
export function taskState(task: Pick<TaskView, "status" | "outcome" | "paused">, caseStatus?: ApplicationStatus): "open" | "paused" | "returned" | "withdrawn" | "cancelled" | "done" {
  if (task.status === "open") return task.paused ? "paused" : "open";
  if (task.outcome && RETURNED.has(task.outcome)) return "returned";
  if (task.outcome === "cancelled") return caseStatus === "withdrawn" ? "withdrawn" : "cancelled";
  return "done";
}

/** The task's badge; a done task says how it was decided ("已办结 · 通过"), other states say only what they are. */
export function TaskBadge({ task, caseStatus, outcomeOnly = false }: { task: Pick<TaskView, "status" | "outcome" | "paused">; caseStatus?: ApplicationStatus; outcomeOnly?: boolean }) {
  const { t } = useI18n();
  const state = taskState(task, caseStatus);
  const outcome = state === "done" && task.outcome ? actionLabel(t, task.outcome) : undefined;
  const label = state === "done"
    ? outcomeOnly && outcome ? outcome : `${t("wb.taskStatus.done")}${outcome ? ` · ${outcome}` : ""}`
    : t(`wb.taskStatus.${state}`);
  return <span className={`badge badge--${state}`} data-task-state={state}>{label}</span>;
}
