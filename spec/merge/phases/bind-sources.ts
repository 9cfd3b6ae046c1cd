// Phase 1 of the merge: check the sources' ids, sort them by (order, id) so the result does not depend on input
// order, bind every form (with the deployment's extensions and staff re-bindings) and make one node per field.
import { say } from "../../bilingual.js";
import { AUTO_CONFIDENCE, CANDIDATE_CONFIDENCE, bindForm, type FieldBinding } from "../../binding/bind.js";
import { normalizeLabel } from "../../binding/match.js";
import { kindKeySuffix } from "../../binding/kind-evidence.js";
import { ELEMENT_BY_KEY } from "../../dictionary/elements.js";
import { ROLE_BY_KEY } from "../../dictionary/roles.js";
import type { ExtensionIndex } from "../../dictionary/extensions.js";
import { tableSignatures } from "../helpers.js";
import { ALIGN_REASONS as A } from "../messages.js";
import { MergeInputError, type Bound, type BindingOverride, type MergeOptions, type MergeProblem, type MergeSource, type Node } from "../types.js";

/** Refuses sources with bad or duplicate ids (nothing is merged then). */
export function checkSourceIds(input: MergeSource[]): void {
  const problems: MergeProblem[] = [];
  const seen = new Set<string>();
  for (const s of input) {
    if (!/^[a-z][a-z0-9_-]{0,63}$/.test(s.id)) problems.push({ item: s.id, pointer: "", message: say("来源 id 只能包含小写字母、数字、- 和 _", "A source id has only lower-case letters, digits, - and _") });
    if (seen.has(s.id)) problems.push({ item: s.id, pointer: "", message: say(`来源 id 重复：${s.id}`, `Duplicate source id: ${s.id}`) });
    seen.add(s.id);
  }
  if (problems.length) throw new MergeInputError(problems);
}

/** Sources in layout order: (order, id). */
export function sortSources(input: MergeSource[]): MergeSource[] {
  return [...input].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A staff re-binding replaces the field's role and/or element, with full confidence and a reason saying so. */
export function applyOverride(b: FieldBinding, o: BindingOverride | undefined): FieldBinding {
  if (!o || (!o.role && !o.element)) return b;
  const role = o.role ?? b.role, element = o.element ?? b.element;
  if (!role || !element || (!o.role?.startsWith("?") && role && !role.startsWith("?") && !ROLE_BY_KEY.has(role)) || !ELEMENT_BY_KEY.has(element)) return b;
  return { ...b, role, element, confidence: 1, reason: A.staff(role, element, b.reason) };
}

/** Elements that are one licence's own subject matter: each permit grants its own items. */
const LICENCE_OWN = new Set(["licensedItems"]);
/** A form of a sector's own act — a permit, a filing, an approval, a designation (…许可 / 备案 / 核准 / 审批 / 定点…)
 *  — asks for that act's scope when it says 经营范围. */
const SECTOR_ACT = /许可|备案|核准|审批|审核|定点|资质|认定/;
/** …unless the form registers the business itself: its 经营范围 is the business licence's. */
const BUSINESS_REGISTRATION = /(公司|企业|个体工商户|市场主体|合伙|合作社|分支机构|设立|变更).{0,8}登记|营业执照/;
/** A scope filled from a sector's catalogue or classification (按《医疗器械分类目录》…, 类别代号) is that sector's. */
const CATALOGUE_NOTE = /《[^》]+》|目录|分类|类别|代号|代码/;

/** Whether a binding is licence-specific data that must not merge by label (see LICENCE_OWN, SECTOR_ACT). */
export function isLicenceOwn(b: FieldBinding, formTitle: string | undefined): boolean {
  if (b.element && LICENCE_OWN.has(b.element)) return true;
  if (b.element !== "bizScope") return false;
  const note = /（([^（）]+)）/.exec(normalizeLabel(b.title))?.[1];
  if (note && CATALOGUE_NOTE.test(note)) return true;
  const title = formTitle ? normalizeLabel(formTitle) : "";
  return SECTOR_ACT.test(title) && !BUSINESS_REGISTRATION.test(title);
}

/** Binds every source and makes the merge's field nodes; throws MergeInputError on unusable forms. */
export function bindSources(sources: MergeSource[], opts: MergeOptions, ext: ExtensionIndex): Bound {
  const problems: MergeProblem[] = [];
  const warnings: MergeProblem[] = [];
  const bindings: Record<string, FieldBinding[]> = {};
  const parties: Bound["parties"] = new Map();
  const audiences: Bound["audiences"] = new Map();
  const nodes: Node[] = [];
  sources.forEach((s, src) => {
    const bound = bindForm(s.form, { audience: s.audience ?? opts.audience, title: s.title, extensions: ext });
    const tables = tableSignatures(bound.leaves);
    for (const e of bound.errors) problems.push({ item: s.id, pointer: e.pointer, message: e.message });
    for (const w of bound.warnings) warnings.push({ item: s.id, pointer: w.pointer, message: w.message });
    const overrides = opts.overrides;
    bindings[s.id] = overrides ? bound.fields.map((b) => applyOverride(b, overrides[`${s.id}#${b.pointer}`])) : bound.fields;
    parties.set(s.id, bound.parties);
    audiences.set(s.id, bound.audience);
    bound.leaves.forEach((leaf, i) => {
      const b = bindings[s.id]![i]!;
      const at = () => `${leaf.path.map((p) => p.key).join("/")}/${leaf.key}|${normalizeLabel(leaf.title ?? leaf.key)}|${String(leaf.schema.type)}`;
      const candidate = !b.table && b.role !== undefined && b.element !== undefined && b.confidence >= CANDIDATE_CONFIDENCE;
      // Table columns merge only as whole identical tables (same place, title and columns), never one by one.
      // A licence's own subject matter (a permit's items) merges only when staff bind it explicitly.
      const own = candidate && isLicenceOwn(b, s.title) && !opts.overrides?.[`${s.id}#${b.pointer}`];
      // A field kind that shapes the value (区划代码, 结构化地址 …) merges only with the same kind.
      const key = b.table ? `table|${tables.get(b.table)}|${at()}` : candidate ? `${b.role}|${b.element}${kindKeySuffix(leaf.schema)}` : `label|${at()}${kindKeySuffix(leaf.schema)}`;
      nodes.push({ idx: nodes.length, src, item: s.id, leaf, binding: b, key, strong: candidate && b.confidence >= AUTO_CONFIDENCE, own });
    });
  });
  if (problems.length) throw new MergeInputError(problems);
  return { sources, nodes, bindings, parties, audiences, warnings };
}
