// What a person may send to a task, checked before the flow engine sees it: only task actions (never a timer or
// other system event, never the applicant's events), only on an open task, and never a moment of their choosing
// as a 容缺 deadline (deadlines are counted in working days within the material's rules by the flow itself).
import { TASK_ACTIONS } from "../../spec/flow/state.js";
import { conflict, HttpError } from "../errors.js";
import type { Task } from "../store/tasks.js";
import { say } from "../messages.js";

/** Throws 400 for an event a person may not send to a task, 409 when the task is no longer open. */
export function guardTaskAction(task: Task, action: string, payload: Record<string, unknown>): void {
  if (!(TASK_ACTIONS as readonly string[]).includes(action)) {
    const name = action.slice(0, 40);
    throw new HttpError(400, "invalid_request", say(`「${name}」不是办件操作，系统事件不能由人员提交`, `"${name}" is not a task action: system events are never accepted from a person`), [
      { pointer: "/action", message: say(`须为 ${TASK_ACTIONS.join(" / ")} 之一`, `Must be one of ${TASK_ACTIONS.join(" / ")}`) },
    ]);
  }
  if (task.status !== "open") throw conflict(say(`任务「${task.name}」已办结，不能再办理`, `Task "${task.name}" is closed and cannot be acted on`), []);
  for (const key of ["taskId", "actor", "timerId", "type", "signed", "toName"]) {
    if (key in payload) {
      throw new HttpError(400, "invalid_request", say(`请求不能指定 ${key}`, `A request cannot set ${key}`), [{ pointer: `/${key}`, message: say("由服务器确定，不可提交", "The server sets this; it cannot be sent") }]);
    }
  }
  if (action === "accept_with_deficiency" && payload.deadline !== undefined) {
    throw new HttpError(400, "invalid_request", say("补交期限按工作日计算，请填写天数", "The deadline to supply is counted in working days: give a number of days, not a date"), [
      { pointer: "/deadline", message: say("补交期限由材料的容缺工作日确定，只能以天数缩短", "The deadline follows the material's working days for supplying it later and can only be shortened, in days") },
    ]);
  }
}
