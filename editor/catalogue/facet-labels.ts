// Words for the values the catalogue's facets count: department and one-thing names from the list's own labels,
// the national code lists, origins and 有无表单 through the typed dictionary.
import type { CatalogueListView } from "../../spec/catalogue/api.js";
import type { Facet } from "../../spec/catalogue/search.js";
import { codeLabel } from "../../runtime/shared/codes.js";
import type { MessageKey, translate } from "../i18n.js";

/** The names of item origins. */
export const ORIGIN_NAMES: Record<string, MessageKey> = { template: "ed.catalogue.origin.template", "seed-district": "ed.catalogue.origin.seedDistrict", import: "ed.catalogue.origin.import", editor: "ed.catalogue.origin.editor" };

/** The heading of each facet. */
export const FACET_TITLES: Record<Facet, MessageKey> = {
  department: "ed.catalogue.facet.department", task_type: "ed.element.task_type", serve_type: "ed.audience", online_level: "ed.element.online_level",
  cross_scope: "ed.element.cross_scope", hasForm: "ed.catalogue.facet.hasForm", usedBy: "ed.catalogue.facet.usedBy", origin: "ed.catalogue.facet.origin",
};

/** The label of one facet value; why: the facet lists, the active-filter chips and the result rows say the same. */
export function facetValueLabel(facet: Facet, value: string, labels: CatalogueListView["labels"] | undefined, t: typeof translate): string {
  switch (facet) {
    case "department": return labels?.department[value] ?? value;
    case "usedBy": return labels?.usedBy[value] ?? value;
    case "hasForm": return t(value === "1" ? "ed.catalogue.hasForm" : "ed.catalogue.noForm");
    case "origin": { const k = ORIGIN_NAMES[value]; return k ? t(k) : value; }
    case "task_type": return codeLabel(t, "task_type", value);
    case "serve_type": return codeLabel(t, "serve_type", value);
    case "online_level": return codeLabel(t, "online_level", value);
    case "cross_scope": return codeLabel(t, "cross_scope", value);
  }
}
