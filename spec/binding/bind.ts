// Binding: what each field of a form means, as (role, element) — "the legal representative's ID number" —
// with a confidence and a reason staff can read. The element comes from the label and the value constraints
// (format, pattern, enum, length: ./evidence.ts), the role from the field's party (./parties.ts: section title,
// a role named in it, shared label prefixes, an unknown person word, the form's title) or the label's own prefix.
// Wording is normalised first (./normalize.ts). Only strong bindings are merged automatically.
import { ELEMENT_BY_KEY } from "../dictionary/elements.js";
import { ROLE_BY_KEY } from "../dictionary/roles.js";
import { EMPTY_EXTENSIONS, type ExtensionIndex } from "../dictionary/extensions.js";
import { elementByKey, elementByLabel, elementSuffix, normalizeLabel, rolePrefix, stripNotes, type Hit } from "./match.js";
import { inspectForm, type FormLeaf, type FormProblem } from "./inspect.js";
import { schemaEvidence, isFormatEvidence } from "./evidence.js";
import { kindEvidence } from "./kind-evidence.js";
import { findParties, partyPointer, type LabelFacts, type Party, type RoleEvidence } from "./parties.js";
import { isOpenRole, openRole, personWord, roleKind } from "./roles-in-text.js";
import { sectionRole, defaultRole } from "./section-role.js";
import { soleSubject } from "./sole-subject.js";
import { alternativesElement, mainRole, noteElement } from "./label-notes.js";
import { nameOrOrg } from "./name-or-org.js";
import { establishmentAddress, establishmentName } from "./establishment.js";
import { CONSTRAINT_REASONS as C, ELEMENT_REASONS as E, KEPT_REASONS as K, ROLE_REASONS as R, joinReasons, sentence, type Reason } from "./reasons.js";

/** Confidence at or above which two fields with the same (role, element) are merged without asking. */
export const AUTO_CONFIDENCE = 0.85;
/** Weight of an element read only from a label's last words (the words before it unknown: 个人公积金账号 is not a bank
 *  account): kept below the floor at which aligning the person confirms a field, so such a field is only suggested. */
const SUFFIX_ONLY = 0.72;
/** Confidence below which a binding is ignored by the merge (the field stays in its item's section). */
export const CANDIDATE_CONFIDENCE = 0.6;

/** One bound field of a form. */
export interface FieldBinding {
  pointer: string;
  title: string;
  role?: string;
  element?: string;
  confidence: number;
  /** Why, naming the evidence used, in both languages. */
  reason: Reason;
  /** Schema pointer of the table (array) the field is a column of. */
  table?: string;
  /** Pointer of the party (section, "" = top level) whose role the field took; undefined in tables. */
  party?: string;
  /** How firmly the field's own wording and constraints name its element (the role aside), 0–1. */
  evidence?: number;
}

/** Options of bindForm: whose form it is decides the role of un-sectioned fields (企业 vs 个人). */
export interface BindOptions { audience?: "enterprise" | "person"; title?: string; extensions?: ExtensionIndex }

/** A form as items and imports carry it. */
export interface FormInput { schema: unknown; uiSchema?: unknown }

/** Result of binding a form: one binding per leaf field, in schema order, its parties and its problems. */
export interface BoundForm { fields: FieldBinding[]; leaves: FormLeaf[]; parties: Party[]; warnings: FormProblem[]; errors: FormProblem[]; audience: "enterprise" | "person" }

