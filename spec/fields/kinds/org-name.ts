// 企业名称: length and the words a name may not carry (企业名称登记管理规定 第十一条: words that mislead or
// claim a rank), with the list editable per item; the default list is the common absolute terms.
import { msg, optionsOf, type FieldKind } from "../types.js";

/** Words refused by default in an enterprise name. */
export const DEFAULT_FORBIDDEN = ["国家级", "最高级", "最佳", "第一", "顶级", "独家", "全球领先", "中央", "政府", "人民代表大会"];

export const orgName: FieldKind = {
  name: "orgName",
  label: msg("企业名称", "Enterprise name"),
  group: "身份主体",
  elements: ["entName"],
  newSchema: () => ({ type: "string", title: "企业名称", minLength: 4, maxLength: 50, "x-kind": "orgName", "x-options": { forbidden: DEFAULT_FORBIDDEN } }),
  check(value, schema) {
    if (typeof value !== "string" || value === "") return [];
    const o = optionsOf(schema);
    const list = Array.isArray(o.forbidden) ? (o.forbidden as unknown[]).map(String) : DEFAULT_FORBIDDEN;
    const hit = list.find((w) => w && value.includes(w));
    if (hit) return [{ code: "forbidden", message: msg(`企业名称不能含有「${hit}」`, `The name may not contain "${hit}"`) }];
    if (/[^\u4e00-\u9fa5A-Za-z0-9（）()·]/.test(value)) return [{ code: "charset", message: msg("企业名称只能使用汉字、字母、数字和括号", "Use Chinese characters, letters, digits and brackets only") }];
    return [];
  },
};
