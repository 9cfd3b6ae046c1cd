// Where a problem is, in words (tryout 10 #3): "事项「社会保障卡申领」· 设定依据" or "表单「代办人 · 姓名」" instead of the
// JSON pointer "/items/1/by_law" — the list still jumps to the place by its pointer; the pointer itself is for the JSON view.
import { escapePointer, parsePointer } from "../../spec/pointer.js";
import type { Json } from "../../spec/common.js";
import type { MessageKey } from "../i18n.js";
import { BASIC, CHANNELS, LIMITS } from "../items/elements.js";
import { fieldPath } from "../designers/common/field-labels.js";
import { TAB_LABELS, tabForPointer } from "./tabs.js";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const text = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);
const ELEMENTS = [...BASIC, ...LIMITS, ...CHANNELS];
const ITEM_TABLES: Record<string, MessageKey> = { materials: "ed.items.materials", charges: "ed.items.charges", steps: "ed.items.steps", qa: "ed.items.qa", form: "ed.items.group.form" };

/** The part of an item a pointer's rest names: an element's label, a table (with the material's name), or nothing. */
function itemPart(item: Json, rest: string[], t: T): string | undefined {
  const [prop, i] = rest;
  if (!prop) return undefined;
  const el = ELEMENTS.find((d) => d.key === prop);
  if (el) return t(el.label);
  const table = ITEM_TABLES[prop];
  if (!table) return undefined;
  const row = i !== undefined ? list(item[prop])[Number(i)] : undefined;
  const rowName = row && text(row.material_name ?? row.name ?? row.q);
  return rowName ? t("ed.place.row", { table: t(table), name: rowName }) : t(table);
}

/** The form field a pointer into /form names (schema pointers, and the keys of rules / provenance / prefill / uiSchema). */
function formPart(form: Json, rest: string[]): string | undefined {
  const [part, ...tail] = rest;
  const schemaPointer = part === "schema" ? "/" + tail.map(escapePointer).join("/") : tail[0];
  if (!schemaPointer || schemaPointer === "/") return undefined;
  return fieldPath(form, schemaPointer) || undefined;
}

/** The words for the place a problem's pointer points to in the bundle draft, in the interface language. */
export function problemPlace(doc: Json, pointer: string, t: T): string {
  const segs = pointer && pointer !== "/" ? parsePointer(pointer) : [];
  const tab = t(TAB_LABELS[tabForPointer(pointer)]);
  const [area, a, b, ...more] = segs;
  if (area === "items" && a !== undefined) {
    const item = list(doc.items)[Number(a)];
    const name = text(item?.task_name) ?? t("ed.items.nth", { n: Number(a) + 1 });
    const part = item && b !== undefined ? itemPart(item, [b, ...more], t) : undefined;
    return part ? t("ed.place.itemPart", { name, part }) : t("ed.place.item", { name });
  }
  if (area === "form" && a !== undefined) {
    const field = formPart(obj(doc.form), [a, ...(b !== undefined ? [b] : []), ...more]);
    return field ? t("ed.place.in", { where: tab, what: field }) : tab;
  }
  const guide = obj(doc.guide);
  if (area === "guide" && a === "questions" && b !== undefined) {
    const title = text(list(guide.questions)[Number(b)]?.title);
    return title ? t("ed.place.in", { where: tab, what: title }) : tab;
  }
  if (area === "guide" && a === "applicability" && b !== undefined) {
    const name = text(list(doc.items).find((it) => it.id === b)?.task_name) ?? b;
    return t("ed.place.in", { where: tab, what: name });
  }
  if (area === "flow" && (a === "nodes" || a === "edges") && b !== undefined) {
    const entry = list(obj(doc.flow)[a])[Number(b)];
    const label = text(entry?.label) ?? text(obj(entry?.data).label);
    return label ? t("ed.place.in", { where: tab, what: label }) : tab;
  }
  return tab;
}
