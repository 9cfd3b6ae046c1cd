// Building the merged schema: role sections (one field per (role, element)) and item sections that mirror
// each item's own nesting for its local fields and tables. Keeps pointers, required lists and ui:order.
import type { FormLeaf } from "../binding/inspect.js";
import { escapePointer as escapeSegment } from "../pointer.js";
import type { Json } from "../common.js";

/** Escapes a pointer segment; most keys need no escaping, so skip the regexes then. */
const escapePointer = (k: string): string => (k.includes("~") || k.includes("/") ? escapeSegment(k) : k);

/** A section being built: its schema, its ui node and the pointer of its schema. */
export interface Section { schema: Json; ui: Json; pointer: string }

/** Creates an object section as property `key` of `parent` (or returns the existing one). */
export function ensureSection(parent: Section, key: string, extras: Json, required: boolean, kind: "object" | "array" = "object"): Section {
  const props = (parent.schema.properties ??= {}) as Json;
  const order = (parent.ui["ui:order"] ??= []) as string[];
  const pointer = `${parent.pointer}/properties/${escapePointer(key)}`;
  if (!props[key]) {
    props[key] = kind === "array"
      ? { ...extras, type: "array", items: { type: "object", properties: {} } }
      : { ...extras, type: "object", properties: {} };
    order.push(key);
    parent.ui[key] = kind === "array" ? { items: { "ui:order": [] } } : { "ui:order": [] };
  }
  if (required) addRequired(parent.schema, key);
  const node = props[key] as Json;
  return kind === "array"
    ? { schema: node.items as Json, ui: (parent.ui[key] as Json).items as Json, pointer: `${pointer}/items` }
    : { schema: node, ui: parent.ui[key] as Json, pointer };
}

/** Adds a leaf field to a section; returns its schema pointer. */
export function addField(section: Section, key: string, schema: Json, required: boolean, ui?: Json): string {
  const props = (section.schema.properties ??= {}) as Json;
  props[key] = schema;
  ((section.ui["ui:order"] ??= []) as string[]).push(key);
  if (ui && Object.keys(ui).length) section.ui[key] = ui;
  if (required) addRequired(section.schema, key);
  return `${section.pointer}/properties/${escapePointer(key)}`;
}

/** Marks a property required in an object schema (once). */
export function addRequired(schema: Json, key: string): void {
  const req = (schema.required ??= []) as string[];
  if (!req.includes(key)) req.push(key);
}

/** Places an item-local leaf at its original nesting inside its item's section; returns the merged pointer. */
export function placeLocal(itemSection: Section, leaf: FormLeaf, required: boolean, ui?: Json): string {
  let section = itemSection;
  for (const step of leaf.path) section = ensureSection(section, step.key, step.extras, step.required, step.kind);
  return addField(section, leaf.key, { ...leaf.schema }, required, ui);
}

/** The ui:* options the source's uiSchema gives a leaf (widgets, placeholders), looked up along its path. */
export function leafUi(uiSchema: unknown, leaf: FormLeaf): Json | undefined {
  let node: unknown = uiSchema;
  for (const step of leaf.path) {
    node = node && typeof node === "object" ? (node as Json)[step.key] : undefined;
    if (step.kind === "array") node = node && typeof node === "object" ? (node as Json).items : undefined;
  }
  node = node && typeof node === "object" ? (node as Json)[leaf.key] : undefined;
  if (!node || typeof node !== "object") return undefined;
  const out = Object.fromEntries(Object.entries(node as Json).filter(([k]) => k.startsWith("ui:") && k !== "ui:order"));
  return Object.keys(out).length ? out : undefined;
}
