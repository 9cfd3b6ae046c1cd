// Pure edits of the merged smart form the merge studio makes: read it as sections of fields in ui:order,
// move a field (reorder, or regroup into another section, renaming its pointer in provenance, rules and
// prefill), merge the fields a suggestion names into one (constraints combined, provenance united), and build
// the merge sources from the bundle's items.
import { combineSchemas, moveRowInPlace, rewordRefs, type MergeSource } from "../../../spec/merge/index.js";
import { cloneJson } from "../../../spec/binding/inspect.js";
import { escapePointer, parsePointer } from "../../../spec/pointer.js";
import type { SmartForm, SourceRef } from "../../../spec/bundle.js";
import { bundleSources } from "../../../spec/catalogue/replay.js";
import { arr, obj, type Json } from "../common/doc.js";
import { schemaAt } from "../common/variables.js";
import { msgIn } from "../common/lang.js";
import { getLang, translate, type Lang, type MessageKey } from "../../i18n.js";


/** The merge sources of a bundle draft: every item's form, with its pages, order and applicability (one builder,
 *  shared with the server's upgrade replay and the CLI). */
export function mergeSources(doc: Json): MergeSource[] {
  return bundleSources(doc);
}

/** One row of a section: a direct child of the section (a field, or a group/table holding several fields). */
export interface MergedRow { key: string; pointer: string; title: string; description?: string; leaves: string[]; container: boolean }
/** One section of the merged form (a root property). */
export interface MergedSection { key: string; pointer: string; title: string; rows: MergedRow[] }

function ordered(schema: Json, ui: Json): string[] {
  const keys = Object.keys(obj(schema.properties));
  const order = arr<string>(ui["ui:order"]).filter((k) => keys.includes(k));
  return [...order, ...keys.filter((k) => !order.includes(k))];
}

/** The merged form as sections of rows, in ui:order. */
export function mergedSections(form: Json, lang: Lang = "zh-CN"): MergedSection[] {
  const schema = obj(form.schema), ui = obj(form.uiSchema), provenance = obj(form.provenance);
  const leaves = Object.keys(provenance);
  const under = (p: string) => leaves.filter((l) => l === p || l.startsWith(p + "/"));
  const out: MergedSection[] = [];
  const loose: MergedRow[] = [];
  for (const key of ordered(schema, ui)) {
    const s = obj(obj(schema.properties)[key]);
    const pointer = `/properties/${escapePointer(key)}`;
    if (pointer in provenance) { loose.push({ key, pointer, title: String(s.title ?? key), leaves: [pointer], container: false, ...(s.description ? { description: String(s.description) } : {}) }); continue; }
    const rows = ordered(s, obj(ui[key])).map((k) => {
      const cs = obj(obj(s.properties)[k]);
      const p = `${pointer}/properties/${escapePointer(k)}`;
      return { key: k, pointer: p, title: String(cs.title ?? k), leaves: under(p), container: !(p in provenance), ...(cs.description ? { description: String(cs.description) } : {}) };
    });
    out.push({ key, pointer, title: String(s.title ?? key), rows });
  }
  if (loose.length) out.unshift({ key: "", pointer: "", title: translate("ed.merge.section.topLevel", undefined, lang), rows: loose });
  return out;
}

function uiPath(pointer: string): string[] {
  const parts = parsePointer(pointer);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === "properties") { out.push(parts[++i]!); continue; }
    if (parts[i] === "items") out.push("items");
  }
  return out;
}

function updateIn(o: Json, path: string[], fn: (x: Json) => Json | undefined): Json {
  if (!path.length) return fn(o) ?? {};
  const [h, ...rest] = path as [string, ...string[]];
  const next = { ...o };
  const v = updateIn(obj(o[h]), rest, fn);
  if (rest.length === 0 && fn(obj(o[h])) === undefined) delete next[h];
  else next[h] = v;
  return next;
}

