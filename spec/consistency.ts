// Guide/form consistency (情形与表单一致): over every situation the guide can describe, finds what the form asks
// that the applicant cannot give or need not give —
//  • a required field asking for a document this very one-thing issues (结婚证字号 while 结婚登记 is applied
//    for): nobody has it yet;
//  • a yes/no question about a section (是否委托经办人) whose answer does not change whether that section is
//    required (answering 不委托 still requires the whole 经办人 section).
// A field only items that do not apply ask for is never required: the form follows the items' applicability
// (situated-form.ts), and the check reads the form as situated, like the portal and the server.
// Pure; `cli validate` prints the findings and the editor lists them among the draft's problems.
import { say, type Bilingual } from "./bilingual.js";
import type { Bundle, GuideQuestion } from "./bundle.js";
import { evaluateCondition, conditionVariables, type Condition } from "./conditions.js";
import { applicableItems, enumerateAnswerSets, type Answers } from "./guide.js";
import type { SpecProblem } from "./spec-validation.js";
import type { Json } from "./common.js";
import { escapePointer } from "./pointer.js";
import { situatedForm } from "./situated-form.js";
import { ROLE_BY_KEY } from "./dictionary/roles.js";

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** A property of the form with what decides whether it is required. */
interface FormNode { pointer: string; title: string; parent?: FormNode; staticRequired: boolean; visibleIf?: Condition; requiredIf?: Condition; leaf: boolean }

/** Words an applicant's answer about a section uses: a question about delegating is about the 经办人/代理人 section. */
const SECTION_CUES: Record<string, string[]> = { 经办人: ["委托", "代为办理", "代办"], 代理人: ["委托", "代理"], 代办人: ["委托", "代办"], 受托人: ["委托"] };

/** Section titles of a person who cannot apply himself (the dictionary's newborn and child roles). */
const MINOR_WORDS = ["newborn", "child"].flatMap((k) => ROLE_BY_KEY.get(k)?.synonyms ?? []).map((w) => w.replace(/@[\d.]+$/, ""));

/** The helper a section is about ("代办人信息" → 代办人): someone acting for the applicant, needed only when he delegates. */
const helperWord = (title: string): string | undefined => Object.keys(SECTION_CUES).find((w) => title.includes(w));

function collect(schema: Json, rules: Bundle["form"]["rules"], pointer = "", parent?: FormNode, out: FormNode[] = []): FormNode[] {
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [key, raw] of Object.entries(obj(schema.properties))) {
    const p = `${pointer}/properties/${escapePointer(key)}`;
    const s = obj(raw);
    const rule = rules[p];
    const leaf = s.type !== "object";
    const node: FormNode = {
      pointer: p, title: typeof s.title === "string" ? s.title : key, staticRequired: required.has(key), leaf,
      ...(parent ? { parent } : {}), ...(rule?.visibleIf !== undefined ? { visibleIf: rule.visibleIf } : {}), ...(rule?.requiredIf !== undefined ? { requiredIf: rule.requiredIf } : {}),
    };
    out.push(node);
    if (!leaf) collect(s, rules, p, node, out);
  }
  return out;
}

/** Whether the node is required all the way up in this situation (a required field in an optional section is not). */
function requiredIn(n: FormNode, answers: Answers, memo: Map<FormNode, boolean>): boolean {
  const hit = memo.get(n);
  if (hit !== undefined) return hit;
  const ctx = { answers, data: {} };
  let r = evaluateCondition(n.visibleIf, ctx) && (n.requiredIf !== undefined ? evaluateCondition(n.requiredIf, ctx) : n.staticRequired);
  if (r && n.parent) r = requiredIn(n.parent, answers, memo);
  memo.set(n, r);
  return r;
}

/** A condition the check cannot decide from answers alone (it reads the form data). */
const readsData = (n: FormNode): boolean => [n.visibleIf, n.requiredIf].some((c) => c !== undefined && conditionVariables(c).some((v) => v.startsWith("data")));

