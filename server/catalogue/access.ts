// Who may change a catalogue item: designers of the owning department and admins. A designer without a department
// (a one-thing designer) uses items but edits none; another department's designer may only read.
import type { ItemPermissions } from "../../spec/catalogue/api.js";
import { HttpError } from "../errors.js";
import { inLang, say, type Bilingual, type ServerLang } from "../messages.js";
import type { User } from "../store/users.js";

/** Whether the user may edit and publish items of a department, and why not (in both languages). */
export function editPermission(user: Pick<User, "roles" | "department">, department: string, deptName: string): { edit: true } | { edit: false; reason: Bilingual } {
  if (user.roles.includes("admin")) return { edit: true };
  if (!user.roles.includes("designer")) return { edit: false, reason: say("只有事项设计人员或管理员可以修改事项", "Only item designers and admins may change items") };
  if (!user.department) {
    return { edit: false, reason: say("您的账号未归属任何部门，只能查看和使用事项，不能修改或发布", "Your account belongs to no department: you may view and use items but not change or publish them") };
  }
  if (user.department !== department) {
    return { edit: false, reason: say(`该事项属于「${deptName}」，只有该部门的设计人员或管理员可以修改或发布`, `This item belongs to ${deptName}: only that department's designers or an admin may change or publish it`) };
  }
  return { edit: true };
}

/** The permissions an item view shows, the reason in the reader's language. */
export function permissionsIn(lang: ServerLang, user: Pick<User, "roles" | "department">, department: string, deptName: string): ItemPermissions {
  const p = editPermission(user, department, deptName);
  return p.edit ? p : { edit: false, reason: inLang(lang, p.reason) };
}

/** 403 with the reason unless the user may edit items of the department. */
export function assertCanEdit(user: Pick<User, "roles" | "department">, department: string, deptName: string): void {
  const p = editPermission(user, department, deptName);
  if (!p.edit) throw new HttpError(403, "forbidden", p.reason);
}
