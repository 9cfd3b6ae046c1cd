// 名称 of a person: forms that may be filled by a person or an organisation print "名称" ("纳税人名称", "姓名/名称").
// In a party that holds a person's identity data (证件号码, 性别, 出生日期) and no 姓名, such a 名称 is the person's
// 姓名 — unless the label says it is an organisation's (企业 / 公司 / 单位 …).
import { ROLE_BY_KEY } from "../dictionary/roles.js";
import type { ExtensionIndex } from "../dictionary/extensions.js";
import type { FormLeaf } from "./inspect.js";
import { rolePrefix } from "./match.js";
import { partyPointer, type RoleEvidence } from "./parties.js";
import { isOpenRole } from "./roles-in-text.js";
import { ELEMENT_REASONS as E, ROLE_REASONS as R } from "./reasons.js";

/** The part of a field's facts this pass reads and rewrites. */
export interface NameFacts { element?: RoleEvidence; labelRole?: RoleEvidence }

const PERSONAL = new Set(["idNumber", "idType", "sex", "birthDate", "ethnicity"]);
const ORG_WORD = /企业|公司|单位|个体|市场主体|机构|商户|字号|组织|店/;
/** A role that names the person the form is about (申请人, 纳税人), not another person of it. */
const subjectRole = (key: string | undefined) => !key || isOpenRole(key) || ROLE_BY_KEY.get(key)?.generic === true;

/** Rewrites, per party, an ambiguous 名称 into the person's 姓名 (see the file comment). */
export function nameOrOrg(leaves: FormLeaf[], facts: NameFacts[], audience: "enterprise" | "person", ext: ExtensionIndex): void {
  const parties = new Map<string, number[]>();
  leaves.forEach((leaf, i) => {
    const p = partyPointer(leaf);
    if (p === undefined || (p === "" && audience === "enterprise")) return;
    (parties.get(p) ?? parties.set(p, []).get(p)!).push(i);
  });
  for (const idx of parties.values()) {
    const els = idx.map((i) => facts[i]!);
    if (els.some((f) => f.element?.key === "name")) continue;
    if (!els.some((f) => f.element && PERSONAL.has(f.element.key) && subjectRole(f.labelRole?.key))) continue;
    for (const i of idx) {
      const f = facts[i]!, title = leaves[i]!.title ?? "";
      if (f.element?.key !== "entName" || !subjectRole(f.labelRole?.key) || ORG_WORD.test(title)) continue;
      const p = ext.rolePrefix(title) ?? rolePrefix(title);
      if (p && !subjectRole(p.hit.key)) continue;
      f.element = { key: "name", weight: Math.min(f.element.weight, 0.9), reason: E.personName(title, leaves[i]!.path.length > 0) };
      if (p && !f.labelRole) f.labelRole = { key: p.hit.key, weight: p.hit.weight, reason: R.prefix(p.hit.key, p.hit.via) };
    }
  }
}
