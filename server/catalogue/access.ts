// Who may change a catalogue item: designers of the owning department and admins. A designer without a department
// (a one-thing designer) uses items but edits none; another department's designer may only read.
import type { ItemPermissions } from "../../spec/catalogue/api.js";
import { HttpError } from "../errors.js";
import type { User } from "../store/users.js";

/** Whether the user may edit and publish items of a department, and why not. */
export function editPermission(user: Pick<User, "roles" | "department">, department: string, deptName: string): ItemPermissions {
  if (user.roles.includes("admin")) return { edit: true };
  if (!user.roles.includes("designer")) return { edit: false, reason: "只有事项设计人员或管理员可以修改事项 (designers and admins only)" };
  if (!user.department) return { edit: false, reason: "您的账号未归属任何部门，只能查看和使用事项，不能修改或发布 (no department: read only)" };
  if (user.department !== department) return { edit: false, reason: `该事项属于「${deptName}」，只有该部门的设计人员或管理员可以修改或发布 (owned by another department)` };
  return { edit: true };
}

/** 403 with the reason unless the user may edit items of the department. */
export function assertCanEdit(user: Pick<User, "roles" | "department">, department: string, deptName: string): void {
  const p = editPermission(user, department, deptName);
  if (!p.edit) throw new HttpError(403, "forbidden", p.reason!);
}
