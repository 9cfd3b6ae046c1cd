// Binding: what each field of a form means, as (role, element) — "the legal representative's ID number" —
// with a confidence and a reason staff can read. The role comes from the section (or the label's prefix),
// the element from the label, the format and the type. Only strong bindings are merged automatically.
import { ELEMENT_BY_KEY } from "../dictionary/elements.js";
import { ROLE_BY_KEY } from "../dictionary/roles.js";
import { elementByKey, elementByLabel, elementSuffix, normalizeLabel, roleByKey, roleByTitle, rolePrefix, stripNotes, type Hit } from "./match.js";
import { inspectForm, type FormLeaf, type FormProblem } from "./inspect.js";

/** Confidence at or above which two fields with the same (role, element) are merged without asking. */
export const AUTO_CONFIDENCE = 0.85;
/** Confidence below which a binding is ignored by the merge (the field stays in its item's section). */
export const CANDIDATE_CONFIDENCE = 0.6;

/** One bound field of a form. */
export interface FieldBinding {
  pointer: string;
  title: string;
  role?: string;
  element?: string;
  confidence: number;
  reason: string;
  /** Schema pointer of the table (array) the field is a column of. */
  table?: string;
}

/** Options of bindForm: whose form it is decides the role of un-sectioned fields (企业 vs 个人). */
export interface BindOptions { audience?: "enterprise" | "person" }

/** A form as items and imports carry it. */
export interface FormInput { schema: unknown; uiSchema?: unknown }

/** Result of binding a form: one binding per leaf field, in schema order, and the problems of the form. */
export interface BoundForm { fields: FieldBinding[]; leaves: FormLeaf[]; warnings: FormProblem[]; errors: FormProblem[]; audience: "enterprise" | "person" }

const FORMAT_ELEMENT: Record<string, string> = {
  "cn-idcard": "idNumber", "cn-uscc": "uscc", "cn-mobile": "mobile", "cn-postal-code": "postalCode", "cn-bank-account": "accountNumber",
  "cn-phone": "fixedPhone", "cn-contact-phone": "contactPhone", email: "email", "cn-region-code": "region",
};

const roleLabel = (k: string) => ROLE_BY_KEY.get(k)?.label ?? k;
const elementLabel = (k: string) => ELEMENT_BY_KEY.get(k)?.label ?? k;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Binds every field of a plain JSON Schema form (any keys, Chinese titles, sections, tables). */
export function bindForm(form: FormInput, opts: BindOptions = {}): BoundForm {
  const { leaves, problems } = inspectForm(form?.schema);
  const audience = opts.audience ?? inferAudience(leaves);
  const fields = leaves.map((leaf) => bindLeaf(leaf, audience));
  return {
    fields, leaves, audience,
    warnings: problems.filter((p) => p.severity === "warning"),
    errors: problems.filter((p) => p.severity === "error"),
  };
}

/** An enterprise form names the enterprise (名称 / 统一社会信用代码) outside any person's section. */
function inferAudience(leaves: FormLeaf[]): "enterprise" | "person" {
  for (const leaf of leaves) {
    const hit = leaf.title ? elementByLabel(leaf.title) : undefined;
    if (hit && (hit.key === "entName" || hit.key === "uscc") && !leaf.path.some((s) => s.kind === "array")) return "enterprise";
  }
  return "person";
}

interface Evidence { key: string; weight: number; reason: string }

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

