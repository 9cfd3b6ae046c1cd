// The workspace's tabs and which tab shows the part of the bundle a JSON pointer points into.

/** Tab ids, in display order. */
export const TABS = ["basic", "items", "merge", "guide", "flow", "json", "preview", "publish"] as const;
export type TabId = (typeof TABS)[number];

/** Chinese tab labels (translated through useEd). */
export const TAB_LABELS: Record<TabId, string> = {
  basic: "基本信息", items: "事项", merge: "表单合并", guide: "情形引导", flow: "审批流程", json: "JSON", preview: "预览", publish: "发布",
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
