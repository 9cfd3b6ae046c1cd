// Pure operations of the form designer on a JSON Schema form: fields addressed by their key path, kept in
// `properties` order; sections are nested objects, tables are arrays of objects. Never mutates its input.
import { ELEMENT_BY_KEY } from "../../spec/dictionary/elements.js";
import { FIELD_KINDS, KIND_BY_NAME, fieldKindOf } from "../../spec/fields/registry.js";

import type { Json } from "../../spec/common.js";
import { escapePointer } from "../../spec/pointer.js";
import { translate, type Lang, type MessageKey } from "../i18n.js";
import type { Localized } from "../../spec/fields/types.js";
export type { Json };
/** Key path of a field from the root: ["applicant", "name"]; for a table's column: ["staff", "name"] too. */
export type FieldPath = string[];

/** Basic field types of the palette, with the dictionary key of their name. */
export const BASIC_TYPES: Array<{ type: string; label: MessageKey }> = (["text", "number", "date", "select", "multi", "file", "table", "section"] as const)
  .map((type) => ({ type, label: `ed.fd.type.${type}` as const }));

/** Field kinds of the palette (spec/fields registry): "kind:<name>" entries, named in both languages. */
export const KIND_TYPES: Array<{ type: string; label: Localized; group: string }> = FIELD_KINDS.map((k) => ({ type: `kind:${k.name}`, label: k.label, group: k.group }));

/** A field kind's new schema with its title, and its parts' (address, date range, signature), in the UI language. */
function titledKind(name: string, schema: Json, lang: Lang): Json {
  const say = (key: string) => translate(key as MessageKey, undefined, lang);
  const parts = schema.properties as Record<string, Json> | undefined;
  return {
    ...schema, title: say(`ed.fd.new.${name}`),
    ...(parts ? { properties: Object.fromEntries(Object.entries(parts).map(([k, p]) => [k, { ...p, title: say(`ed.fd.new.part.${k}`) }])) } : {}),
  };
}

/** The schema a new field of a palette entry starts from ("el:<key>" for a data-dictionary element, "kind:<name>" for a
 *  field kind), titled in the UI language (a dictionary element keeps its Chinese label: the element has no other). */
export function newFieldSchema(kind: string, lang: Lang = "zh-CN"): Json {
  const say = (key: MessageKey) => translate(key, undefined, lang);
  if (kind.startsWith("kind:")) {
    const k = KIND_BY_NAME.get(kind.slice(5));
    if (k) return titledKind(k.name, k.newSchema(), lang);
  }
  if (kind.startsWith("el:")) {
    const el = ELEMENT_BY_KEY.get(kind.slice(3));
    if (el) return { ...structuredClone(el.schema), title: el.label, ...(el.format ? { format: el.format } : {}) };
  }
  switch (kind) {
    case "number": return { type: "number", title: say("ed.fd.type.number") };
    case "date": return { type: "string", format: "date", title: say("ed.fd.type.date") };
    case "select": return { type: "string", title: say("ed.fd.type.select"), enum: [say("ed.fd.new.option1"), say("ed.fd.new.option2")] };
    case "multi": return { type: "array", title: say("ed.fd.type.multi"), items: { type: "string", enum: [say("ed.fd.new.option1"), say("ed.fd.new.option2")] }, uniqueItems: true };
    case "file": return { type: "string", format: "data-url", title: say("ed.fd.type.file") };
    case "table": return { type: "array", title: say("ed.fd.type.table"), items: { type: "object", properties: {} } };
    case "section": return { type: "object", title: say("ed.fd.type.section"), properties: {} };
    default: return { type: "string", title: say("ed.fd.type.text") };
  }
}

/** Whether a field holds other fields the designer edits one by one (section or table). A field kind stored as an
 *  object (address, date range, signature) is ONE field whose parts belong to its widget, never a section. */
export function isContainer(s: Json): boolean {
  const kind = fieldKindOf(s);
  if (kind && kind !== "table") return false;
  return s.type === "object" || (s.type === "array" && !!s.items && (s.items as Json).type === "object");
}

/** The object schema whose properties are the children of a container field (or of the root). */
function childHost(s: Json): Json | undefined {
  if (s.type === "object") return s;
  if (s.type === "array" && s.items && (s.items as Json).type === "object") return s.items as Json;
  return undefined;
}

/** The schema at a path (root for []). */
export function fieldAt(root: Json, path: FieldPath): Json | undefined {
  let at: Json | undefined = root;
  for (const k of path) {
    const host: Json | undefined = at ? childHost(at) : undefined;
    at = host ? ((host.properties as Json | undefined)?.[k] as Json | undefined) : undefined;
  }
  return at;
}

