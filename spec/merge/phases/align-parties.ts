// Phase 2 of the merge: parties across forms. The forms of one one-thing name the same person with their own
// words (职工 / 参保人员 / 缴存职工 / 退休人员 / 申请人). When each form asks about exactly one such person and the
// two hold the same identity data (姓名 and 证件号码), they are that person: their fields take one role and merge
// automatically. Other pairs of sections whose fields bind to largely the same elements, with compatible roles,
// become one section suggestion each, listing field by field what would merge. Never two sections of one form,
// never across roles the dictionary keeps apart, never a pair staff rejected.
import { AUTO_CONFIDENCE } from "../../binding/bind.js";
import { isOpenRole, roleKind, roleName } from "../../binding/roles-in-text.js";
import { kindKeySuffix } from "../../binding/kind-evidence.js";
import { ROLE_BY_KEY, ROLES } from "../../dictionary/roles.js";
import type { ExtensionIndex } from "../../dictionary/extensions.js";
import { isBoundKey, type Bound, type Edge, type Node } from "../types.js";
import { ALIGN_REASONS as A, SUGGESTION_MESSAGES as S, elementName, partyName, prefixReason } from "../messages.js";
import type { Bilingual } from "../../bilingual.js";

/** One party of one form as the merge sees it: its role and its bound fields by element. */
export interface PartyView {
  item: string; src: number; pointer: string; title?: string; role: string; auxiliary: boolean; fields: Map<string, Node>;
  /** The role came from an ambiguous word (负责人@0.8): it may stand for a more specific role of another form. */
  loose: boolean;
  /** The party holds a "与X关系" field: a relative or companion of the form's subject, never the subject. */
  relative: boolean;
  /** The role is the party's own (its section's title, its labels, the form's title), not a default its fields took. */
  own: boolean;
}

const ROLE_ORDER = new Map(ROLES.map((r, i) => [r.key, i]));
const generic = (r: string) => !isOpenRole(r) && ROLE_BY_KEY.get(r)?.generic === true;
const specific = (r: string) => !isOpenRole(r) && !generic(r);

/** The person parties of every form: its fields grouped by (section, role) — a top level with "学生姓名" and a
 *  section 房屋产权人 are two people — with the fields that took that role. */
export function partyViews(bound: Bound): PartyView[] {
  const out = new Map<string, PartyView>();
  for (const n of bound.nodes) {
    const b = n.binding;
    if (b.party === undefined || !b.role || !b.element || !n.key || !isBoundKey(n.key)) continue;
    const kind = roleKind(b.role);
    if (kind !== "person" && kind !== "any") continue;
    const id = `${n.item}#${b.party}#${b.role}`;
    let v = out.get(id);
    if (!v) {
      const p = bound.parties.get(n.item)?.find((x) => x.pointer === b.party);
      const auxiliary = p?.role?.key === b.role ? p.auxiliary : !isOpenRole(b.role) && ROLE_BY_KEY.get(b.role)?.auxiliary === true;
      const own = p?.role?.key === b.role;
      v = { item: n.item, src: n.src, pointer: b.party, title: own ? p.title : undefined, role: b.role, auxiliary, fields: new Map(), loose: own && p.role!.weight < 0.9, relative: !!p?.relative, own };
      out.set(id, v);
    }
    if (!v.fields.has(b.element)) v.fields.set(b.element, n);
  }
  return [...out.values()];
}

/** Roles that some form asks for as two different parties: they are never the same person. */
export function separatedRoles(views: PartyView[]): Set<string> {
  const out = new Set<string>();
  const byItem = new Map<string, Set<string>>();
  // A party is a person when it has a name: a bank-account section that defaults to 申请人 is not a second person.
  for (const v of views) if (v.fields.has("name")) (byItem.get(v.item) ?? byItem.set(v.item, new Set()).get(v.item)!).add(v.role);
  for (const roles of byItem.values()) for (const a of roles) for (const b of roles) if (a < b) out.add(`${a}~${b}`);
  return out;
}

const IDENTITY = new Set(["idNumber", "birthDate", "sex"]);
const identity = (v: PartyView) => v.fields.has("name") && (v.fields.has("idNumber") || v.fields.has("birthDate"));

/** The role a group of aligned parties takes: a specific dictionary role, else a generic one, else the first open one. */
function canonicalRole(roles: string[]): string {
  const known = roles.filter((r) => !isOpenRole(r)).sort((x, y) => Number(generic(x)) - Number(generic(y)) || ROLE_ORDER.get(x)! - ROLE_ORDER.get(y)!);
  return known[0] ?? roles[0]!;
}