/** Moves a row of the merged form (a top-level field, or a direct child of a top-level section) before another row
 *  (`beforeKey`, a key of the target section) or to the end of the same or another top-level section (`toSection`:
 *  "" or "/properties/<key>"). The studio moves exactly as every later merge replays the recorded move: through the
 *  spec's moveRowInPlace, on a copy (a key already taken gets name-2; a field leaving a conditional section keeps its rule). */
export function moveRow(form: Json, fromPointer: string, toSection: string, beforeKey?: string): { form: Json; pointer: string } | { error: string } {
  const from = fromPointer.split("/").slice(1), to = parsePointer(toSection);
  const isRow = (from.length === 2 || (from.length === 4 && from[2] === "properties")) && from[0] === "properties";
  const isSection = to.length === 0 || (to.length === 2 && to[0] === "properties" && obj(obj(obj(form.schema).properties)[to[1]!]).type === "object");
  if (!isRow || !isSection) return { error: translate("ed.merge.err.notARow", { from: fromPointer, to: toSection || "/" }) };
  const copy = cloneJson(form);
  const absent = ["rules", "provenance", "prefill"].filter((k) => copy[k] === undefined);
  for (const k of absent) copy[k] = {};
  const pointer = moveRowInPlace(copy as unknown as SmartForm, fromPointer, to.length ? to[1]! : "", beforeKey !== undefined ? `${toSection}/properties/${escapePointer(beforeKey)}` : undefined);
  for (const k of absent) if (!Object.keys(obj(copy[k])).length) delete copy[k];
  return { form: copy, pointer };
}

/** Moves a whole section up or down in the root ui:order. */
export function moveSection(form: Json, key: string, delta: number): Json {
  const ui = obj(form.uiSchema);
  const order = ordered(obj(form.schema), ui);
  const i = order.indexOf(key), j = i + delta;
  if (i < 0 || j < 0 || j >= order.length) return form;
  [order[i], order[j]] = [order[j]!, order[i]!];
  return { ...form, uiSchema: { ...ui, "ui:order": order } };
}

/** The undo step of a label or help edit, naming the field by where it stays while staff type (its section and key,
 *  never the label being typed): typing in one field is one step, editing the next field's label is its own step. */
export function textEditStep(key: "title" | "description", section: string, field: string): { zh: string; en: string } {
  const step: MessageKey = key === "title" ? "ed.merge.undo.editLabel" : "ed.merge.undo.editHelp";
  return { zh: translate(step, { section, field }, "zh-CN"), en: translate(step, { section, field }, "en") };
}

/** Sets the title or description of the schema node at a pointer. */
export function setSchemaText(form: Json, pointer: string, key: "title" | "description", value: string): Json {
  const parts = parsePointer(pointer);
  const patch = (s: Json, i: number): Json => {
    if (i >= parts.length) { const n = { ...s }; if (value) n[key] = value; else delete n[key]; return n; }
    return { ...s, [parts[i]!]: patch(obj(s[parts[i]!]), i + 1) };
  };
  return { ...form, schema: patch(obj(form.schema), 0) };
}

/** Removes the property at a pointer (and containers left empty), with its ui entries. */
function removeProperty(form: Json, pointer: string): Json {
  const parts = pointer.split("/");
  const key = parsePointer(pointer).at(-1)!;
  const parentPointer = parts.slice(0, -2).join("/");
  const parts2 = parsePointer(parentPointer);
  let emptied = false;
  const patch = (s: Json, i: number): Json => {
    if (i >= parts2.length) {
      const props = { ...obj(s.properties) };
      delete props[key];
      emptied = Object.keys(props).length === 0;
      const req = arr<string>(s.required).filter((k) => k !== key);
      const n: Json = { ...s, properties: props };
      if (req.length) n.required = req; else delete n.required;
      return n;
    }
    return { ...s, [parts2[i]!]: patch(obj(s[parts2[i]!]), i + 1) };
  };
  const upath = uiPath(parentPointer);
  let next: Json = { ...form, schema: patch(obj(form.schema), 0), uiSchema: updateIn(obj(form.uiSchema), upath, (u) => { const n = { ...u }; delete n[key]; if (Array.isArray(u["ui:order"])) n["ui:order"] = arr<string>(u["ui:order"]).filter((k) => k !== key); return n; }) };
  if (emptied && parentPointer) {
    // an emptied table's items object: remove the array; an emptied section: remove it
    const container = parentPointer.endsWith("/items") ? parentPointer.slice(0, -"/items".length) : parentPointer;
    next = removeProperty(next, container);
  }
  return next;
}

