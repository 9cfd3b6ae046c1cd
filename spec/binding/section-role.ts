// The role of a field inside a table (a table's rows are parties only when the table names a role) and the default
// role of a field outside any person's section: the enterprise in an enterprise form, the applicant in a person's.
import type { FormLeaf } from "./inspect.js";
import { normalizeLabel, roleByKey, roleByTitle, rolePrefix, stripNotes, type Hit } from "./match.js";
import type { RoleEvidence } from "./parties.js";
import { PARTY_REASONS as P, ROLE_REASONS as R, type Reason } from "./reasons.js";

const UNKNOWN_PERSON = /(人|员|者|方|负责人|代表)(信息|情况)?$/;
const unknownPersonCache = new Map<string, boolean>();
const isUnknownPerson = (title: string): boolean => {
  let v = unknownPersonCache.get(title);
  if (v === undefined) {
    v = UNKNOWN_PERSON.test(stripNotes(normalizeLabel(title)));
    if (unknownPersonCache.size > 20_000) unknownPersonCache.clear();
    unknownPersonCache.set(title, v);
  }
  return v;
};

/** The role the nearest titled container gives (tables without one keep their columns to themselves). */
export function sectionRole(leaf: FormLeaf): { role?: RoleEvidence; tableWithoutRole: boolean; unknownPerson?: string } {
  for (let i = leaf.path.length - 1; i >= 0; i--) {
    const step = leaf.path[i]!;
    let hit: Hit | undefined;
    let how: Reason | undefined;
    if (step.title) {
      hit = roleByTitle(step.title);
      how = P.section(step.title, step.kind === "array");
      if (!hit) {
        const p = rolePrefix(step.title);
        if (p) hit = { ...p.hit, weight: p.hit.weight * 0.9 };
      }
    } else {
      hit = roleByKey(step.key);
      how = P.sectionKey(step.key);
    }
    if (hit && how) return { role: { key: hit.key, weight: hit.weight, reason: P.from(hit.key, how) }, tableWithoutRole: false };
    if (step.kind === "array") return { tableWithoutRole: true };
    // A section named after a person the dictionary does not know (消防安全管理人, 担保人 …) is not the enterprise.
    if (step.title && isUnknownPerson(step.title)) return { tableWithoutRole: true, unknownPerson: step.title };
  }
  return { tableWithoutRole: false };
}

/** The role of a field no section or label assigns, from the element's subject and whose form it is. */
export function defaultRole(subject: string, audience: "enterprise" | "person", home?: string): RoleEvidence | undefined {
  if (home) return { key: home, weight: 0.95, reason: R.home(home) };
  if (subject === "case") return { key: "case", weight: 0.95, reason: R.caseItself() };
  if (subject === "org") {
    return audience === "enterprise"
      ? { key: "enterprise", weight: 0.95, reason: R.orgInEnterpriseForm() }
      : { key: "enterprise", weight: 0.6, reason: R.orgInPersonForm() };
  }
  if (subject === "any") {
    return audience === "enterprise"
      ? { key: "enterprise", weight: 0.9, reason: R.anyInEnterpriseForm() }
      : { key: "applicant", weight: 0.65, reason: R.anyInPersonForm() };
  }
  return audience === "person" ? { key: "applicant", weight: 0.65, reason: R.anyInPersonForm() } : undefined;
}
