// One-things pin catalogue item versions (docs/catalogue.md "One-things pin item versions"). A bundle embeds each
// item document, so a published bundle version stays self-contained and cases keep the version they were filed
// on; an embedded item whose id is a catalogue item is a reference to the version it names, and must be exactly
// that published version: a one-thing's designer uses an item, the owning department changes it in the catalogue.
// A request may also name an item by reference only ({ id, version }): the server puts the published version in.
import { isDeepStrictEqual } from "node:util";
import { sql } from "drizzle-orm";
import type { ItemUpdate } from "../../spec/catalogue/api.js";
import { diffItemVersions } from "../../spec/catalogue/item-diff.js";
import type { Queryable } from "../db/database.js";
import { badRequest, type BilingualProblem } from "../errors.js";
import { say } from "../messages.js";
import { getVersion } from "./store.js";
import { countEn } from "../../spec/bilingual.js";

type Doc = Record<string, unknown>;
const itemsOf = (doc: unknown): Doc[] => {
  const items = (doc as { items?: unknown })?.items;
  return Array.isArray(items) ? (items as Doc[]) : [];
};

interface CatalogueRef { id: string; name: string; department: string; dept_name: string; latest_version: number | null }

/** The catalogue rows of the items a bundle embeds, by id (items the catalogue does not hold are the bundle's own). */
export async function catalogueRows(q: Queryable, doc: unknown): Promise<Map<string, CatalogueRef>> {
  const ids = [...new Set(itemsOf(doc).map((it) => it.id).filter((id): id is string => typeof id === "string"))];
  if (!ids.length) return new Map();
  const rows = await q.all<CatalogueRef>(sql`SELECT id, name, department, dept_name, latest_version FROM catalogue_items WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return new Map(rows.map((r) => [r.id, { ...r, latest_version: r.latest_version === null ? null : Number(r.latest_version) }]));
}

/** Whether an items entry is a bare reference: an id and a version, nothing else. */
const isReference = (it: Doc): boolean => typeof it.id === "string" && Object.keys(it).every((k) => k === "id" || k === "version");

/** Why a bare reference cannot be resolved, naming the item (by its name when the catalogue holds it) and the version. */
function referenceProblem(it: Doc, row: CatalogueRef | undefined): BilingualProblem["message"] | undefined {
  const id = String(it.id);
  const given = it.version;
  if (!row) return say(`事项目录中没有标识为「${id}」的事项，请从目录中选择事项`, `The item catalogue has no item with the id "${id}": choose an item from the catalogue`);
  const latest = row.latest_version;
  const owner = `「${row.dept_name}」`;
  if (latest === null) return say(`事项「${row.name}」（${id}）还没有发布过，不能在一件事中使用；请由${owner}在事项目录中发布后再添加`, `Item "${row.name}" (${id}) has never been published and cannot be used in a one-thing: ${row.dept_name} publishes it in the item catalogue first`);
  if (given === undefined) return undefined;
  if (typeof given !== "number" || !Number.isInteger(given) || given < 1) {
    return say(`事项「${row.name}」的版本应为已发布的版本号（1 至 ${latest} 的整数），收到的是 ${JSON.stringify(given)}`, `The version of item "${row.name}" must be a published version number (a whole number from 1 to ${latest}); got ${JSON.stringify(given)}`);
  }
  if (given > latest) return say(`事项「${row.name}」没有已发布的版本 ${given}，已发布的最新版本是 ${latest}`, `Item "${row.name}" has no published version ${given}; the latest published version is ${latest}`);
  return undefined;
}

/** Replaces bare references ({ id, version }, no version: the newest) by the published item; 400 naming each item and
 *  version that is not in the catalogue, not published or not a version number — nothing is taken on trust. */
export async function resolveReferences(q: Queryable, raw: unknown): Promise<unknown> {
  const items = itemsOf(raw);
  if (!items.some(isReference)) return raw;
  const rows = await catalogueRows(q, raw);
  const problems: BilingualProblem[] = [];
  const resolved: Doc[] = [];
  for (const [i, it] of items.entries()) {
    if (!isReference(it)) { resolved.push(it); continue; }
    const row = rows.get(it.id as string);
    const refused = referenceProblem(it, row);
    const found = refused ? undefined : await getVersion(q, row!.id, typeof it.version === "number" ? it.version : row!.latest_version!);
    if (!found) {
      const pointer = refused && row && row.latest_version !== null && it.version !== undefined ? `/items/${i}/version` : `/items/${i}`;
      problems.push({ pointer, message: refused ?? say(`事项「${row!.name}」没有已发布的版本 ${String(it.version)}`, `Item "${row!.name}" has no published version ${String(it.version)}`) });
    }
    resolved.push(found ? (found.spec as unknown as Doc) : it);
  }
  if (problems.length) throw badRequest("invalid_spec", say(`有 ${problems.length} 个引用的事项不能使用`, `${countEn(problems.length, "referenced item", "referenced items")} cannot be used`), problems);
  return { ...(raw as Doc), items: resolved };
}

/** 400 unless every embedded catalogue item is exactly the published version it pins (listing each one that is not). */
export async function checkPins(q: Queryable, doc: unknown): Promise<void> {
  const problems = await pinProblems(q, doc);
  if (problems.length) throw badRequest("invalid_spec", say(`有 ${problems.length} 个事项与目录中固定的版本不一致`, `${countEn(problems.length, "item", "items")} differ from the pinned catalogue version`), problems);
}

/** Each embedded catalogue item that is not exactly the published version it pins; why: publish lists them with every other problem. */
export async function pinProblems(q: Queryable, doc: unknown): Promise<BilingualProblem[]> {
  const rows = await catalogueRows(q, doc);
  const problems: BilingualProblem[] = [];
  const items = itemsOf(doc);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const row = rows.get(it.id as string);
    if (!row) continue;
    const pinned = await getVersion(q, row.id, Number(it.version));
    if (!pinned) {
      problems.push({ pointer: `/items/${i}/version`, message: say(`事项「${row.name}」在目录中没有已发布的版本 ${String(it.version)}，请选择已发布的版本（最新为 ${row.latest_version ?? "无"}）`, `Item "${row.name}" has no published version ${String(it.version)} in the catalogue (latest: ${row.latest_version ?? "none"})`) });
    } else if (!isDeepStrictEqual(JSON.parse(JSON.stringify(it)), pinned.spec)) {
      problems.push({ pointer: `/items/${i}`, message: say(`事项「${row.name}」固定为目录版本 ${pinned.version}，不能在一件事中修改；请由「${row.dept_name}」在事项目录中修改并发布新版本，再在这里升级`, `Item "${row.name}" is pinned to catalogue version ${pinned.version} and cannot be changed inside a one-thing: ${row.dept_name} changes it in the catalogue and publishes, then you upgrade here`) });
    }
  }
  return problems;
}

/** The pinned items of a bundle document whose catalogue has a newer published version, with what changed since the pin. */
export async function itemUpdates(q: Queryable, doc: unknown): Promise<ItemUpdate[]> {
  const rows = await catalogueRows(q, doc);
  const out: ItemUpdate[] = [];
  for (const it of itemsOf(doc)) {
    const row = rows.get(it.id as string);
    const pinned = Number(it.version);
    if (!row || row.latest_version === null || row.latest_version <= pinned) continue;
    const latest = (await getVersion(q, row.id, row.latest_version))!;
    out.push({
      id: row.id, name: row.name, department: row.department, deptName: row.dept_name, pinned, latest: latest.version,
      publishedAt: latest.publishedAt, publishedBy: latest.publishedBy, changeSummary: latest.changeSummary, diff: diffItemVersions(it, latest.spec),
    });
  }
  return out;
}