const orCond = (a: unknown, b: unknown): unknown => (a === undefined || b === undefined ? undefined : JSON.stringify(a) === JSON.stringify(b) ? a : { or: [a, b] });

/** Merges the merged fields holding these source fields into the first of them (accepting a merge suggestion). */
export function mergeFields(form: Json, refs: Array<{ item: string; pointer: string }>): { form: Json; pointer: string } | { error: string } {
  const provenance = obj(form.provenance) as Record<string, Array<{ item: string; pointer: string }>>;
  const owner = new Map<string, string>();
  for (const [p, rs] of Object.entries(provenance)) for (const r of arr<{ item: string; pointer: string }>(rs)) owner.set(`${r.item}#${r.pointer}`, p);
  const targets = [...new Set(refs.map((r) => owner.get(`${r.item}#${r.pointer}`)).filter((p): p is string => !!p))];
  if (targets.length < 2) return { error: translate("ed.merge.err.alreadyOne") };
  const [keep, ...others] = targets as [string, ...string[]];
  let schema = schemaAt(form.schema, keep) ?? {};
  const reworded = new Map<string, Record<string, string> | undefined>();
  for (const p of others) {
    const c = combineSchemas(schema, schemaAt(form.schema, p) ?? {});
    if (!c.ok) return { error: translate("ed.merge.err.conflict", { reason: msgIn(getLang(), c.conflict) }) };
    schema = c.schema;
    reworded.set(p, c.values);
  }
  const parts = parsePointer(keep);
  const put = (s: Json, i: number): Json => (i >= parts.length ? schema : { ...s, [parts[i]!]: put(obj(s[parts[i]!]), i + 1) });
  let next: Json = { ...form, schema: put(obj(form.schema), 0) };
  const prov = { ...provenance }, rules = { ...obj(form.rules) } as Record<string, Json>, prefill = { ...obj(form.prefill) };
  let rule: Json | undefined = rules[keep];
  for (const p of others) {
    // A field that words the choices differently (男性 for 男) keeps its own wording for the split.
    prov[keep] = [...arr<SourceRef>(prov[keep]), ...rewordRefs(arr<SourceRef>(prov[p]), reworded.get(p))];
    delete prov[p];
    const r = rules[p];
    // the merged field shows when either did (a field without rule always shows)
    const vis = orCond(rule?.visibleIf, r?.visibleIf), req = orCond(rule?.requiredIf, r?.requiredIf);
    rule = vis === undefined && req === undefined ? undefined : { ...(vis !== undefined ? { visibleIf: vis } : {}), ...(req !== undefined ? { requiredIf: req } : {}) };
    delete rules[p];
    if (!(keep in prefill) && p in prefill) prefill[keep] = prefill[p];
    delete prefill[p];
    next = removeProperty(next, p);
  }
  if (rule) rules[keep] = rule; else delete rules[keep];
  return { form: { ...next, provenance: prov, rules, prefill }, pointer: keep };
}

/** Which merged field holds each source field ("item#pointer" → merged pointer). */
export function sourceOwners(form: Json): Map<string, string> {
  const owner = new Map<string, string>();
  for (const [p, rs] of Object.entries(obj(form.provenance))) for (const r of arr<{ item: string; pointer: string }>(rs)) owner.set(`${r.item}#${r.pointer}`, p);
  return owner;
}