type Evidence = RoleEvidence;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Binds every field of a plain JSON Schema form (any keys, Chinese or 繁體 titles, sections, tables). */
export function bindForm(form: FormInput, opts: BindOptions = {}): BoundForm {
  const { leaves, problems } = inspectForm(form?.schema);
  const ext = opts.extensions ?? EMPTY_EXTENSIONS;
  const audience = opts.audience ?? inferAudience(leaves, ext);
  const title = opts.title ?? (typeof (form?.schema as { title?: unknown } | undefined)?.title === "string" ? (form.schema as { title: string }).title : undefined);
  const facts = leaves.map((leaf) => elementOf(leaf, ext, { audience, title }));
  nameOrOrg(leaves, facts, audience, ext);
  establishmentAddress(leaves, facts, audience, title);
  establishmentName(leaves, facts, audience, title);
  const labelFacts: LabelFacts[] = facts.map((f) => ({ element: f.element?.key, labelRole: f.labelRole }));
  const parties = findParties(leaves, labelFacts, title, audience === "enterprise", ext);
  const partyAt = new Map(parties.map((p) => [p.pointer, p]));
  const guessed = new Set<number>();
  const prefixes = partyPrefixes(leaves, facts);
  const fields = soleSubject(leaves.map((leaf, i) => bindLeaf(leaf, facts[i]!, audience, partyAt, prefixes, () => guessed.add(i))), guessed, partyAt);
  return {
    fields, leaves, parties, audience,
    warnings: problems.filter((p) => p.severity === "warning"),
    errors: problems.filter((p) => p.severity === "error"),
  };
}

/** An enterprise form names the enterprise (名称 / 统一社会信用代码) outside any person's section. */
function inferAudience(leaves: FormLeaf[], ext: ExtensionIndex): "enterprise" | "person" {
  for (const leaf of leaves) {
    const hit = leaf.title ? ext.element(leaf.title) ?? elementByLabel(leaf.title) : undefined;
    if (hit && (hit.key === "entName" || hit.key === "uscc") && !leaf.path.some((s) => s.kind === "array")) return "enterprise";
  }
  return "person";
}

/** Whose form it is and what it is called: context some wording needs (姓名/名称, a permit's 地址). */
interface FormContext { audience: "enterprise" | "person"; title?: string }

/** A note naming the datum ("申请人（企业名称）"), the main words naming the person or organisation, if any. */
function noteEvidence(title: string, ext: ExtensionIndex): { element?: Evidence; role?: Evidence } | undefined {
  const note = noteElement(title, ext);
  if (!note) return undefined;
  // Only a note to a role ("申请人（…）") or to nothing: "变更依据（结婚证字号）" asks for the 依据, of which the note is an example.
  const role = note.main ? mainRole(note.main, ext) : undefined;
  if (note.main && !role) return undefined;
  const weight = note.exact ? 0.95 : 0.9;
  const element: Evidence = { key: note.hit.key, weight, reason: E.note(note.hit.key, title, note.hit.via) };
  return role ? { element, role: { key: role.key, weight: role.weight, reason: R.fromLabel(role.key, note.main) } } : { element };
}

