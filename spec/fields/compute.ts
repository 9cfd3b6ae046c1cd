// Computed and derived values, evaluated by the same code in the browser (as the applicant types) and on the
// server (at submit, where a value the client sent that differs from the rule's is refused with its pointer):
// `x-compute` fields (JSON Logic over {data, answers, row}: totals, concatenations) and 性别 / 出生日期 derived
// from a valid ID number beside them.
import { evaluateExpression, type Condition } from "../conditions.js";
import { labelOf } from "../field-label.js";
import { toPointer } from "../pointer.js";
import { identityFacts } from "./kinds/identity.js";
import { allowedDecimals } from "./kinds/money.js";
import { normaliseKinds } from "./normalise.js";
import { todayInBeijing } from "./today.js";
import { optionsOf, type Json } from "./types.js";

/** One computed target: where (path with "*" for table rows), what computes it. */
interface Target { path: string[]; schema: Json; parent: Json; key: string; kind: "compute" | "identity" }

const plans = new WeakMap<object, Target[]>();

function collect(s: Json, path: string[], out: Target[]): void {
  const props = (s.properties ?? {}) as Record<string, Json>;
  for (const [k, p] of Object.entries(props)) {
    if (!p || typeof p !== "object") continue;
    if (p["x-compute"] !== undefined) out.push({ path: [...path, k], schema: p, parent: s, key: k, kind: "compute" });
    if (p["x-kind"] === "identity") out.push({ path: [...path, k], schema: p, parent: s, key: k, kind: "identity" });
    if (p.type === "object") collect(p, [...path, k], out);
    if (p.type === "array" && p.items && typeof p.items === "object") collect(p.items as Json, [...path, k, "*"], out);
  }
}

/** The computed targets of a (normalised) schema, found once per schema object. */
function planOf(schema: Json): Target[] {
  let plan = plans.get(schema);
  if (!plan) {
    plan = [];
    collect(schema, [], plan);
    // Identity derivations first (a computed field may read the derived birth date), then rules in form order.
    plan.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "identity" ? -1 : 1));
    plans.set(schema, plan);
  }
  return plan;
}

/** Whether a form has anything computed (so callers can skip the work entirely). */
export function hasComputed(schema: object): boolean {
  return planOf(normaliseKinds(schema) as Json).length > 0;
}

/** The concrete objects (with their row, if any) that hold a target's field. */
function holders(data: Json, path: string[]): Array<{ obj: Json; at: string[]; row?: Json }> {
  let level: Array<{ obj: unknown; at: string[]; row?: Json }> = [{ obj: data, at: [] }];
  for (const seg of path.slice(0, -1)) {
    const next: typeof level = [];
    for (const h of level) {
      if (!h.obj || typeof h.obj !== "object") continue;
      if (seg === "*") (Array.isArray(h.obj) ? h.obj : []).forEach((r, i) => next.push({ obj: r, at: [...h.at, String(i)], row: r as Json }));
      else next.push({ obj: (h.obj as Json)[seg], at: [...h.at, seg], row: h.row });
    }
    level = next;
  }
  return level.filter((h): h is { obj: Json; at: string[]; row?: Json } => !!h.obj && typeof h.obj === "object" && !Array.isArray(h.obj));
}

/** Coerces a rule's result to the field's type (numbers rounded to its decimals); undefined = no value. */
function coerce(value: unknown, schema: Json): unknown {
  if (value === null || value === undefined) return undefined;
  switch (schema.type) {
    case "integer": { const n = Number(value); return Number.isFinite(n) ? Math.round(n) : undefined; }
    case "number": {
      const n = Number(value);
      if (!Number.isFinite(n)) return undefined;
      const f = 10 ** allowedDecimals(schema);
      return Math.round(n * f) / f;
    }
    case "boolean": return Boolean(value);
    case "string": return typeof value === "object" ? JSON.stringify(value) : String(value);
    default: return value;
  }
}