function sectionRole(leaf: FormLeaf): { role?: Evidence; tableWithoutRole: boolean; unknownPerson?: string } {
  for (let i = leaf.path.length - 1; i >= 0; i--) {
    const step = leaf.path[i]!;
    let hit: Hit | undefined;
    let how = "";
    if (step.title) {
      hit = roleByTitle(step.title);
      how = `所在${step.kind === "array" ? "表格" : "分组"}「${step.title}」`;
      if (!hit) {
        const p = rolePrefix(step.title);
        if (p) hit = { ...p.hit, weight: p.hit.weight * 0.9 };
      }
    } else {
      hit = roleByKey(step.key);
      how = `所在分组的键名 "${step.key}"（缺少标题）`;
    }
    if (hit) return { role: { key: hit.key, weight: hit.weight, reason: `角色「${roleLabel(hit.key)}」来自${how}` }, tableWithoutRole: false };
    if (step.kind === "array") return { tableWithoutRole: true };
    // A section named after a person the dictionary does not know (消防安全管理人, 担保人 …) is not the enterprise.
    if (step.title && isUnknownPerson(step.title)) return { tableWithoutRole: true, unknownPerson: step.title };
  }
  return { tableWithoutRole: false };
}

function labelElement(leaf: FormLeaf): { element?: Evidence; role?: Evidence } {
  const title = leaf.title;
  if (title) {
    const exact = elementByLabel(title);
    if (exact) return { element: { key: exact.key, weight: exact.weight, reason: describe(title, exact) } };
    const p = rolePrefix(title);
    if (p) {
      const role: Evidence = { key: p.hit.key, weight: p.hit.weight, reason: `角色「${roleLabel(p.hit.key)}」来自标题前缀「${p.hit.via}」` };
      if (p.rest === "" && ROLE_BY_KEY.get(p.hit.key)?.kind === "person") {
        return { role, element: { key: "name", weight: 0.85, reason: `标题「${title}」只写了角色，指此人的姓名` } };
      }
      const rest = p.rest ? elementByLabel(p.rest) : undefined;
      if (rest) return { role, element: { key: rest.key, weight: rest.weight, reason: describe(p.rest, rest) } };
    }
    const suffix = elementSuffix(title);
    if (suffix) {
      return { element: { key: suffix.key, weight: suffix.weight * 0.75, reason: `数据元「${elementLabel(suffix.key)}」: 标题「${title}」以「${suffix.via}」结尾，前面的词未识别` } };
    }
  }
  const byKey = elementByKey(leaf.key);
  if (byKey) {
    // A key is evidence only when the form gives no title; a title we cannot read outweighs its key.
    const w = title ? 0.4 : byKey.weight;
    return { element: { key: byKey.key, weight: w, reason: `数据元「${elementLabel(byKey.key)}」来自键名 "${leaf.key}"${title ? "（标题未识别）" : "（缺少标题）"}` } };
  }
  return {};
}

function describe(text: string, hit: Hit): string {
  const label = elementLabel(hit.key);
  return hit.via === label || text === label ? `数据元「${label}」: 标题「${text}」` : `数据元「${label}」: 标题「${text}」是其同义词「${hit.via}」`;
}

function typeOf(schema: Record<string, unknown>): string | undefined {
  return typeof schema.type === "string" ? schema.type : undefined;
}

function compatibleTypes(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const norm = (t: string) => (t === "integer" ? "number" : t);
  return norm(a) === norm(b);
}

