// A person's form with its person in one section and a few personal data outside it (残疾人证编号 beside the
// 参保人 section): those data are that person's, not an unnamed 申请人's beside them — when the form names exactly
// one person (helpers, relatives and a section that is somebody else aside) and names them by what they do in this
// procedure (参保人, 申领人: a generic role, the applicant by another name). A person the form is about who does not
// apply (逝者, 职工 in a 公积金 form about a marriage) leaves the fields to the applicant, and so does a datum any
// party may give (a bank account: in a newborn's 参保 form the parent pays).
import type { FieldBinding } from "./bind.js";
import type { Party } from "./parties.js";
import { isOpenRole, roleKind } from "./roles-in-text.js";
import { ROLE_REASONS, replaceLead } from "./reasons.js";
import { ELEMENT_BY_KEY } from "../dictionary/elements.js";
import { ROLE_BY_KEY } from "../dictionary/roles.js";

/** How strongly the one named person of a form takes its un-sectioned personal fields. */
const SOLE_WEIGHT = 0.85;

/** Rebinds the fields that only guessed 申请人 (`guessed`: their indexes) to the one person the form names, if any. */
export function soleSubject(fields: FieldBinding[], guessed: ReadonlySet<number>, partyAt: ReadonlyMap<string, Party>): FieldBinding[] {
  if (!guessed.size) return fields;
  const roles = new Set<string>();
  fields.forEach((f, i) => {
    if (guessed.has(i) || !f.role || isOpenRole(f.role) || roleKind(f.role) !== "person") return;
    const def = ROLE_BY_KEY.get(f.role);
    const party = f.party !== undefined ? partyAt.get(f.party) : undefined;
    if (!def || !def.generic || def.auxiliary || party?.relative !== undefined || party?.notSubject !== undefined) return;
    roles.add(f.role);
  });
  const [role] = roles;
  if (roles.size !== 1 || role === undefined || role === "applicant") return fields;
  return fields.map((f, i) => guessed.has(i) && f.element && ELEMENT_BY_KEY.get(f.element)?.subject === "person"
    ? { ...f, role, confidence: Math.round(SOLE_WEIGHT * (f.evidence ?? 0) * 1000) / 1000, reason: replaceLead(f.reason, ROLE_REASONS.anyInPersonForm(), ROLE_REASONS.soleSubject(role)) }
    : f);
}
