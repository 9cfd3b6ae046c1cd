// Parties of a form: the people and organisations its fields describe, one per section (or the form's top
// level), each with a role found from evidence — the section's title, a role named inside it, the role prefix its
// fields share, a person word the dictionary does not know (an open role), or the form's own title when the form is
// about one person. Two sections of one form are two parties even when their titles name the same role.
import { ROLE_BY_KEY } from "../dictionary/roles.js";
import type { ExtensionIndex } from "../dictionary/extensions.js";
import type { FormLeaf, PathStep } from "./inspect.js";
import { normalizeLabel, roleByKey, roleByTitle, rolePrefix, stripNotes, type Hit } from "./match.js";
import { isOpenRole, openRole, personWord, roleInText, roleKind, roleName, rolesInTitle } from "./roles-in-text.js";
import { noteRole } from "./label-notes.js";
import { PARTY_REASONS as P, type Reason } from "./reasons.js";
import { partyByAct } from "./party-by-act.js";

/** Evidence for a role, with the reason staff read. */
export interface RoleEvidence { key: string; weight: number; reason: Reason }

/** One party of a form: the section (pointer; "" for the top level) and the role its fields belong to. */
export interface Party {
  pointer: string;
  title?: string;
  role?: RoleEvidence;
  /** A helper for the subject (经办人, 代办人, 联络员, 紧急联系人). */
  auxiliary: boolean;
  /** Leaf indexes of the fields directly in this party (not in its sub-sections or tables). */
  fields: number[];
  /** The person this one is related to, from a field "与X关系" it holds: someone else than X (a relative, a guardian,
   *  a companion), never the form's subject. */
  relative?: string;
  /** Another section of the form without a role holds more of a person's identity, so that one is the form's subject
   *  by default and this one is somebody else: its person fields stay with the item. */
  notSubject?: string;
  /** The role the party's wording gave before what it holds re-assigned it (参保人 who died is the 逝者): labels that
   *  name that role follow the party. */
  was?: string;
}

/** What a leaf's label alone says: its element, and a role when the label starts with one ("产权人姓名"). */
export interface LabelFacts { element?: string; labelRole?: RoleEvidence }

const PERSON_ELEMENTS = new Set(["name", "sex", "idNumber", "idType", "birthDate", "ethnicity", "nationality", "age", "photo"]);
const IDENTITY = new Set(["idNumber", "birthDate", "sex"]);
const AUX_WORDS = /代办|代理|委托|经办|联络员|联系人|紧急/;

/** The container a leaf's role comes from: its innermost section, or the top level (tables are never parties). */
export function partyPointer(leaf: FormLeaf): string | undefined {
  for (let i = leaf.path.length - 1; i >= 0; i--) {
    if (leaf.path[i]!.kind === "array") return undefined;
    return leaf.path[i]!.pointer;
  }
  return "";
}

function titleRole(step: PathStep, personContent: boolean, ext: ExtensionIndex): RoleEvidence | undefined {
  const where = P.section(step.title ?? step.key);
  const learnt = step.title ? ext.role(step.title) : undefined;
  if (learnt) return { key: learnt.key, weight: learnt.weight, reason: P.learnt(learnt.key, where, learnt.via) };
  if (!step.title) {
    const k = roleByKey(step.key);
    return k ? { key: k.key, weight: k.weight, reason: P.from(k.key, P.sectionKey(step.key)) } : undefined;
  }
  let hit: Hit | undefined = roleByTitle(step.title);
  if (!hit) { const p = rolePrefix(step.title); if (p) hit = { ...p.hit, weight: p.hit.weight * 0.9 }; }
  if (hit) return { key: hit.key, weight: hit.weight, reason: P.from(hit.key, where) };
  const noted = noteRole(step.title, ext);
  // "丧属（经办人）": the main words say who the person is, a helper's note only what they do in this form.
  const mainWord = personWord(stripNotes(normalizeLabel(step.title)));
  if (noted && mainWord && personContent && ROLE_BY_KEY.get(noted.key)?.auxiliary) {
    return { key: openRole(mainWord), weight: 0.9, reason: P.helperNote(mainWord, where, noted.via) };
  }
  // A note naming a party that may be a person or an organisation (买方, 申请人) fits either content.
  if (noted && fitsContent(roleKind(noted.key), personContent)) return { key: noted.key, weight: 0.95 * noted.weight, reason: P.note(noted.key, where, noted.via) };
  const inner = roleInText(step.title, personContent ? ["person", "any"] : ["org", "any", "case"]) ?? roleInText(step.title, ["org", "person", "any"]);
  if (inner) return { key: inner.key, weight: inner.weight, reason: P.inTitle(inner.key, where, inner.via) };
  const word = personWord(step.title);
  if (word && personContent) return { key: openRole(word), weight: 0.9, reason: P.openPerson(word, where) };
  return undefined;
}