/** What the label (and the staff's own synonyms) say: the element, and a role the label starts with. */
function labelElement(leaf: FormLeaf, ext: ExtensionIndex, ctx: FormContext): { element?: Evidence; role?: Evidence } {
  const title = leaf.title;
  if (title) {
    const learnt = ext.element(title);
    if (learnt) return { element: { key: learnt.key, weight: learnt.weight, reason: E.learnt(learnt.key, title, learnt.via) } };
    const exact = elementByLabel(title);
    if (exact) return { element: { key: exact.key, weight: exact.weight, reason: describe(title, exact) } };
    const alt = alternativesElement(title, ctx.audience);
    if (alt) return { element: { key: alt.key, weight: alt.weight, reason: E.alternatives(alt.key, title, ctx.audience === "person") } };
    const noted = noteEvidence(title, ext);
    if (noted) return noted;
    const p = ext.rolePrefix(title) ?? rolePrefix(title);
    if (p) {
      const role: Evidence = { key: p.hit.key, weight: p.hit.weight, reason: R.prefix(p.hit.key, p.hit.via) };
      if (p.rest === "" && roleKind(p.hit.key) === "person") {
        return { role, element: { key: "name", weight: 0.85, reason: E.roleOnly(title) } };
      }
      const rest = p.rest ? ext.element(p.rest) ?? elementByLabel(p.rest) : undefined;
      if (rest) return { role, element: { key: rest.key, weight: rest.weight, reason: describe(p.rest, rest) } };
    }
    const plain = qualified(title);
    if (plain) {
      const reason = plain.qualifier === "申请" ? E.appliedFor(plain.hit.key, title, plain.rest) : E.qualified(plain.hit.key, title, plain.rest, plain.qualifier);
      return { element: { key: plain.hit.key, weight: plain.hit.weight * 0.95, reason } };
    }
    const suffix = elementSuffix(title);
    if (suffix) {
      const before = stripNotes(normalizeLabel(title)).slice(0, -normalizeLabel(suffix.via).length || undefined);
      const word = personWord(before);
      if (word && ELEMENT_BY_KEY.get(suffix.key)?.subject !== "org") {
        return {
          role: { key: openRole(word), weight: 0.9, reason: R.openPrefix(word) },
          element: { key: suffix.key, weight: suffix.weight * 0.95, reason: E.wordAndSuffix(suffix.key, title, word, suffix.via) },
        };
      }
      return { element: { key: suffix.key, weight: suffix.weight * SUFFIX_ONLY, reason: E.suffixOnly(suffix.key, title, suffix.via) } };
    }
    const word = personWord(title);
    if (word && leaf.schema.type === "string" && !leaf.schema.enum && !leaf.schema.format) {
      return {
        role: { key: openRole(word), weight: 0.9, reason: R.openLabel(word, title) },
        element: { key: "name", weight: 0.8, reason: E.personOnly(title) },
      };
    }
  }
  const byKey = elementByKey(leaf.key);
  if (byKey) {
    // A key is evidence only when the form gives no title; a title we cannot read outweighs its key.
    const w = title ? 0.4 : byKey.weight;
    return { element: { key: byKey.key, weight: w, reason: E.key(byKey.key, leaf.key, !!title) } };
  }
  return {};
}

/** Words that only say when or how precisely (现居住地址, 实际经营地址, 户口所在地详址), not what the datum is; and 申请
 *  before a datum of three characters or more (申请残疾类别: the category this application asks to be assessed in). */
const QUALIFIER_BEFORE = /^(现在|现|目前|当前|实际|详细|申请(?=.{3}))/;
const QUALIFIER_AFTER = /(详址|详细地址|具体地址)$/;

/** A dictionary label with a qualifier before or after it ("现" + 居住地址, 户口所在地 + "详址"), if any. */
function qualified(title: string): { hit: Hit; rest: string; qualifier: string } | undefined {
  const n = stripNotes(normalizeLabel(title));
  const before = QUALIFIER_BEFORE.exec(n), after = QUALIFIER_AFTER.exec(n);
  const tries: Array<[string, string]> = [];
  if (before) tries.push([n.slice(before[0].length), before[0]]);
  // An address's own qualifier (详址) only after a place (户口所在地, 住所), never after a name or a number.
  if (after && /地|址|所/.test(n.slice(0, -after[0].length))) tries.push([n.slice(0, -after[0].length), after[0]]);
  for (const [rest, qualifier] of tries) {
    const hit = rest.length >= 2 ? elementByLabel(rest) : undefined;
    if (hit) return { hit, rest, qualifier };
  }
  return undefined;
}

function describe(text: string, hit: Hit): Reason {
  const label = ELEMENT_BY_KEY.get(hit.key)?.label ?? hit.key;
  return hit.via === label || text === label ? E.label(hit.key, text) : E.synonym(hit.key, text, hit.via);
}

const typeOf = (schema: Record<string, unknown>): string | undefined => (typeof schema.type === "string" ? schema.type : undefined);
const norm = (t: string) => (t === "integer" ? "number" : t);
const compatibleTypes = (a: string | undefined, b: string | undefined): boolean => !a || !b || norm(a) === norm(b);