/** Copy-on-write writer: objects on the way to a changed value are copied once per apply, the rest is shared. */
class Writer {
  private copied = new Set<unknown>();
  constructor(public root: Json) {}
  /** Sets (or deletes, for undefined) data[at…][key]; returns whether the value changed. */
  set(at: string[], key: string, value: unknown): boolean {
    let node: unknown = this.root;
    for (const seg of at) node = (node as Json)[seg];
    const holder = node as Json;
    if (value === undefined ? !(key in holder) : JSON.stringify(holder[key]) === JSON.stringify(value)) return false;
    if (!this.copied.has(this.root)) { this.root = { ...this.root }; this.copied.add(this.root); }
    let parent: Json | unknown[] = this.root;
    for (const seg of at) {
      const child: unknown = (parent as Json)[seg];
      let copy = child;
      if (!this.copied.has(child)) {
        copy = Array.isArray(child) ? [...child] : { ...(child as Json) };
        this.copied.add(copy);
        (parent as Json)[seg] = copy;
      }
      parent = copy as Json;
    }
    if (value === undefined) delete (parent as Json)[key];
    else (parent as Json)[key] = value;
    return true;
  }
}

/** One pass over the plan; returns whether anything changed. */
function pass(plan: Target[], w: Writer, answers: Json, today: string): boolean {
  let changed = false;
  for (const t of plan) {
    for (const h of holders(w.root, t.path)) {
      if (t.kind === "identity") {
        const facts = identityFacts(t.schema, t.parent, t.key, h.obj, today);
        const o = optionsOf(t.schema);
        if (!facts) continue;
        if (typeof o.sexField === "string") changed = w.set(h.at, o.sexField, facts.sex) || changed;
        if (typeof o.birthDateField === "string") changed = w.set(h.at, o.birthDateField, facts.birthDate) || changed;
      } else {
        const value = coerce(evaluateExpression(t.schema["x-compute"] as Condition, { data: w.root, answers, row: h.row ?? {} }), t.schema);
        changed = w.set(h.at, t.key, value) || changed;
      }
    }
  }
  return changed;
}

/** The data with every computed field and every ID-derived sex / birth date filled in (input not modified; what
 *  did not change is shared, so a keystroke costs the rules, not a copy of the form). */
export function applyComputed<T extends Json>(schema: object, data: T, answers: Json = {}, today = todayInBeijing()): T {
  const plan = planOf(normaliseKinds(schema) as Json);
  if (!plan.length) return data;
  const w = new Writer(data);
  for (let i = 0; i <= plan.length && pass(plan, w, answers, today); i++);
  return w.root as T;
}

/** Fields whose derived value is locked by the current data (a valid 居民身份证 number beside them), as data pointers. */
export function lockedDerivedFields(schema: object, data: Json, today = todayInBeijing()): string[] {
  const plan = planOf(normaliseKinds(schema) as Json).filter((t) => t.kind === "identity");
  const out: string[] = [];
  for (const t of plan) {
    const o = optionsOf(t.schema);
    for (const h of holders(data, t.path)) {
      if (!identityFacts(t.schema, t.parent, t.key, h.obj, today)) continue;
      for (const k of [o.sexField, o.birthDateField]) if (typeof k === "string") out.push(toPointer([...h.at, k]));
    }
  }
  return out;
}

/** One computed value the client sent that differs from what its rule gives. */
export interface ComputedProblem { pointer: string; field: string; message: string; messageEn: string; keyword: "x-compute" }

/** Every computed field whose submitted value differs from the rule's result (the server refuses these). */
export function computedProblems(schema: object, data: Json, answers: Json = {}, today = todayInBeijing()): ComputedProblem[] {
  const normal = normaliseKinds(schema) as Json;
  const plan = planOf(normal).filter((t) => t.kind === "compute");
  if (!plan.length) return [];
  const expected = applyComputed(schema, data, answers, today);
  const out: ComputedProblem[] = [];
  for (const t of plan) {
    for (const h of holders(expected, t.path)) {
      const sent = holders(data, t.path).find((x) => x.at.join("/") === h.at.join("/"))?.obj[t.key];
      const want = h.obj[t.key];
      if (JSON.stringify(sent) === JSON.stringify(want)) continue;
      const path = [...h.at, t.key];
      const field = labelOf(normal, path);
      const label = field.split(" / ").pop();
      out.push({
        pointer: toPointer(path), field, keyword: "x-compute",
        message: want === undefined ? `「${label}」由规则计算，不能填写` : `「${label}」由规则计算，应为 ${JSON.stringify(want)}，提交的是 ${sent === undefined ? "空" : JSON.stringify(sent)}`,
        messageEn: want === undefined ? `"${label}" is computed by a rule and cannot be filled in` : `"${label}" is computed by a rule: it should be ${JSON.stringify(want)}, not ${sent === undefined ? "empty" : JSON.stringify(sent)}`,
      });
    }
  }
  return out;
}