/** Ids of the guide questions some conditions read. */
function questionsRead(conditions: Array<Condition | undefined>): Set<string> {
  const ids = new Set<string>();
  for (const c of conditions) if (c !== undefined) for (const v of conditionVariables(c)) if (v.startsWith("answers.")) ids.add(v.slice(8).split(".")[0]!);
  return ids;
}

/** The conditions that decide whether a node is required (its own and its sections'). */
function conditionsOf(n: FormNode): Array<Condition | undefined> {
  const out: Array<Condition | undefined> = [];
  for (let x: FormNode | undefined = n; x; x = x.parent) out.push(x.visibleIf, x.requiredIf);
  return out;
}

/** The applicant-facing words of a situation: "是否委托他人…？否；…", only the questions in `only` when given. */
export function describeSituation(questions: GuideQuestion[], answers: Answers, only?: ReadonlySet<string>, en = false): string {
  const parts: string[] = [];
  for (const q of questions) {
    if (only && !only.has(q.id)) continue;
    const a = answers[q.id];
    if (a === undefined) continue;
    const label = (v: string) => q.options.find((o) => o.value === v)?.label ?? v;
    if (en) parts.push(`${q.title} ${typeof a === "boolean" ? (a ? "yes" : "no") : Array.isArray(a) ? (a.length ? a.map(label).join(", ") : "none chosen") : label(a)}`);
    else parts.push(`${q.title}${typeof a === "boolean" ? (a ? "是" : "否") : Array.isArray(a) ? (a.length ? a.map(label).join("、") : "都不选") : label(a)}`);
  }
  return parts.join(en ? "; " : "；") || (en ? "any situation" : "任何情形");
}

/** Core names of the documents an item issues ("结婚证（含电子证照）" → 结婚证), documents only (证/照/簿/卡/书/明). */
export function issuedDocuments(resultName: string | undefined): string[] {
  if (!resultName) return [];
  return resultName.split(/[、，,及和]/).map((s) => s.replace(/[（(].*?[）)]/g, "").replace(/^《|》$/g, "").replace(/[《》]/g, "").trim())
    .filter((s) => s.length >= 2 && /(证|照|簿|卡|书|明)$/.test(s));
}

/** The fields under a section (any depth). */
const fieldsUnder = (section: FormNode, nodes: FormNode[]): FormNode[] => nodes.filter((x) => x.leaf && x.pointer.startsWith(`${section.pointer}/`));

/** Whether the section asks for anything in this situation: required itself and at least one of its fields required
 *  (a section whose every field carries the condition asks for nothing where the condition is false). */
function sectionAsks(n: FormNode, nodes: FormNode[], answers: Answers, memo: Map<FormNode, boolean>): boolean {
  return requiredIn(n, answers, memo) && fieldsUnder(n, nodes).some((f) => requiredIn(f, answers, memo));
}

/** The condition "the answer to this yes/no question is yes". */
const answeredYes = (q: GuideQuestion): Condition => ({ "==": [{ var: `answers.${q.id}` }, true] });

type When = (answers: Answers, read: ReadonlySet<string>) => Bilingual;

/**
 * Sections a yes/no question is about whose answer "no" still requires them (with a fix: show the section only on "yes"),
 * and helper sections (代办人, 经办人…) required in every situation with no question about them at all — an applicant
 * applying for himself must not fill an agent (tryout 10 #8). A top-level section is about a question that names it or
 * its helper's words; a nested one only by its helper's words (社会保障卡申领 / 代办人信息).
 */