/** An unknown word built on an officer's title (清算组负责人, 卫生管理员) names another officer, not the subject. */
const OFFICER_WORD = /(负责人|管理人|管理员|责任人|联系人|联络人|代表|主管|经理|指导员|安全员)$/;
/** A view's role counts as specific unless it is open, generic, or read from an ambiguous word. */
const firm = (v: PartyView) => (specific(v.role) && !v.loose) || (isOpenRole(v.role) && OFFICER_WORD.test(v.role));

/** A company has several officers and people running its errands: a person word the dictionary does not know
 *  (缴销人, 办理人) is never taken for an officer (法定代表人, 财务负责人) by context — neither merged nor suggested. */
const officerVsUnknown = (a: string, b: string) => {
  const officer = (r: string) => !isOpenRole(r) && ROLE_BY_KEY.get(r)?.officer === true;
  const unknown = (r: string) => isOpenRole(r) && !OFFICER_WORD.test(roleName(r));
  return (officer(a) && unknown(b)) || (officer(b) && unknown(a));
};

/** Whether two parties' roles may be the same person: the same role, or an open / generic one on either side — never
 *  two specific dictionary roles, never roles some form asks for apart or staff rejected, never an officer and a
 *  person word that is not an officer's (see officerVsUnknown). */
export function compatibleRoles(a: string, b: string, apart: Set<string>, ext: ExtensionIndex): boolean {
  if (a === b) return true;
  if (apart.has(a < b ? `${a}~${b}` : `${b}~${a}`) || ext.never(a, b)) return false;
  if (specific(a) && specific(b)) return false;
  return !officerVsUnknown(a, b);
}

/** A person's data enough to tell a subject from a contact: a name with an ID number, a birth date, a sex or an age. */
const personal = (v: PartyView) => v.fields.has("name") && ["idNumber", "birthDate", "sex", "age"].some((e) => v.fields.has(e));

/** The one subject of each form: its only person party with identity data that is neither a helper (经办人, 联系人)
 *  nor someone's relative or companion (a section holding 与申请人关系 / 与持卡人关系 is another person). */
function subjects(views: PartyView[], bound: Bound): PartyView[] {
  const out: PartyView[] = [];
  bound.sources.forEach((s, src) => {
    const cands = views.filter((v) => v.src === src && !v.auxiliary && !v.relative && personal(v));
    if (cands.length === 1) out.push(cands[0]!);
  });
  return out;
}

/** The parties that are their form's one subject (see subjects), computed from the views alone. */
function subjectSet(views: PartyView[]): Set<PartyView> {
  const byItem = new Map<string, PartyView[]>();
  for (const v of views) if (!v.auxiliary && !v.relative && personal(v)) (byItem.get(v.item) ?? byItem.set(v.item, []).get(v.item)!).push(v);
  return new Set([...byItem.values()].filter((l) => l.length === 1).map((l) => l[0]!));
}

const pairOf = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);

/** Whether a party may join a group of aligned parties: another form, no two different firm roles, not kept apart. */
function fits(group: PartyView[], v: PartyView, apart: Set<string>, ext: ExtensionIndex): boolean {
  return group.every((m) => m.item !== v.item && (m.role === v.role || !(firm(m) && firm(v))) && !apart.has(pairOf(m.role, v.role)) && !ext.never(m.role, v.role));
}

