// Small, exact edits of a merged smart form (schema + uiSchema + rules + provenance + prefill kept in step), for the
// replay of an item upgrade: take a field out, put a field into a section (creating the section as the new merge
// has it when the staff's form has none), find who holds a source field. Everything works on plain JSON copies.
import type { Json } from "../common.js";
import { escapePointer, getAtPointer, parsePointer } from "../pointer.js";

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** "item#pointer", the key of one source field. */
export const refKey = (r: { item: string; pointer: string }): string => `${r.item}#${r.pointer}`;

/** Which merged field (pointer) holds each source field, from a form's provenance. */
export function owners(provenance: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, refs] of Object.entries(obj(provenance))) {
    for (const r of Array.isArray(refs) ? refs : []) out.set(refKey(r as { item: string; pointer: string }), p);
  }
  return out;
}

/** The container (section, group or table row) of a field pointer, and the field's key in it. */
export function splitPointer(pointer: string): { parent: string; key: string } {
  const segs = parsePointer(pointer);
  const key = segs[segs.length - 1] ?? "";
  const parent = segs.slice(0, -2).map(escapePointer).map((s) => `/${s}`).join("");
  return { parent, key };
}

/** The uiSchema path of a schema pointer: "properties" steps dropped, "items" kept (rjsf's shape). */
function uiSegments(pointer: string): string[] {
  const segs = parsePointer(pointer);
  const out: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    if (segs[i] === "properties") { if (i + 1 < segs.length) out.push(segs[++i]!); } else out.push(segs[i]!);
  }
  return out;
}

function uiNode(form: Json, pointer: string, create: boolean): Json | undefined {
  let node = obj(form.uiSchema);
  if (form.uiSchema !== node) { if (!create) return undefined; form.uiSchema = node; }
  for (const seg of uiSegments(pointer)) {
    if (!node[seg] || typeof node[seg] !== "object") { if (!create) return undefined; node[seg] = {}; }
    node = node[seg] as Json;
  }
  return node;
}

/** Removes a field with its ui entry, required mark, rules, prefill and provenance. */
export function removeField(form: Json, pointer: string): void {
  const { parent, key } = splitPointer(pointer);
  const container = obj(getAtPointer(form.schema, parent));
  const props = obj(container.properties);
  delete props[key];
  if (Array.isArray(container.required)) container.required = (container.required as string[]).filter((k) => k !== key);
  const ui = uiNode(form, parent, false);
  if (ui) {
    delete ui[key];
    if (Array.isArray(ui["ui:order"])) ui["ui:order"] = (ui["ui:order"] as string[]).filter((k) => k !== key);
  }
  for (const part of ["rules", "prefill", "provenance"]) {
    const m = obj(form[part]);
    for (const p of Object.keys(m)) if (p === pointer || p.startsWith(pointer + "/")) delete m[p];
  }
}

/** Makes sure a container exists in the form, copying its shape (title, type, without its fields) from `model`. */
export function ensureContainer(form: Json, model: Json, pointer: string): void {
  if (pointer === "" || getAtPointer(form.schema, pointer) !== undefined) return;
  const { parent, key } = splitPointer(pointer);
  ensureContainer(form, model, parent);
  const { properties: _p, required: _r, ...shape } = obj(getAtPointer(model.schema, pointer));
  const holder = obj(getAtPointer(form.schema, parent));
  holder.properties = { ...obj(holder.properties), [key]: { ...shape, type: "object", properties: {} } };
  const ui = uiNode(form, parent, true)!;
  ui["ui:order"] = [...(Array.isArray(ui["ui:order"]) ? (ui["ui:order"] as string[]) : []), key];
}

/** Inserts a field schema into a container under a free key (the wanted one, or with a digit); returns its pointer. */
export function insertField(form: Json, container: string, wanted: string, schema: unknown, required: boolean): string {
  const holder = obj(getAtPointer(form.schema, container));
  const props = obj(holder.properties);
  holder.properties = props;
  let key = wanted;
  for (let n = 2; key in props; n++) key = `${wanted}${n}`;
  props[key] = schema;
  if (required) holder.required = [...(Array.isArray(holder.required) ? (holder.required as string[]) : []), key];
  const ui = uiNode(form, container, true)!;
  if (Array.isArray(ui["ui:order"]) && !(ui["ui:order"] as string[]).includes(key)) {
    const order = ui["ui:order"] as string[];
    const star = order.indexOf("*");
    ui["ui:order"] = star < 0 ? [...order, key] : [...order.slice(0, star), key, ...order.slice(star)];
  }
  return `${container}/properties/${escapePointer(key)}`;
}

/** Whether a field is marked required in its container. */
export function isRequired(schema: unknown, pointer: string): boolean {
  const { parent, key } = splitPointer(pointer);
  const req = obj(getAtPointer(schema, parent)).required;
  return Array.isArray(req) && req.includes(key);
}