function sectionProblems(bundle: Pick<Bundle, "guide" | "form"> & Partial<Pick<Bundle, "audience">>, situations: Answers[], nodes: FormNode[], when: When): Array<{ key: string; problem: GuideFormProblem }> {
  const out: Array<{ key: string; problem: GuideFormProblem }> = [];
  const booleans = bundle.guide.questions.filter((x) => x.type === "boolean");
  // a company always acts through someone, and a newborn or a child never applies himself: a guardian always acts for him (出生一件事's 代办人 is the parent)
  const forMinor = nodes.some((x) => !x.parent && !x.leaf && MINOR_WORDS.some((w) => x.title.includes(w)));
  for (const n of nodes.filter((x) => !x.leaf)) {
    const helper = helperWord(n.title);
    if (n.parent && !helper) continue;
    const cues = [...(n.parent ? [helper!] : [n.title]), ...(helper ? SECTION_CUES[helper]! : [])];
    const about = booleans.filter((q) => cues.some((c) => q.title.includes(c)));
    for (const q of about) {
      const stillRequired = situations.find((a) => a[q.id] === false && sectionAsks(n, nodes, a, new Map()));
      if (!stillRequired) continue;
      // the example names the question itself, and the other answers that make the section asked (its items' questions)
      const others = questionsRead(conditionsOf(n));
      others.delete(q.id);
      const s = others.size ? when(stillRequired, new Set([q.id, ...others])) : undefined;
      const own = bundle.form.rules[n.pointer]?.visibleIf;
      out.push({ key: `${n.pointer}|question-${q.id}`, problem: {
        severity: "warning", pointer: `/form/schema${n.pointer}`,
        message: say(
          `引导问题「${q.title}」回答“否”时仍要求填写整个「${n.title}」部分${s ? `（例如“${s.zh}”时）` : ""}：请让「${n.title}」只在回答“是”时显示并必填`,
          `Answering "no" to the guide question "${q.title}" still requires the whole "${n.title}" section${s ? ` (for example when "${s.en}")` : ""}: show "${n.title}" and require it only when the answer is "yes"`,
        ),
        fix: { pointer: n.pointer, visibleIf: own === undefined ? answeredYes(q) : { and: [own, answeredYes(q)] }, label: say(`让「${n.title}」只在回答“是”时显示`, `Show "${n.title}" only when the answer is "yes"`) },
      } });
    }
    if (about.length || !helper || forMinor || bundle.audience === "enterprise" || !situations.every((a) => sectionAsks(n, nodes, a, new Map()))) continue;
    out.push({ key: `${n.pointer}|unasked`, problem: {
      severity: "warning", pointer: `/form/schema${n.pointer}`,
      message: say(
        `「${fieldPath(n)}」部分对每位申请人都必填，本人申请时也要填写${helper}：请在情形引导中添加是非问题（如“是否委托他人代办？”），再让「${n.title}」只在回答“是”时显示并必填`,
        `The "${fieldPath(n)}" section is required of every applicant, so one applying in person must fill it in too: add a yes/no question about delegating to the guide, then show "${n.title}" and require it only when the answer is "yes"`,
      ),
    } });
  }
  return out;
}

function fieldPath(n: FormNode): string {
  const names: string[] = [];
  for (let x: FormNode | undefined = n; x; x = x.parent) names.unshift(x.title);
  return names.join(" / ");
}

/**
 * Situations that differ in what the check can see — the outcome of every form rule and the items that apply —
 * one representative each (the form's requirements depend on nothing else), so the per-field work is done once
 * per distinct outcome instead of once per answer set.
 */
function distinctSituations(bundle: Pick<Bundle, "items" | "guide">, situations: Answers[], nodes: FormNode[]): Array<{ answers: Answers; applies: Set<string> }> {
  const ruled = nodes.filter((n) => n.visibleIf !== undefined || n.requiredIf !== undefined);
  const seen = new Map<string, { answers: Answers; applies: Set<string> }>();
  for (const answers of situations) {
    const ctx = { answers, data: {} };
    const applies = applicableItems(bundle, answers);
    let key = applies.join(",") + "|";
    for (const n of ruled) key += !evaluateCondition(n.visibleIf, ctx) ? "h" : n.requiredIf === undefined ? "v" : evaluateCondition(n.requiredIf, ctx) ? "r" : "o";
    if (!seen.has(key)) seen.set(key, { answers, applies: new Set(applies) });
  }
  return [...seen.values()];
}