/** The element of a leaf from its label and its value constraints, with the weight and every reason. */
interface ElementFacts { element?: Evidence; labelRole?: Evidence; reasons: Reason[] }

/** A sector permit is granted for a place: its unqualified 地址 is that place (经营场所), not the registered 住所. */
const PERMIT_FORM = /许可/;

function elementOf(leaf: FormLeaf, ext: ExtensionIndex, ctx: FormContext): ElementFacts {
  const found = labelElement(leaf, ext, ctx);
  let element = found.element;
  if (element?.key === "domicile" && ctx.audience === "enterprise" && ctx.title && PERMIT_FORM.test(ctx.title) && leaf.title && normalizeLabel(leaf.title) === "地址") {
    element = { key: "premises", weight: 0.9, reason: E.permitPremises(ctx.title) };
  }
  const reasons: Reason[] = [];
  const ev = schemaEvidence(leaf.schema);
  if (!element && ev) element = { key: ev.key, weight: ev.weight, reason: C.fromConstraint(ev.key, ev.reason) };
  else if (element && ev) {
    // Agreeing evidence never weakens: a key read under an unreadable label (xb, 0.4) with an enum of 男性 / 女性 is as
    // sure as the enum alone, and a little surer.
    if (ev.key === element.key) element = { ...element, weight: Math.min(1, Math.max(element.weight, ev.weight) + 0.05), reason: C.agrees(element.reason, ev.reason) };
    else if (ev.alsoFits?.includes(element.key)) element = { ...element, reason: C.compatible(element.reason, ev.reason) };
    else if (!(ELEMENT_BY_KEY.get(element.key)?.related ?? []).includes(ev.key)) {
      // A label read only from its last words (or its key) yields to a pattern or enum that only one element accepts.
      if (element.weight < 0.8 && !isFormatEvidence(leaf.schema) && ev.weight >= 0.9) element = { key: ev.key, weight: ev.weight * 0.95, reason: C.constraintWins(ev.key, ev.reason, element.reason) };
      else element = { ...element, weight: element.weight * 0.5, reason: C.contradicts(element.reason, ev.reason, ev.key) };
    }
  }
  element = kindEvidence(leaf.schema, element);
  if (!element) return { reasons };
  // 经营范围 on a licence is free text; a permit's 经营范围 is a pick-list of that permit's items: never the same datum.
  if (element.key === "bizScope" && (typeOf(leaf.schema) === "array" || Array.isArray(leaf.schema.enum))) {
    element = { ...element, key: "licensedItems", reason: C.licensedItems(element.reason) };
  }
  const def = ELEMENT_BY_KEY.get(element.key)!;
  if (!compatibleTypes(typeOf(def.schema), typeOf(leaf.schema))) {
    element = { ...element, weight: element.weight * 0.5, reason: C.typeMismatch(element.reason, String(leaf.schema.type), String(def.schema.type)) };
  }
  let labelRole = found.role;
  // "经营者名称" is the business's name, not a person's: an organisation's datum drops a person prefix, and the
  // organisation a generic role names ("申请人（企业名称）") is the form's enterprise.
  if (labelRole && (roleKind(labelRole.key) === "person" || isGenericRole(labelRole.key)) && def.subject === "org") {
    element = { ...element, reason: C.orgOfRole(element.reason, labelRole.key) };
    labelRole = undefined;
  }
  return { element, labelRole, reasons };
}

/** Per party ("" = top level), per element: the label-prefix roles its fields of that element carry ("" for none).
 *  One prefix alone on an element names the section's own person; "姓名" beside "职工姓名" names two people. */
type PartyPrefixes = Map<string, Map<string, Set<string>>>;