function bindLeaf(leaf: FormLeaf, audience: "enterprise" | "person"): FieldBinding {
  const title = leaf.title ?? leaf.key;
  let table: string | undefined;
  for (let i = leaf.path.length - 1; i >= 0 && !table; i--) if (leaf.path[i]!.kind === "array") table = leaf.path[i]!.pointer;
  // One object shape for every binding (role, element and table always present, possibly undefined): spreading
  // optional keys made V8 build a new shape per field, the single largest cost of binding a large form.
  const make = (role: string | undefined, element: string | undefined, confidence: number, reason: string): FieldBinding =>
    ({ pointer: leaf.pointer, title, role, element, confidence, reason, table });
  const reasons: string[] = [];
  const found = labelElement(leaf);
  let element = found.element;
  const format = typeof leaf.schema.format === "string" ? leaf.schema.format : undefined;
  const formatElement = format ? FORMAT_ELEMENT[format] : undefined;
  if (!element && formatElement) element = { key: formatElement, weight: 0.8, reason: `数据元「${elementLabel(formatElement)}」来自格式 "${format}"` };
  if (!element) return make(undefined, undefined, 0, `标题「${title}」不是数据字典中的数据元，保留为事项自有字段`);
  reasons.push(element.reason);
  let weight = element.weight;
  if (formatElement && formatElement !== element.key) {
    const related = ELEMENT_BY_KEY.get(element.key)?.related ?? [];
    if (!related.includes(formatElement)) {
      weight *= 0.5;
      reasons.push(`但格式 "${format}" 属于「${elementLabel(formatElement)}」，证据矛盾`);
    }
  } else if (formatElement === element.key) {
    weight = Math.min(1, weight + 0.05);
    reasons.push(`格式 "${format}" 相符`);
  }
  // 经营范围 on a licence is free text; a permit's 经营范围 is a pick-list of that permit's items: never the same datum.
  if (element.key === "bizScope" && (typeOf(leaf.schema) === "array" || Array.isArray(leaf.schema.enum))) {
    element = { ...element, key: "licensedItems" };
    reasons.push("取值是选项清单，是许可证的经营项目，而不是营业执照的经营范围");
  }
  const def = ELEMENT_BY_KEY.get(element.key)!;
  if (!compatibleTypes(typeOf(def.schema), typeOf(leaf.schema))) {
    weight *= 0.5;
    reasons.push(`字段类型 ${String(leaf.schema.type)} 与数据元类型 ${String(def.schema.type)} 不同`);
  }
  const ctx = sectionRole(leaf);
  let role = found.role ?? ctx.role;
  if (found.role && ctx.role && found.role.key !== ctx.role.key) reasons.push(`（标题前缀的角色优先于所在分组的「${roleLabel(ctx.role.key)}」）`);
  if (!role) {
    if (ctx.tableWithoutRole) {
      const where = ctx.unknownPerson ? `所在分组「${ctx.unknownPerson}」是数据字典中没有的人员角色` : "所在表格没有可识别的角色";
      return make(undefined, element.key, 0, `${reasons.join("；")}；但${where}，保留为事项自有字段`);
    }
    role = defaultRole(def.subject, audience);
    if (!role) {
      return make(undefined, element.key, round(weight * 0.5), `${reasons.join("；")}；未找到此人的角色（不在任何人员分组中），不自动合并`);
    }
  }
  const r = ROLE_BY_KEY.get(role.key)!;
  if ((r.kind === "person" && def.subject === "org") || (r.kind === "org" && def.subject === "person")) {
    weight *= 0.5;
    reasons.push(`角色「${r.label}」与数据元的主体不符`);
  }
  reasons.unshift(role.reason);
  return make(role.key, element.key, round(role.weight * weight), reasons.join("；"));
}

function defaultRole(subject: string, audience: "enterprise" | "person"): Evidence | undefined {
  if (subject === "case") return { key: "case", weight: 0.95, reason: "角色「申请事项」: 关于本次申请本身" };
  if (subject === "org") {
    return audience === "enterprise"
      ? { key: "enterprise", weight: 0.95, reason: "角色「企业（单位）信息」: 企业表单中不属于任何人员分组的企业数据元" }
      : { key: "enterprise", weight: 0.6, reason: "角色「企业（单位）信息」: 个人表单中出现的单位数据元，把握不大" };
  }
  if (subject === "any") {
    return audience === "enterprise"
      ? { key: "enterprise", weight: 0.9, reason: "角色「企业（单位）信息」: 企业表单中不属于任何人员分组的字段" }
      : { key: "applicant", weight: 0.65, reason: "角色「申请人」: 个人表单中不属于任何人员分组的字段，推测为申请人" };
  }
  return audience === "person" ? { key: "applicant", weight: 0.65, reason: "角色「申请人」: 个人表单中不属于任何人员分组的字段，推测为申请人" } : undefined;
}