const fitsContent = (kind: string, personContent: boolean) => kind === "any" || (kind === "person") === personContent;

/** Groups leaves into parties and finds each party's role; see the file comment. */
export function findParties(leaves: FormLeaf[], facts: LabelFacts[], formTitle: string | undefined, orgAtTop: boolean, ext: ExtensionIndex): Party[] {
  const byPointer = new Map<string, Party>();
  leaves.forEach((leaf, i) => {
    const p = partyPointer(leaf);
    if (p === undefined) return;
    let party = byPointer.get(p);
    if (!party) {
      const step = leaf.path[leaf.path.length - 1];
      party = { pointer: p, title: step?.title, auxiliary: false, fields: [] };
      byPointer.set(p, party);
    }
    party.fields.push(i);
  });
  // Sections first, the top level last: its fields share a role only when no other person section competes for them.
  const parties = [...byPointer.values()].sort((a, b) => Number(a.pointer === "") - Number(b.pointer === ""));
  for (const party of parties) {
    const elements = party.fields.map((i) => facts[i]!.element).filter((e): e is string => !!e);
    const personContent = elements.some((e) => PERSON_ELEMENTS.has(e));
    const step = party.pointer ? leaves[party.fields[0]!]!.path[leaves[party.fields[0]!]!.path.length - 1] : undefined;
    // The top level of an enterprise form is the enterprise: a 法定代表人姓名 there does not make it the legal representative.
    const otherPerson = parties.some((p) => p !== party && p.role && !p.auxiliary && ["person", "any"].includes(roleKind(p.role.key)));
    party.role = step ? titleRole(step, personContent, ext) : orgAtTop || otherPerson ? undefined : sharedPrefix(party, facts);
    const title = party.title ?? "";
    // Helper words count in the title's main words: a note ("（委托办理时填写）", "（经办人）") says when or how, not who.
    party.auxiliary = (party.role && !isOpenRole(party.role.key) && ROLE_BY_KEY.get(party.role.key)?.auxiliary === true) || AUX_WORDS.test(stripNotes(normalizeLabel(title)));
    party.relative = relativeOf(party, leaves);
  }
  separateSameRole(parties);
  formSubject(parties, facts, formTitle);
  deceasedByDeath(parties, facts, formTitle);
  partyByAct(parties, facts, formTitle, (p) => personRoleOf(p, facts));
  oneDefaultSubject(parties, facts);
  for (const p of parties) organisationApplicant(p, facts);
  return parties;
}

/** Of several sections of one form that nothing names (no title, label or form title gives their person a role), only
 *  the one holding most of a person's identity is the form's subject by default (first wins a tie); the others are
 *  other people. Otherwise one merged person could take its name from one section and its ID number from another. */
function oneDefaultSubject(parties: Party[], facts: LabelFacts[]): void {
  const personElements = (p: Party) => new Set(p.fields.map((i) => facts[i]!.element).filter((e): e is string => !!e && PERSON_ELEMENTS.has(e)));
  const unnamed = parties.filter((p) => p.pointer && !p.role && !p.auxiliary && !p.relative && personElements(p).size > 0);
  if (unnamed.length < 2) return;
  const subject = unnamed.reduce((best, p) => (personElements(p).size > personElements(best).size ? p : best));
  for (const p of unnamed) if (p !== subject) p.notSubject = subject.title ?? subject.pointer;
}

const ORG_IDENTITY = new Set(["entName", "uscc"]);

/** A section a generic word heads (申请人, 纳税人) that holds an organisation's name or credit code and no person's own
 *  姓名 (法定代表人（负责人） names another person) is the organisation that applies: the form's enterprise. */
function organisationApplicant(p: Party, facts: LabelFacts[]): void {
  const key = p.role?.key;
  if (!p.pointer || !key || isOpenRole(key) || !ROLE_BY_KEY.get(key)?.generic) return;
  if (!p.fields.some((i) => ORG_IDENTITY.has(facts[i]!.element ?? ""))) return;
  if (p.fields.some((i) => facts[i]!.element === "name" && !facts[i]!.labelRole)) return;
  p.was = key;
  p.role = { key: "enterprise", weight: 0.9, reason: P.enterprise(p.title ?? p.pointer, key) };
}

const RELATION = /^与(.{1,12}?)的?关系$/;

/** The X of a field "与X关系" the party holds (与申请人关系, 与持卡人关系, 与逝者关系), if any. */
function relativeOf(party: Party, leaves: FormLeaf[]): string | undefined {
  for (const i of party.fields) {
    const m = RELATION.exec(stripNotes(normalizeLabel(leaves[i]!.title ?? "")));
    if (m) return m[1];
  }
  return undefined;
}

