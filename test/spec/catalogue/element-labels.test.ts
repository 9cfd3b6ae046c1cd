// Problems about an item name its national elements by what people call them — "未填写设定依据" / "Legal basis is not
// filled in" — never by their JSON keys (by_law), and code-list elements read 未选择, wherever the item is validated.
import { describe, expect, it } from "vitest";
import { validateItem } from "../../../spec/spec-validation.js";
import { ITEM_ELEMENT_LABELS } from "../../../spec/catalogue/element-labels.js";

describe("item problems name the element", () => {
  it("by its label in both languages, 未选择 for a code list, and never by its key", () => {
    const r = validateItem({ schemaVersion: 1, kind: "item", id: "x", version: 1, task_name: "测试事项", task_type: "01", department: "samr", dept_name: "市场监管局" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPointer = Object.fromEntries(r.problems.map((p) => [p.pointer, p.message]));
    expect(byPointer["/by_law"]).toEqual({ zh: "未填写设定依据", en: "Legal basis is not filled in" });
    expect(byPointer["/project_type"]).toEqual({ zh: "未选择办件类型", en: "Case type is not chosen" });
    for (const p of r.problems) {
      const key = p.pointer.split("/").pop()!;
      if (ITEM_ELEMENT_LABELS[key]) expect(`${p.message.zh} ${p.message.en}`).not.toContain(key);
    }
  });
});