/** Gives the subjects of the forms one role (see the file comment); returns the rewritten parties as "item#pointer". */
export function alignSubjects(bound: Bound, views: PartyView[], apart: Set<string>, ext: ExtensionIndex): Set<string> {
  const done = new Set<string>();
  const subs = subjects(views, bound);
  const groups: PartyView[][] = [];
  for (const v of subs) {
    const g = groups.find((gr) => fits(gr, v, apart, ext) && !(firm(v) && gr.some((m) => firm(m) && m.role !== v.role)));
    if (g) g.push(v); else groups.push([v]);
  }
  for (const g of groups) {
    // Only words the dictionary does not know are resolved by context: known roles stay as the dictionary says.
    if (g.length < 2) continue;
    const names = [...new Map(g.map((v) => partyName(v.title, v.role)).map((x) => [x.zh, x])).values()];
    // The person applies (some form names them by what they do in its procedure: 申领人, 参保人): the data each form
    // left to a default 申请人 are theirs (see followSubject).
    const applies = g.some((v) => generic(v.role));
    // One role everywhere: the forms agree on who the person is, so a section that only hinted at it (「缴存职工」
    // contains 职工) is as sure as the others.
    if (new Set(g.map((v) => v.role)).size === 1) {
      for (const v of g) for (const n of v.fields.values()) confirm(n, A.onlyThisPerson(names));
      for (const v of g) followSubject(views, v, v.role, v.role, applies, names, done);
      continue;
    }
    // Known roles stay as the dictionary says, except the generic words for "the person this form is about"
    // (申请人 / 参保人 / 持卡人 / 申领人): when every form's one subject is named so, they are one person.
    if (!g.some((v) => isOpenRole(v.role)) && !g.every((v) => generic(v.role))) continue;
    const role = g.find(firm)?.role ?? canonicalRole(g.map((v) => v.role));
    for (const v of g) {
      if (v.role === role) { for (const n of v.fields.values()) confirm(n, A.onlyPersonAs(names, role)); continue; }
      if (officerVsUnknown(v.role, role)) continue;
      // A form that already names another person with that role keeps this one apart (two sections, two people).
      // (Fields of the same section that took a default role are this party, not another one; nor are nameless data
      // that only defaulted to 申请人 — a 通讯地址 or a bank account outside the person's section.)
      if (views.some((o) => o.item === v.item && o !== v && o.pointer !== v.pointer && o.role === role && (o.own || o.fields.has("name")))) continue;
      for (const n of v.fields.values()) retag(n, role, A.sameIdentityAs(names, role));
      done.add(`${v.item}#${v.pointer}`);
      followSubject(views, v, v.role, role, applies, names, done);
      v.role = role;
    }
    for (const v of g) if (v.role === role) followSubject(views, v, v.role, role, applies, names, done);
  }
  return done;
}

/** The data of a form that name nobody (no 姓名) and took either the form's own word for its one person (a top-level
 *  退役时间 or 残疾人证编号 beside the 参保人's section) or, when that person applies, the default 申请人 a person's form
 *  gives what no section claims (婚姻状况, 收款账户 beside the 缴存职工's section) are that person's: they follow the
 *  person's aligned role, so one person is one section. A party with a name, a helper or a relative stays apart. */
function followSubject(views: PartyView[], v: PartyView, was: string, role: string, applies: boolean, names: Bilingual[], done: Set<string>): void {
  for (const o of views) {
    if (o === v || o.item !== v.item || o.role === role || o.fields.has("name") || o.auxiliary || o.relative) continue;
    const defaulted = applies && o.role === "applicant" && !o.own;
    if (o.role !== was && !defaulted) continue;
    for (const n of o.fields.values()) retag(n, role, A.sameFormPerson(names, role, o.role));
    done.add(`${o.item}#${o.pointer}`);
    o.role = role;
  }
}

/** A dictionary role that several forms ask about, each as one person with identity data, is one person: a field
 *  whose wording is firm but whose role came from weaker context (the form's title) follows the others. */
export function confirmSharedRoles(views: PartyView[]): void {
  const byRole = new Map<string, PartyView[]>();
  for (const v of views) if (!isOpenRole(v.role) && !v.auxiliary && identity(v)) (byRole.get(v.role) ?? byRole.set(v.role, []).get(v.role)!).push(v);
  for (const [role, list] of byRole) {
    const items = new Set(list.map((v) => v.item));
    if (items.size < 2 || items.size !== list.length) continue;
    for (const v of list) for (const n of v.fields.values()) {
      const roleWeight = n.binding.evidence ? n.binding.confidence / n.binding.evidence : 0;
      if (roleWeight >= 0.85 - 1e-9) confirm(n, A.sharedRole(items.size, role));
    }
  }
}

/** A unit's section in a person's form (原参保单位, 所在单位, 用人单位): where the person works or worked. */
const WORK_UNIT = /单位/;

/** In a person's form, the name of the unit in a section about where its one subject works or worked (原参保单位·单位名称)
 *  is that person's 工作单位 (the datum another form asks as 原工作单位): it takes the subject's role and the element
 *  employer, with a reason saying so — when the form names one such unit, asks no 工作单位 of the person itself, and
 *  another form asks that person's 工作单位 (else the unit stays whole in its section, see keepContextWhole). */
export function employerOfSubject(bound: Bound, views: PartyView[]): void {
  for (const v of subjects(views, bound)) {
    if (bound.audiences.get(v.item) !== "person" || v.fields.has("employer")) continue;
    if (!bound.nodes.some((o) => o.item !== v.item && o.binding.role === v.role && o.binding.element === "employer")) continue;
    const units = bound.nodes.filter((n) => n.item === v.item && n.binding.element === "entName" && n.binding.role && roleKind(n.binding.role) === "org"
      && n.leaf.path.length > 0 && WORK_UNIT.test(n.leaf.path[n.leaf.path.length - 1]!.title ?? ""));
    if (units.length !== 1) continue;
    const n = units[0]!, section = n.leaf.path[n.leaf.path.length - 1]!.title!;
    if (!firmField(n) || n.own || n.binding.table) continue;
    const confidence = Math.max(n.binding.confidence, AUTO_CONFIDENCE);
    n.binding = { ...n.binding, role: v.role, element: "employer", confidence, reason: prefixReason(A.employerOf(section, v.role), n.binding.reason) };
    n.key = `${v.role}|employer${kindKeySuffix(n.leaf.schema)}`;
    n.strong = confidence >= AUTO_CONFIDENCE;
  }
}

