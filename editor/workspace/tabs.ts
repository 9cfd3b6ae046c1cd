// The workspace's tabs and which tab shows the part of the bundle a JSON pointer points into.
import type { MessageKey } from "../i18n.js";

/** Tab ids, in display order. */
export const TABS = ["basic", "items", "merge", "guide", "flow", "json", "preview", "publish"] as const;
export type TabId = (typeof TABS)[number];

/** Tab labels (keys of the typed dictionary). */
export const TAB_LABELS: Record<TabId, MessageKey> = {
  basic: "ed.tab.basic", items: "ed.tab.items", merge: "ed.tab.merge", guide: "ed.tab.guide", flow: "ed.tab.flow", json: "ed.tab.json", preview: "ed.tab.preview", publish: "ed.tab.publish",
};

const BASIC = new Set(["schemaVersion", "kind", "key", "title", "category", "summary", "audience", "lead", "cooperating"]);

/** The tab where the thing at `pointer` is edited visually (the JSON view when none is). */
export function tabForPointer(pointer: string): TabId {
  const first = pointer.split("/")[1] ?? "";
  if (pointer === "" || pointer === "/") return "json";
  if (BASIC.has(first)) return "basic";
  if (first === "items") return "items";
  if (first === "form") return "merge";
  if (first === "guide") return "guide";
  if (first === "flow") return "flow";
  return "json";
}
