// The catalogue page keeps its whole query (text, filters, page) in the URL, in the very parameters the API reads
// (spec/catalogue/search.ts), so a search can be linked, survives a reload and the back button restores it.
import { catalogueQueryParams, parseCatalogueQuery, type CatalogueQuery, type ListFilter } from "../../spec/catalogue/search.js";

/** The query of the route's parameters; a parameter the API would refuse is dropped rather than shown as an error. */
export function queryFromRoute(params: URLSearchParams): CatalogueQuery {
  const r = parseCatalogueQuery([...params]);
  if (r.ok) return r.query;
  const bad = new Set(r.problems.map((p) => p.pointer.slice(1)));
  const kept = parseCatalogueQuery([...params].filter(([k]) => !bad.has(k)));
  return kept.ok ? kept.query : (parseCatalogueQuery([]) as { ok: true; query: CatalogueQuery }).query;
}

/** The route parameters of a query (page 1 and the default sort left out). */
export function routeParams(query: Partial<CatalogueQuery>): Record<string, string> {
  const out = new URLSearchParams(catalogueQueryParams(query));
  return Object.fromEntries([...new Set(out.keys())].map((k) => [k, out.getAll(k).join(",")]));
}

/** The query with one value of a list filter switched on or off, back on page 1. */
export function toggled(query: CatalogueQuery, facet: ListFilter, value: string): CatalogueQuery {
  const list = query[facet] as string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...query, [facet]: next, page: 1 };
}