/** Replaces the container at `path` by `fn(host)`, copying the way down. */
function updateHost(root: Json, path: FieldPath, fn: (host: Json) => Json): Json {
  if (!path.length) {
    const host = childHost(root);
    if (!host) return root;
    return host === root ? fn(root) : { ...root, items: fn(host) }; // a table: its columns live in items
  }
  const [head, ...rest] = path;
  const host = childHost(root)!;
  const props = (host.properties as Json) ?? {};
  const child = updateHost(props[head!] as Json, rest, fn);
  const nextHost = { ...host, properties: { ...props, [head!]: child } };
  return root.type === "array" ? { ...root, items: nextHost } : nextHost;
}

/** Children keys of a container, in order. */
export function childKeys(root: Json, path: FieldPath): string[] {
  const s = fieldAt(root, path);
  const host = s ? childHost(s) : undefined;
  return host ? Object.keys((host.properties as Json) ?? {}) : [];
}

/** A key not yet used in a container. */
export function freeKey(root: Json, container: FieldPath, base: string): string {
  const taken = new Set(childKeys(root, container));
  const clean = base.replace(/[^A-Za-z0-9_]/g, "") || "field";
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) if (!taken.has(`${clean}${i}`)) return `${clean}${i}`;
}

/** Inserts a field into a container at a position (end when undefined). */
export function insertField(root: Json, container: FieldPath, key: string, schema: Json, at?: number): Json {
  return updateHost(root, container, (host) => {
    const entries = Object.entries((host.properties as Json) ?? {}).filter(([k]) => k !== key);
    entries.splice(at ?? entries.length, 0, [key, schema]);
    return { ...host, properties: Object.fromEntries(entries) };
  });
}

/** Removes a field (and its required mark). */
export function removeField(root: Json, path: FieldPath): Json {
  const key = path[path.length - 1]!;
  return updateHost(root, path.slice(0, -1), (host) => {
    const props = { ...((host.properties as Json) ?? {}) };
    delete props[key];
    const required = Array.isArray(host.required) ? (host.required as string[]).filter((k) => k !== key) : undefined;
    return { ...host, properties: props, ...(required ? { required } : {}) };
  });
}

/** Moves a field to another position, possibly in another container. */
export function moveField(root: Json, from: FieldPath, toContainer: FieldPath, at: number): Json {
  const schema = fieldAt(root, from);
  const target = fieldAt(root, toContainer);
  if (!schema || !target || !isContainer(target)) return root; // never drop a field into a non-container
  if (toContainer.length >= from.length && from.every((k, i) => toContainer[i] === k)) return root; // into itself
  const wasRequired = isRequired(root, from);
  const key = from[from.length - 1]!;
  const sameContainer = from.length - 1 === toContainer.length && toContainer.every((k, i) => from[i] === k);
  let index = at;
  if (sameContainer && childKeys(root, toContainer).indexOf(key) < at) index--;
  const newKey = sameContainer ? key : freeKey(removeField(root, from), toContainer, key);
  let next = insertField(removeField(root, from), toContainer, newKey, schema, index);
  if (wasRequired) next = setRequired(next, [...toContainer, newKey], true);
  return next;
}

/** Replaces a field's schema. */
export function replaceField(root: Json, path: FieldPath, schema: Json): Json {
  const key = path[path.length - 1]!;
  return updateHost(root, path.slice(0, -1), (host) => ({ ...host, properties: { ...((host.properties as Json) ?? {}), [key]: schema } }));
}

/** Renames a field's key keeping its position and required mark. */
export function renameField(root: Json, path: FieldPath, newKey: string): Json {
  const key = path[path.length - 1]!;
  if (key === newKey || !newKey) return root;
  return updateHost(root, path.slice(0, -1), (host) => {
    const entries = Object.entries((host.properties as Json) ?? {}).map(([k, v]) => [k === key ? newKey : k, v] as const);
    const required = Array.isArray(host.required) ? (host.required as string[]).map((k) => (k === key ? newKey : k)) : undefined;
    return { ...host, properties: Object.fromEntries(entries), ...(required ? { required } : {}) };
  });
}

/** Whether a field is in its container's required list. */
export function isRequired(root: Json, path: FieldPath): boolean {
  const parent = fieldAt(root, path.slice(0, -1));
  const host = parent ? childHost(parent) : undefined;
  return Array.isArray(host?.required) && (host!.required as string[]).includes(path[path.length - 1]!);
}

/** Sets or clears a field's required mark. */
export function setRequired(root: Json, path: FieldPath, on: boolean): Json {
  const key = path[path.length - 1]!;
  return updateHost(root, path.slice(0, -1), (host) => {
    const list = (Array.isArray(host.required) ? (host.required as string[]) : []).filter((k) => k !== key);
    if (on) list.push(key);
    const next = { ...host, required: list };
    if (!list.length) delete (next as Json).required;
    return next;
  });
}

/** The schema JSON pointer of a field path (through table items). */
export function pointerOf(root: Json, path: FieldPath): string {
  let at: Json | undefined = root;
  let p = "";
  for (const k of path) {
    if (at?.type === "array") { p += "/items"; at = at.items as Json; }
    p += `/properties/${escapePointer(k)}`;
    at = (at?.properties as Json | undefined)?.[k] as Json | undefined;
  }
  return p;
}