/** A one-click fix of a finding: the field rule to set at a form property (the property's rule keeps its requiredIf). */
export interface GuideFormFix { pointer: string; visibleIf: Condition; label: Bilingual }

/** A guide/form inconsistency: a warning (the check reads labels and document names, so the designer decides). */
export interface GuideFormProblem extends SpecProblem { severity: "warning"; fix?: GuideFormFix }

/** Every guide/form inconsistency of a bundle, each at the form property it concerns, with one situation where it shows. */
export function guideFormProblems(bundle: Pick<Bundle, "items" | "guide" | "form"> & Partial<Pick<Bundle, "audience">>, limit = 4096): GuideFormProblem[] {
  let all: Answers[];
  try { all = enumerateAnswerSets(bundle.guide, limit); } catch { return []; }
  // only the answers a rule or an applicability condition reads (and yes/no questions, which may be about a section) matter
  const rules = situatedForm(bundle).rules;
  const read = questionsRead([...Object.values(rules).flatMap((r) => [r.visibleIf, r.requiredIf]), ...Object.values(bundle.guide.applicability)]);
  for (const q of bundle.guide.questions) if (q.type === "boolean") read.add(q.id);
  const byProjection = new Map<string, Answers>();
  for (const a of all) {
    const key = JSON.stringify(bundle.guide.questions.filter((q) => read.has(q.id)).map((q) => a[q.id] ?? null));
    if (!byProjection.has(key)) byProjection.set(key, a);
  }
  const situations = [...byProjection.values()];
  const nodes = collect(obj(bundle.form.schema), rules).filter((n) => !readsData(n));
  const itemName = new Map(bundle.items.map((it) => [it.id, it.task_name]));
  const issuers = bundle.items.flatMap((it) => issuedDocuments(it.result_name).map((doc) => ({ doc, item: it.id })));
  const questions = bundle.guide.questions;
  const found = new Map<string, GuideFormProblem>();
  const when = (answers: Answers, read: ReadonlySet<string>) => say(describeSituation(questions, answers, read), describeSituation(questions, answers, read, true));
  const add = (n: FormNode, kind: string, message: Bilingual) => {
    const k = `${n.pointer}|${kind}`;
    if (!found.has(k)) found.set(k, { severity: "warning", pointer: `/form/schema${n.pointer}`, message });
  };
  for (const { answers, applies } of distinctSituations(bundle, situations, nodes)) {
    const memo = new Map<FormNode, boolean>();
    for (const n of nodes) {
      if (!n.leaf || !requiredIn(n, answers, memo)) continue;
      // the field's own label names the document (its section is often named after the item itself)
      const issuer = issuers.find((x) => applies.has(x.item) && n.title.includes(x.doc));
      if (issuer) {
        const read = questionsRead([...conditionsOf(n), bundle.guide.applicability[issuer.item]]);
        const s = read.size ? when(answers, read) : undefined;
        const issuerName = itemName.get(issuer.item) ?? issuer.item;
        add(n, "issued-here", say(
          `「${fieldPath(n)}」是必填项，但${issuer.doc}由本件事的「${issuerName}」办出：${s ? `在“${s.zh}”的情形下` : ""}申请人提交申请时还没有${issuer.doc}，无法填写；请改为选填，或在办出后由部门取得`,
          `"${fieldPath(n)}" is required, but "${issuer.doc}" is issued by "${issuerName}" of this one-thing: ${s ? `in the situation "${s.en}", ` : ""}the applicant does not have it yet when applying. Make it optional, or have the department obtain it once issued`,
        ));
      }
    }
  }
  for (const f of sectionProblems(bundle, situations, nodes, when)) if (!found.has(f.key)) found.set(f.key, f.problem);
  return [...found.values()];
}