/** The person role a party stands for: its own, else the one dictionary role its labels name with a 姓名. */
function personRoleOf(p: Party, facts: LabelFacts[]): string | undefined {
  if (p.role) return p.role.key;
  const roles = new Set(p.fields.map((i) => facts[i]!.labelRole?.key).filter((k): k is string => !!k && roleKind(k) !== "org" && roleKind(k) !== "case"));
  if (roles.size !== 1) return undefined;
  const key = [...roles][0]!;
  return p.fields.some((i) => facts[i]!.labelRole?.key === key && facts[i]!.element === "name") ? key : undefined;
}

/** The words that name a role (its label and synonyms, or an open role's word). */
const roleWords = (key: string): string[] => isOpenRole(key) ? [roleName(key)] : [ROLE_BY_KEY.get(key)!.label, ...ROLE_BY_KEY.get(key)!.synonyms.map((s) => s.replace(/@[\d.]+$/, ""))].map(normalizeLabel);

/** Whoever died is the 逝者, whatever else a form calls them (参保人, 职工, 被注销人): the one person of a form who has a
 *  date of death, or whom the form's title says died ("…（职工死亡）", "参保人员死亡待遇申领表"). */
function deceasedByDeath(parties: Party[], facts: LabelFacts[], formTitle: string | undefined): void {
  const title = formTitle ? normalizeLabel(formTitle) : "";
  const people = parties.filter((p) => !p.auxiliary && !p.relative && p.role?.key !== "deceased");
  if (parties.some((p) => p.role?.key === "deceased")) return;
  const withDate = people.filter((p) => p.fields.some((i) => facts[i]!.element === "deathDate"));
  const named = people.filter((p) => { const r = personRoleOf(p, facts); return !!r && roleWords(r).some((w) => w.length >= 2 && title.includes(`${w}死亡`)); });
  // The form's title is the evidence only when no one has a date of death.
  const [p, byTitle] = withDate.length === 1 ? [withDate[0]!, undefined] : named.length === 1 ? [named[0]!, formTitle ?? ""] : [undefined, undefined];
  if (!p) return;
  const was = personRoleOf(p, facts);
  p.role = { key: "deceased", weight: 0.9, reason: P.deceased(was, byTitle) };
  if (was && was !== "deceased") p.was = was;
}

/** The top level of a form without other person sections is the person its labels name ("参保人员姓名", …). */
function sharedPrefix(party: Party, facts: LabelFacts[]): RoleEvidence | undefined {
  // Only a dictionary role spreads to the section's other fields; an unknown word names just its own field.
  const roles = new Set(party.fields.map((i) => facts[i]!.labelRole?.key).filter((k) => k && !isOpenRole(k)));
  if (roles.size !== 1) return undefined;
  const key = [...roles][0]!;
  if (!party.fields.some((i) => facts[i]!.labelRole?.key === key && facts[i]!.element === "name")) return undefined;
  const prefixed = party.fields.filter((i) => facts[i]!.labelRole?.key === key).length;
  return { key, weight: 0.9, reason: P.prefixed(key, !!party.pointer, prefixed) };
}

const sameTitle = (a?: string, b?: string) => {
  const n = (t?: string) => normalizeLabel(t ?? "").replace(/(信息|情况|栏|页)$/, "");
  return n(a) === n(b);
};

/** Two sections of one form that the form numbers or names apart (监护人（一） / 监护人（二）) are two people: the later
 *  one keeps its own name. The same title twice (a page repeating 财务负责人) is the same person asked again. */
function separateSameRole(parties: Party[]): void {
  const seen = new Map<string, Party>();
  for (const p of parties) {
    if (!p.pointer || !p.role) continue;
    const first = seen.get(p.role.key);
    if (!first) { seen.set(p.role.key, p); continue; }
    if (sameTitle(first.title, p.title)) continue;
    const word = p.title ? p.title : p.pointer.split("/").pop()!;
    p.role = { key: openRole(word), weight: 0.9, reason: P.second(word, first.title ?? first.pointer, first.role!.key) };
  }
}

/** A form about one person ("儿童预防接种证查验登记表"): the one person party without a known role is that person. */
function formSubject(parties: Party[], facts: LabelFacts[], formTitle: string | undefined): void {
  if (!formTitle) return;
  const named = rolesInTitle(formTitle);
  if (named.length !== 1) return;
  const role = named[0]!;
  if (parties.some((p) => p.role?.key === role)) return;
  const candidates = parties.filter((p) => !p.auxiliary && (!p.role || isOpenRole(p.role.key)) && hasIdentity(p, facts));
  if (candidates.length !== 1) return;
  const p = candidates[0]!;
  p.role = { key: role, weight: 0.85, reason: P.formAbout(role, formTitle, p.role?.key) };
}

function hasIdentity(p: Party, facts: LabelFacts[]): boolean {
  const els = new Set(p.fields.map((i) => facts[i]!.element));
  return els.has("name") && [...IDENTITY].some((e) => els.has(e));
}
