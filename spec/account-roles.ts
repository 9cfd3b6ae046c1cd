// The account roles in words, for messages people read ("此操作仅限事项设计人员或系统管理员"), never their codes.
import { say, type Bilingual } from "./bilingual.js";
import type { Role } from "./api.js";

const WORDS: Record<Role, Bilingual> = {
  admin: say("系统管理员", "an administrator"),
  designer: say("事项设计人员", "an item designer"),
  clerk: say("窗口受理人员", "a service-window clerk"),
  reviewer: say("审核人员", "a reviewer"),
  applicant: say("办事群众（申请人）", "an applicant"),
  supervisor: say("电子监察人员", "a supervisor"),
};

/** A role's name in both languages (English with its article, to read in a sentence). */
export function roleWords(role: Role): Bilingual {
  return WORDS[role];
}

/** "事项设计人员或系统管理员" / "an item designer or an administrator": the roles a thing is open to, in words. */
export function rolesInWords(roles: readonly Role[]): Bilingual {
  const zh = roles.map((r) => WORDS[r].zh);
  const en = roles.map((r) => WORDS[r].en);
  const join = (xs: string[], or: string, sep: string) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(sep)}${or}${xs[xs.length - 1]}`);
  return say(join(zh, "或", "、"), join(en, " or ", ", "));
}