/** Below this a field's own binding is too unsure even when its party is resolved by context. */
const ALIGNED_FLOOR = 0.7;

/** Whether a field's own evidence (its element, the role aside) is firm enough to follow its aligned party. */
const firmField = (n: Node) => (n.binding.evidence ?? n.binding.confidence) >= ALIGNED_FLOOR && n.binding.confidence >= ALIGNED_FLOOR * ALIGNED_FLOOR;

/** Raises an aligned field of an unchanged role to the merge's threshold (see retag). */
function confirm(n: Node, why: Bilingual): void {
  if (n.strong || !firmField(n) || !n.key || !isBoundKey(n.key)) return;
  n.binding = { ...n.binding, confidence: AUTO_CONFIDENCE, reason: prefixReason(why, n.binding.reason) };
  n.strong = true;
}

function retag(n: Node, role: string, why: Bilingual): void {
  // The alignment settles who the person is; an ambiguous role word (负责人@0.8) no longer weakens the field.
  const confidence = firmField(n) ? Math.max(n.binding.confidence, AUTO_CONFIDENCE) : n.binding.confidence;
  n.binding = { ...n.binding, role, confidence, reason: prefixReason(why, n.binding.reason) };
  n.key = `${role}|${n.binding.element}`;
  n.strong = confidence >= AUTO_CONFIDENCE;
}

/** One section suggestion per pair of parties of different forms that hold largely the same data (file comment). */
export function sectionEdges(views: PartyView[], apart: Set<string>, ext: ExtensionIndex): Edge[] {
  const edges: Edge[] = [];
  const subjectOf = subjectSet(views);
  // Two dictionary roles make related-role suggestions only: every pair here has a person word on one side at least.
  const open = views.map((v) => isOpenRole(v.role));
  for (let i = 0; i < views.length; i++) for (let j = i + 1; j < views.length; j++) {
    if (!open[i] && !open[j]) continue;
    const p = views[i]!, q = views[j]!;
    if (p.item === q.item || p.role === q.role || p.auxiliary !== q.auxiliary) continue;
    // Someone's relative or companion ("与持卡人关系") is never the subject another form is about.
    if ((p.relative && subjectOf.has(q)) || (q.relative && subjectOf.has(p))) continue;
    if (!compatibleRoles(p.role, q.role, apart, ext)) continue;
    // Two officers' titles (安全管理负责人 and 消防安全责任人): two posts of the company, as alignment keeps them apart.
    if (firm(p) && firm(q)) continue;
    // A post (治安保卫负责人, 清算组负责人) and a person word that names no post (投资人, 缴销人): a company's officer is not
    // taken for whoever else a form names by context alone, as officerVsUnknown says of the dictionary's officers.
    if (isOpenRole(p.role) && isOpenRole(q.role) && OFFICER_WORD.test(roleName(p.role)) !== OFFICER_WORD.test(roleName(q.role))) continue;
    if ((ROLE_BY_KEY.get(p.role)?.related ?? []).includes(q.role)) continue; // a related-role suggestion covers it
    const common = [...p.fields.keys()].filter((e) => q.fields.has(e));
    if (!common.includes("name") || !common.some((e) => IDENTITY.has(e)) || common.length < 2 || common.length / Math.min(p.fields.size, q.fields.size) < 0.5) continue;
    const pairs = common.map((e) => ({ a: { item: p.item, pointer: p.fields.get(e)!.leaf.pointer }, b: { item: q.item, pointer: q.fields.get(e)!.leaf.pointer }, label: elementName(e) }));
    const message = S.sameParty(partyName(p.title, p.role), partyName(q.title, q.role), common);
    const group = `party:${p.item}#${p.pointer}~${q.item}#${q.pointer}`;
    const confidence = Math.round((0.6 + 0.3 * common.length / Math.max(p.fields.size, q.fields.size)) * 100) / 100;
    for (const e of common) edges.push({ a: p.fields.get(e)!, b: q.fields.get(e)!, kind: "same-party", confidence, message, group, pairs, learn: { a: p.role, b: q.role } });
  }
  return edges;
}
