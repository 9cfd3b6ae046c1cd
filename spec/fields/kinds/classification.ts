// 分类代码 picker: GB/T 4754 国民经济行业分类 (门类 → 大类 → 中类 → 小类, searchable) or a code list the designer
// uploaded; the value is the code, checked against the list (and to be a leaf unless the field allows any level).
import { codeListOf, codePath } from "../code-lists.js";
import { msg, optionsOf, type FieldKind } from "../types.js";

export const classification: FieldKind = {
  name: "classification",
  label: msg("分类代码", "Classification code"),
  group: "选择签名",
  elements: ["industry"],
  newSchema: () => ({ type: "string", title: "行业代码", "x-kind": "classification", "x-options": { list: "gbt4754", leafOnly: true } }),
  check(value, schema) {
    if (typeof value !== "string" || value === "") return [];
    const o = optionsOf(schema);
    const list = codeListOf(o);
    if (!list) return [{ code: "list", message: msg("代码表不存在", "The code list does not exist") }];
    const entry = list.byCode.get(value);
    if (!entry) return [{ code: "unknown", message: msg(`代码 ${value} 不在代码表中，请从列表中选择`, `${value} is not in the code list: choose from the list`) }];
    if (o.leafOnly !== false && list.children.has(entry.code)) return [{ code: "incomplete", message: msg(`请选择到最细一级（「${codePath(list, entry.code).map((e) => e.name).join(" / ")}」下还有分类）`, "Choose down to the most detailed level") }];
    return [];
  },
};

