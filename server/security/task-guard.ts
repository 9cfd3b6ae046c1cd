// What a person may send to a task, checked before the flow engine sees it: only task actions (never a timer or
// other system event, never the applicant's events), only on an open task, and never a moment of their choosing
// as a 容缺 deadline (deadlines are counted in working days within the material's rules by the flow itself).
import { TASK_ACTIONS } from "../../spec/flow/state.js";
import { conflict, HttpError } from "../errors.js";
import type { Task } from "../store/tasks.js";

/** Throws 400 for an event a person may not send to a task, 409 when the task is no longer open. */
export function guardTaskAction(task: Task, action: string, payload: Record<string, unknown>): void {
  if (!(TASK_ACTIONS as readonly string[]).includes(action)) {
    throw new HttpError(400, "invalid_request", `「${action.slice(0, 40)}」不是办件操作，系统事件不能由人员提交 (not a task action)`, [
      { pointer: "/action", message: `须为 ${TASK_ACTIONS.join(" / ")} 之一 (timer and system events are never accepted from a person)` },
    ]);
  }
  if (task.status !== "open") throw conflict(`任务「${task.name}」已办结，不能再办理 (task closed)`, []);
  for (const key of ["taskId", "actor", "timerId", "type"]) {
    if (key in payload) throw new HttpError(400, "invalid_request", `请求不能指定 ${key} (set by the server)`, [{ pointer: `/${key}`, message: "由服务器确定，不可提交 (set by the server)" }]);
  }
  if (action === "accept_with_deficiency" && payload.deadline !== undefined) {
    throw new HttpError(400, "invalid_request", "补交期限按工作日计算，请填写天数 (give days, not a deadline)", [
      { pointer: "/deadline", message: "补交期限由材料的容缺工作日确定，只能以天数缩短 (deadline is counted in working days)" },
    ]);
  }
}
