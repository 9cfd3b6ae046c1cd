// Split: the data of a submitted smart form → each item's payload in exactly that item's original shape
// (keys, nesting, tables) and with the item's own wording of a choice (男性 where the merged form says 男), driven by
// the form's provenance. This is what each department receives.
import type { SmartForm, SourceRef } from "../bundle.js";
import { dataPointerOf } from "../form-rules.js";
import { getAtPointer, parsePointer } from "../pointer.js";
import type { Json } from "../common.js";

/** Splits merged data into one payload per source item. Pass the original forms to also create the empty
 *  sections those forms require (a required section whose fields were all left empty). */
export function splitData(
  form: Pick<SmartForm, "provenance">,
  data: Json,
  originals?: Record<string, { schema: unknown }>,
): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [merged, refs] of Object.entries(form.provenance)) {
    const mSegs = parsePointer(dataPointerOf(merged));
    for (const ref of refs) {
      const payload = (out[ref.item] ??= {});
      transfer(data, mSegs, 0, parsePointer(dataPointerOf(ref.pointer)), 0, payload, [], ref.values);
    }
  }
  if (originals) {
    for (const [item, f] of Object.entries(originals)) fillRequiredSections((out[item] ??= {}), f.schema, f.schema, 0);
  }
  return out;
}

/** The refs of a merged field joined into another one whose choices it words differently (`values`: the other's
 *  wording → this field's, from combineSchemas): each ref's own wording is kept, now keyed by the other's words. */
export function rewordRefs(refs: SourceRef[], values: Record<string, string> | undefined): SourceRef[] {
  if (!values) return refs;
  return refs.map((r) => {
    const own = Object.fromEntries(Object.entries(values).map(([merged, mine]) => [merged, r.values?.[mine] ?? mine]).filter(([merged, v]) => merged !== v));
    const { values: _old, ...ref } = r;
    return Object.keys(own).length ? { ...ref, values: own } : ref;
  });
}

/** A merged value in the source's own wording: a choice (or each choice of a multiple choice) it words differently. */
function reword(value: unknown, values: Record<string, string> | undefined): unknown {
  if (!values) return value;
  const one = (v: unknown) => (typeof v === "string" && Object.hasOwn(values, v) ? values[v] : v);
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** Copies the value(s) at merged path mSegs (with "*" for table rows) to source path sSegs, row by row. */
function transfer(node: unknown, mSegs: string[], mi: number, sSegs: string[], si: number, out: Json, prefix: Array<string | number>, values?: Record<string, string>): void {
  let m = mi;
  while (m < mSegs.length && mSegs[m] !== "*") {
    if (node === null || typeof node !== "object") return;
    node = (node as Json)[mSegs[m]!];
    m++;
  }
  if (node === undefined) return;
  const path = [...prefix];
  let s = si;
  while (s < sSegs.length && sSegs[s] !== "*") path.push(sSegs[s++]!);
  if (m === mSegs.length || s === sSegs.length) {
    if (m === mSegs.length && s === sSegs.length) setPath(out, path, reword(structuredClone(node), values));
    return;
  }
  if (!Array.isArray(node)) return;
  const arr = ensureArray(out, path);
  node.forEach((row, i) => {
    if (arr[i] === undefined) arr[i] = {};
    transfer(row, mSegs, m + 1, sSegs, s + 1, out, [...path, i], values);
  });
}

function ensureArray(root: Json, path: Array<string | number>): unknown[] {
  let node: Json | unknown[] = root;
  path.forEach((seg, i) => {
    const last = i === path.length - 1;
    const cur = (node as Json)[seg as string];
    if (cur === undefined || cur === null || typeof cur !== "object") (node as Json)[seg as string] = last ? [] : typeof path[i + 1] === "number" ? [] : {};
    node = (node as Json)[seg as string] as Json;
  });
  return node as unknown as unknown[];
}

function setPath(root: Json, path: Array<string | number>, value: unknown): void {
  let node: Json = root;
  path.slice(0, -1).forEach((seg, i) => {
    const cur = node[seg as string];
    if (cur === undefined || cur === null || typeof cur !== "object") node[seg as string] = typeof path[i + 1] === "number" ? [] : {};
    node = node[seg as string] as Json;
  });
  node[path[path.length - 1] as string] = value;
}

function fillRequiredSections(payload: unknown, schema: unknown, root: unknown, depth: number): void {
  if (depth > 32 || !schema || typeof schema !== "object" || !payload || typeof payload !== "object") return;
  let s = schema as Json;
  for (let hops = 0; typeof s.$ref === "string" && s.$ref.startsWith("#") && hops < 16; hops++) s = (getAtPointer(root, decodeURIComponent(s.$ref.slice(1))) ?? {}) as Json;
  if (Array.isArray(payload)) return payload.forEach((row) => fillRequiredSections(row, s.items, root, depth + 1));
  const props = (s.properties ?? {}) as Json;
  const required = Array.isArray(s.required) ? (s.required as string[]) : [];
  for (const [key, sub] of Object.entries(props)) {
    const p = payload as Json;
    let subSchema = sub as Json;
    for (let hops = 0; subSchema && typeof subSchema.$ref === "string" && hops < 16; hops++) subSchema = (getAtPointer(root, decodeURIComponent((subSchema.$ref as string).slice(1))) ?? {}) as Json;
    if (p[key] === undefined && required.includes(key) && subSchema && (subSchema.type === "object" || subSchema.properties)) p[key] = {};
    if (p[key] !== undefined) fillRequiredSections(p[key], subSchema, root, depth + 1);
  }
}
