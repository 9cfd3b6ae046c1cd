// A form's title can say which party of a transfer its one person is: a 个人所得税 return on 财产转让所得 is filed by
// whoever transferred the property (the seller), a 契税 return by whoever acquires it (契税法 第一条: 承受的单位和
// 个人为纳税人). The one person such a form names only by a generic role (纳税人, 申报人, 申请人) is that party, so it
// aligns with the seller (or buyer) sections of the other forms of the one-thing.
import { say, type Bilingual } from "../bilingual.js";
import { ROLE_BY_KEY } from "../dictionary/roles.js";
import { normalizeLabel } from "./match.js";
import type { LabelFacts, Party } from "./parties.js";
import { PARTY_REASONS } from "./reasons.js";
import { isOpenRole } from "./roles-in-text.js";

/** Acts a title names and the party of the transfer who does them. */
const ACTS: ReadonlyArray<{ act: RegExp; role: string; who: Bilingual }> = [
  { act: /(转让|出售|出卖|卖出)(所得|收入|增值)/, role: "seller", who: say("转让财产的一方", "the party who transferred the property") },
  { act: /契税/, role: "buyer", who: say("承受土地、房屋权属的一方", "the party who acquires the land or house") },
];

/** Gives the one generic-role person of a form whose title names a transfer act that act's party (see the file
 *  comment); `roleOf` says which role a party stands for (its own, or the one its labels name). */
export function partyByAct(parties: Party[], facts: LabelFacts[], formTitle: string | undefined, roleOf: (p: Party) => string | undefined): void {
  const title = formTitle ? normalizeLabel(formTitle) : "";
  const rule = ACTS.find((a) => a.act.test(title));
  if (!rule || parties.some((p) => p.role?.key === "seller" || p.role?.key === "buyer")) return;
  const people = parties.filter((p) => !p.auxiliary && !p.relative && !p.notSubject && p.fields.some((i) => facts[i]!.element === "name"));
  if (people.length !== 1) return;
  const p = people[0]!;
  const was = roleOf(p);
  if (!was || isOpenRole(was) || !ROLE_BY_KEY.get(was)?.generic) return;
  p.role = { key: rule.role, weight: 0.9, reason: PARTY_REASONS.byAct(rule.role, formTitle!, rule.who, was) };
  p.was = was;
}
