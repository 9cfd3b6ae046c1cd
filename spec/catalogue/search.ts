// The catalogue search query (一张清单检索): text over name, 实施编码, department name and the pinyin initials of the
// name, filters by element, and page numbers. Parsed and checked here so the server and the editor agree on every
// parameter; a bad one is a problem naming it. Facet counts are computed from grouped rows by facetCounts().
import { say, type Bilingual } from "../bilingual.js";
import { ITEM_ORIGINS, type ItemOrigin } from "./record.js";

export { nameInitials } from "./pinyin.js";

/** Filter values of each code-list element (GB/T 39046 code sets). */
export const FILTER_VALUES = {
  task_type: ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "20"],
  serve_type: ["1", "2", "3", "4", "5", "6", "9"],
  online_level: ["一级", "二级", "三级", "四级"],
  cross_scope: ["全国", "跨省", "跨市", "跨县", "无"],
} as const;

/** Sort orders of the list: by name in pinyin order (default), by 实施编码, by last draft change (newest first). */
export const SORTS = ["name", "code", "updated"] as const;
export type CatalogueSort = (typeof SORTS)[number];

/** Most rows one page returns. */
export const MAX_PAGE_SIZE = 100;
/** Rows a page has when pageSize is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Longest text query, in characters. */
export const MAX_QUERY_LENGTH = 100;

/** A checked catalogue query. Within a filter the values are alternatives; filters combine with AND. */
export interface CatalogueQuery {
  /** The text as typed (trimmed) and its terms: every term must match name, code, department name or initials. */
  q: string;
  terms: string[];
  department: string[];
  task_type: string[];
  serve_type: string[];
  online_level: string[];
  cross_scope: string[];
  origin: ItemOrigin[];
  hasForm?: boolean;
  published?: boolean;
  /** Key of a one-thing: only the items its draft or latest published version uses. */
  usedBy?: string;
  sort: CatalogueSort;
  page: number;
  pageSize: number;
}

/** A parameter the query refuses, with its pointer (/<parameter name>) and why, in both languages (the English names the parameter). */
export interface QueryProblem { pointer: string; message: Bilingual }