function partyPrefixes(leaves: FormLeaf[], facts: ElementFacts[]): PartyPrefixes {
  const out: PartyPrefixes = new Map();
  leaves.forEach((leaf, i) => {
    const pp = partyPointer(leaf), f = facts[i]!;
    if (pp === undefined || !f.element) return;
    const byEl = out.get(pp) ?? out.set(pp, new Map()).get(pp)!;
    (byEl.get(f.element.key) ?? byEl.set(f.element.key, new Set()).get(f.element.key)!).add(f.labelRole?.key ?? "");
  });
  return out;
}

/** Whether a label's prefix role names the section's own person by what they are (职工姓名 in 申请人's section, a 职工
 *  who applies): the section's role is generic (申请人, 参保人 — what the person does in this procedure), the prefix a
 *  person's role that is no helper (经办人) and no officer of an organisation (法定代表人), and no other field of the
 *  section asks for the same datum under another name (姓名 beside 职工姓名 would be two people). Then the section's
 *  role wins: it says whom the form asks about; the prefix only describes them. */
function prefixDescribesParty(partyRole: RoleEvidence, labelRole: RoleEvidence, element: string, pp: string, prefixes: PartyPrefixes): boolean {
  if (!isGenericRole(partyRole.key) || roleKind(partyRole.key) === "org" || isOpenRole(labelRole.key)) return false;
  const def = ROLE_BY_KEY.get(labelRole.key);
  if (!def || def.kind !== "person" || def.auxiliary || def.officer || def.generic) return false;
  const seen = prefixes.get(pp)?.get(element);
  return !!seen && seen.size === 1;
}

/** Binds one leaf; `guessedApplicant` is called when its role is only the person form's default 申请人. */
function bindLeaf(leaf: FormLeaf, facts: ElementFacts, audience: "enterprise" | "person", partyAt: Map<string, Party>, prefixes: PartyPrefixes, guessedApplicant: () => void): FieldBinding {
  const title = leaf.title ?? leaf.key;
  let table: string | undefined;
  for (let i = leaf.path.length - 1; i >= 0 && !table; i--) if (leaf.path[i]!.kind === "array") table = leaf.path[i]!.pointer;
  const pp = partyPointer(leaf);
  // One object shape for every binding (all keys present, possibly undefined): spreading optional keys made V8
  // build a new shape per field, the single largest cost of binding a large form.
  const evidence = facts.element ? round(facts.element.weight) : 0;
  const make = (role: string | undefined, element: string | undefined, confidence: number, reason: Reason, party?: string): FieldBinding =>
    ({ pointer: leaf.pointer, title, role, element, confidence, reason: sentence(reason), table, party, evidence });
  const element = facts.element;
  if (!element) return make(undefined, undefined, 0, E.notInDictionary(title));
  const reasons = [element.reason];
  let weight = element.weight;
  const def = ELEMENT_BY_KEY.get(element.key)!;
  const ctx = resolveRole(leaf, facts, pp, partyAt, prefixes);
  let role = ctx.role;
  if (ctx.note) reasons.push(ctx.note);
  if (!role) {
    if (ctx.tableWithoutRole) {
      const why = ctx.unknownPerson ? K.unknownSection(ctx.unknownPerson) : K.tableWithoutRole();
      return make(undefined, element.key, 0, K.kept(joinReasons(reasons), why));
    }
    const other = pp !== undefined ? partyAt.get(pp)?.notSubject : undefined;
    if (other !== undefined && !def.home && def.subject !== "org" && def.subject !== "case") {
      return make(undefined, element.key, round(weight * 0.5), K.otherPerson(joinReasons(reasons), other));
    }
    role = defaultRole(def.subject, audience, def.home);
    if (role?.key === "applicant") guessedApplicant();
    if (!role) return make(undefined, element.key, round(weight * 0.5), K.noRole(joinReasons(reasons)));
  }
  const kind = roleKind(role.key);
  if ((kind === "person" && def.subject === "org") || (kind === "org" && def.subject === "person")) {
    weight *= 0.5;
    reasons.push(R.subjectMismatch(role.key));
  }
  reasons.unshift(role.reason);
  return make(role.key, element.key, round(role.weight * weight), joinReasons(reasons), ctx.party);
}

