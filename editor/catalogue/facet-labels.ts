// Words for the values the catalogue's facets count: department and one-thing names from the list's own labels,
// the national code lists through the apps' typed dictionary, origins and 有无表单 in the editor's strings.
import type { CatalogueListView } from "../../spec/catalogue/api.js";
import type { Facet } from "../../spec/catalogue/search.js";
import { codeLabel } from "../../runtime/shared/codes.js";
import { translate } from "../../runtime/shared/i18n.js";

/** Chinese names of item origins (the editor translates them). */
export const ORIGIN_NAMES: Record<string, string> = { template: "内置模板", "seed-district": "区县清单（无表单）", import: "批量导入", editor: "在编辑器中新建" };

/** The Chinese heading of each facet (translated by the editor's hook). */
export const FACET_TITLES: Record<Facet, string> = {
  department: "部门", task_type: "事项类型", serve_type: "服务对象", online_level: "网上办理深度", cross_scope: "通办范围",
  hasForm: "有无表单", usedBy: "所属一件事", origin: "来源",
};

/** The label of one facet value; why: the facet lists, the active-filter chips and the result rows say the same. */
export function facetValueLabel(facet: Facet, value: string, labels: CatalogueListView["labels"] | undefined, ed: (zh: string) => string): string {
  const t = (k: Parameters<typeof translate>[0]) => translate(k);
  switch (facet) {
    case "department": return labels?.department[value] ?? value;
    case "usedBy": return labels?.usedBy[value] ?? value;
    case "hasForm": return ed(value === "1" ? "有表单" : "无表单");
    case "origin": return ed(ORIGIN_NAMES[value] ?? value);
    case "task_type": return codeLabel(t, "task_type", value);
    case "serve_type": return codeLabel(t, "serve_type", value);
    case "online_level": return codeLabel(t, "online_level", value);
    case "cross_scope": return codeLabel(t, "cross_scope", value);
  }
}