/** The multi-valued filters (repeat the parameter or separate values with commas). */
export const LIST_FILTERS = ["department", "task_type", "serve_type", "online_level", "cross_scope", "origin"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

const KNOWN = new Set<string>(["q", ...LIST_FILTERS, "hasForm", "published", "usedBy", "sort", "page", "pageSize"]);
const ID = /^[a-z][a-z0-9_-]{0,63}$/;
const NAMES: Record<string, string> = {
  q: "关键词", department: "部门", task_type: "事项类型", serve_type: "服务对象", online_level: "网上办理深度", cross_scope: "通办范围",
  origin: "来源", hasForm: "有无表单", published: "是否已发布", usedBy: "所属一件事", sort: "排序", page: "页码", pageSize: "每页条数",
};

/** The one lower-case text a term is looked for in: name, 实施编码, department name and pinyin initials, kept apart by a
 * control character no term contains (so a term never matches across two of them). */
export function searchText(name: string, code: string | null, deptName: string, initials: string): string {
  return [name, code ?? "", deptName, initials].join("\u0001").toLowerCase();
}

/** Splits a text query into terms (spaces, full-width spaces and commas separate them), lower case, duplicates removed. */
export function queryTerms(q: string): string[] {
  return [...new Set(q.toLowerCase().replace(/[\u0000-\u001f]/g, " ").split(/[\s\u3000,，、]+/).filter(Boolean))];
}

function bool(v: string, name: string, problems: QueryProblem[]): boolean | undefined {
  if (["1", "true", "是"].includes(v)) return true;
  if (["0", "false", "否"].includes(v)) return false;
  problems.push({ pointer: `/${name}`, message: say(`${NAMES[name]}「${v}」应为 1 或 0`, `${name} "${v}" must be 1 or 0`) });
  return undefined;
}

function positive(v: string, name: string, max: number, problems: QueryProblem[]): number | undefined {
  const n = Number(v);
  if (/^\d+$/.test(v) && n >= 1 && n <= max) return n;
  problems.push({ pointer: `/${name}`, message: say(`${NAMES[name]}「${v}」应为 1 到 ${max} 之间的整数`, `${name} "${v}" must be a whole number from 1 to ${max}`) });
  return undefined;
}

function listValues(name: ListFilter, raw: string[], problems: QueryProblem[]): string[] {
  const values = [...new Set(raw.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
  const allowed: readonly string[] | undefined = name === "origin" ? ITEM_ORIGINS : name === "department" ? undefined : FILTER_VALUES[name];
  for (const v of values) {
    const ok = allowed ? allowed.includes(v) : ID.test(v);
    if (!ok) problems.push({ pointer: `/${name}`, message: say(`${NAMES[name]}「${v}」不是可选的值${allowed ? `，可选：${allowed.join("、")}` : ""}`, `${name} "${v}" is not a known value${allowed ? `; choose from: ${allowed.join(", ")}` : ""}`) });
  }
  return values;
}

/** Parses query parameters (name, value pairs as URLSearchParams gives them) into a checked query or every problem. */
export function parseCatalogueQuery(params: Iterable<readonly [string, string]>): { ok: true; query: CatalogueQuery } | { ok: false; problems: QueryProblem[] } {
  const all = new Map<string, string[]>();
  for (const [k, v] of params) all.set(k, [...(all.get(k) ?? []), v]);
  const problems: QueryProblem[] = [];
  const one = (name: string): string | undefined => {
    const vs = all.get(name);
    if (vs && vs.length > 1) problems.push({ pointer: `/${name}`, message: say(`${NAMES[name]}只能给一个值`, `${name} takes one value, not ${vs.length}`) });
    const v = vs?.[0]?.trim();
    return v === "" ? undefined : v;
  };
  for (const k of all.keys()) if (!KNOWN.has(k)) problems.push({ pointer: `/${k}`, message: say(`不认识的查询参数「${k}」`, `Unknown query parameter "${k}"`) });
  const q = one("q") ?? "";
  if (q.length > MAX_QUERY_LENGTH) problems.push({ pointer: "/q", message: say(`关键词最多 ${MAX_QUERY_LENGTH} 个字`, `q has at most ${MAX_QUERY_LENGTH} characters`) });
  const lists = Object.fromEntries(LIST_FILTERS.map((f) => [f, listValues(f, all.get(f) ?? [], problems)])) as Record<ListFilter, string[]>;
  const hasFormRaw = one("hasForm"), publishedRaw = one("published"), usedBy = one("usedBy"), sortRaw = one("sort");
  if (usedBy !== undefined && !/^[a-z0-9][a-z0-9_-]{0,63}$/.test(usedBy)) problems.push({ pointer: "/usedBy", message: say(`所属一件事「${usedBy}」不是合法的标识`, `usedBy "${usedBy}" is not a one-thing key`) });
  if (sortRaw !== undefined && !(SORTS as readonly string[]).includes(sortRaw)) problems.push({ pointer: "/sort", message: say(`排序「${sortRaw}」不是可选的值，可选：${SORTS.join("、")}`, `sort "${sortRaw}" is not a known order; choose from: ${SORTS.join(", ")}`) });
  const pageRaw = one("page"), sizeRaw = one("pageSize");
  const page = pageRaw === undefined ? 1 : positive(pageRaw, "page", 100_000, problems);
  const pageSize = sizeRaw === undefined ? DEFAULT_PAGE_SIZE : positive(sizeRaw, "pageSize", MAX_PAGE_SIZE, problems);
  const hasForm = hasFormRaw === undefined ? undefined : bool(hasFormRaw, "hasForm", problems);
  const published = publishedRaw === undefined ? undefined : bool(publishedRaw, "published", problems);
  if (problems.length) return { ok: false, problems };
  const query: CatalogueQuery = {
    q, terms: queryTerms(q), ...lists, origin: lists.origin as ItemOrigin[], sort: (sortRaw as CatalogueSort | undefined) ?? "name", page: page!, pageSize: pageSize!,
  };
  if (hasForm !== undefined) query.hasForm = hasForm;
  if (published !== undefined) query.published = published;
  if (usedBy !== undefined) query.usedBy = usedBy;
  return { ok: true, query };
}

/** The query parameters of a (partial) query, for links and fetches; parseCatalogueQuery reads them back unchanged. */
export function catalogueQueryParams(query: Partial<CatalogueQuery>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (query.q) out.push(["q", query.q]);
  for (const f of LIST_FILTERS) for (const v of query[f] ?? []) out.push([f, v]);
  if (query.hasForm !== undefined) out.push(["hasForm", query.hasForm ? "1" : "0"]);
  if (query.published !== undefined) out.push(["published", query.published ? "1" : "0"]);
  if (query.usedBy) out.push(["usedBy", query.usedBy]);
  if (query.sort && query.sort !== "name") out.push(["sort", query.sort]);
  if (query.page && query.page !== 1) out.push(["page", String(query.page)]);
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) out.push(["pageSize", String(query.pageSize)]);
  return out;
}

/** Rows to skip and to read for a page (page numbers start at 1). */
export function pageWindow(page: number, pageSize: number): { offset: number; limit: number } {
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

/** How many pages a result of `total` rows has (at least 1, so an empty result still has its page 1). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The facets the list shows counts for. */
export const FACETS = ["department", "task_type", "serve_type", "online_level", "cross_scope", "origin", "hasForm", "usedBy"] as const;
export type Facet = (typeof FACETS)[number];

/** A count of catalogue rows sharing every facet value (what the server's GROUP BY returns). */
export interface FacetRow {
  department: string; task_type: string | null; serve_type: string[]; online_level: string | null; cross_scope: string | null;
  origin: string; has_form: boolean; published: boolean;
  /** One-things using these rows (rows used by a one-thing are grouped per item). */
  usedBy: string[];
  count: number;
}

/** One value of a facet and how many items have it under the other filters. */
export interface FacetCount { value: string; count: number }

function matchesFacet(row: FacetRow, query: CatalogueQuery, facet: Facet): boolean {
  switch (facet) {
    case "department": return !query.department.length || query.department.includes(row.department);
    case "task_type": return !query.task_type.length || (row.task_type !== null && query.task_type.includes(row.task_type));
    case "serve_type": return !query.serve_type.length || row.serve_type.some((s) => query.serve_type.includes(s));
    case "online_level": return !query.online_level.length || (row.online_level !== null && query.online_level.includes(row.online_level));
    case "cross_scope": return !query.cross_scope.length || (row.cross_scope !== null && query.cross_scope.includes(row.cross_scope));
    case "origin": return !query.origin.length || query.origin.includes(row.origin as ItemOrigin);
    case "hasForm": return query.hasForm === undefined || row.has_form === query.hasForm;
    case "usedBy": return query.usedBy === undefined || row.usedBy.includes(query.usedBy);
  }
}

/** Whether grouped rows match every filter except `except` (and the published filter, which is not a facet). */
export function rowMatches(row: FacetRow, query: CatalogueQuery, except?: Facet): boolean {
  if (query.published !== undefined && row.published !== query.published) return false;
  return FACETS.every((f) => f === except || matchesFacet(row, query, f));
}

function facetValues(row: FacetRow, facet: Facet): string[] {
  switch (facet) {
    case "serve_type": return row.serve_type;
    case "usedBy": return row.usedBy;
    case "hasForm": return [row.has_form ? "1" : "0"];
    default: { const v = row[facet]; return v === null ? [] : [v]; }
  }
}

/** Facet counts (each facet counted under every other filter, so its other values stay visible) and the total.
 * One pass: a row failing no filter counts for every facet, a row failing exactly one counts for that facet only. */
export function facetCounts(rows: FacetRow[], query: CatalogueQuery): { total: number; facets: Record<Facet, FacetCount[]> } {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const add = (row: FacetRow, facet: Facet) => { for (const v of facetValues(row, facet)) counts[facet].set(v, (counts[facet].get(v) ?? 0) + row.count); };
  let total = 0;
  for (const row of rows) {
    if (query.published !== undefined && row.published !== query.published) continue;
    let failed: Facet | undefined;
    let failures = 0;
    for (const f of FACETS) if (!matchesFacet(row, query, f)) { failed = f; if (++failures > 1) break; }
    if (failures === 0) { total += row.count; for (const f of FACETS) add(row, f); } else if (failures === 1) add(row, failed!);
  }
  const facets = {} as Record<Facet, FacetCount[]>;
  for (const f of FACETS) facets[f] = [...counts[f]].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return { total, facets };
}