/** The field's role: its label's own prefix, else its party's, else an enclosing section's (tables: sectionRole). */
function resolveRole(leaf: FormLeaf, facts: ElementFacts, pp: string | undefined, partyAt: Map<string, Party>, prefixes: PartyPrefixes): { role?: Evidence; note?: Reason; tableWithoutRole: boolean; unknownPerson?: string; party?: string } {
  const def = ELEMENT_BY_KEY.get(facts.element!.key)!;
  const subject = def.subject;
  if (pp !== undefined && subject === "case" && def.home) return caseRole(leaf, facts, pp, partyAt, def.home);
  if (pp === undefined) {
    const ctx = sectionRole(leaf);
    return { role: facts.labelRole ?? ctx.role, tableWithoutRole: ctx.tableWithoutRole, unknownPerson: ctx.unknownPerson };
  }
  let party = partyAt.get(pp);
  for (let i = leaf.path.length - 1; party && !party.role && i > 0; i--) party = partyAt.get(leaf.path[i - 1]!.pointer) ?? party;
  const partyRole = party?.role && !(pp === "" && subject === "org" && roleKind(party.role.key) === "person") ? party.role : undefined;
  // An unknown person word in a label ("产权人姓名") inside a section whose person is known is that section's person;
  // so is a label naming the role the party had before what it holds re-assigned it ("参保人姓名" of a 参保人 who died).
  const follows = !!partyRole && !!facts.labelRole && (isOpenRole(facts.labelRole.key) || facts.labelRole.key === party?.was);
  if (partyRole && facts.labelRole && !follows && prefixDescribesParty(partyRole, facts.labelRole, facts.element!.key, pp, prefixes)) {
    return { role: partyRole, note: R.sectionFirst(facts.labelRole.key, partyRole.key), tableWithoutRole: false, party: party!.pointer };
  }
  if (facts.labelRole && !follows) {
    const note = partyRole && partyRole.key !== facts.labelRole.key ? R.prefixFirst(partyRole.key) : undefined;
    return { role: facts.labelRole, note, tableWithoutRole: false, party: pp };
  }
  if (partyRole) return { role: partyRole, tableWithoutRole: false, party: party!.pointer };
  const ctx = sectionRole(leaf);
  return { role: ctx.role, tableWithoutRole: ctx.tableWithoutRole, unknownPerson: ctx.unknownPerson, party: pp };
}

/** A datum of the case with a home role (the contract's dates, the vehicle) is the case's whichever person's section
 *  holds it; only a label or section naming another object of the case (旧车) moves it. */
function caseRole(leaf: FormLeaf, facts: ElementFacts, pp: string, partyAt: Map<string, Party>, home: string): { role?: Evidence; tableWithoutRole: boolean; party?: string } {
  if (facts.labelRole && roleKind(facts.labelRole.key) === "case") return { role: facts.labelRole, tableWithoutRole: false, party: pp };
  for (let i = leaf.path.length; i >= 0; i--) {
    const p = partyAt.get(i === leaf.path.length ? pp : i === 0 ? "" : leaf.path[i - 1]!.pointer);
    if (p?.role && roleKind(p.role.key) === "case") return { role: p.role, tableWithoutRole: false, party: p.pointer };
  }
  const key = home;
  return { role: { key, weight: 0.95, reason: R.ofCase(key) }, tableWithoutRole: false, party: pp };
}

const isGenericRole = (key: string): boolean => !isOpenRole(key) && ROLE_BY_KEY.get(key)?.generic === true;

export { isOpenRole, roleName } from "./roles-in-text.js";
export type { Party } from "./parties.js";
/** Whether a role key is a known dictionary role that is a helper (经办人 …). */
export const isAuxiliaryRole = (key: string): boolean => !isOpenRole(key) && ROLE_BY_KEY.get(key)?.auxiliary === true;
