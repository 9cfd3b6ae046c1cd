// The item catalogue's storage: one row per item holding its editable draft (search columns mirror it) and numbered
// immutable published versions. Every function takes a Queryable, so callers (routes, the seed, the bulk import)
// compose them inside one transaction: all of a request is written or none of it.
import { sql } from "drizzle-orm";
import type { Item } from "../../spec/item.js";
import { checkPublishable, draftColumns, ItemDraftSchema, type ItemDraft, type ItemOrigin, type ItemVersionSummary } from "../../spec/catalogue/record.js";
import { toPointer } from "../../spec/pointer.js";
import { searchText } from "../../spec/catalogue/search.js";
import { isUniqueViolation, type Queryable } from "../db/database.js";
import { badRequest, conflict, HttpError, notFound, THE, type BilingualProblem } from "../errors.js";
import { fromJson, iso } from "../util.js";
import { say, type Bilingual } from "../messages.js";
import { issueMessage } from "../../spec/issue-messages.js";
import { assertFileRefs } from "./material-files.js";

/** A catalogue row as stored. */
export interface ItemRow {
  id: string; code: string | null; department: string; name: string; name_initials: string; search_text: string; dept_name: string;
  task_type: string | null; serve_type: string; online_level: string | null; cross_scope: string | null; has_form: number;
  origin: ItemOrigin; draft: string; draft_updated_at: string; draft_updated_by: string; latest_version: number | null; created_at: string;
}

/** Who writes: the display name recorded with the change. */
export interface WriteContext { by: string; now: Date }

/** Ids the item routes use as path words, so no item may take them. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(["import", "export", "import-template"]);

/** Why a reserved id cannot be an item's. */
export function reservedIdProblem(id: string): Bilingual {
  return say(`「${id}」是保留字，不能作为事项标识`, `"${id}" is a reserved word and cannot be an item id`);
}

/** "Version n was just published by someone else" (two writers racing). */
const publishedConcurrently = (version: number) => say(`版本 ${version} 刚被他人发布，请刷新后重试`, `Version ${version} was just published by someone else: reload and try again`);

/** Counts a change of the catalogue (every write here calls it, in the writing transaction; a bulk writer elsewhere must too). */
export async function bumpRevision(q: Queryable): Promise<void> {
  await q.run(sql`INSERT INTO catalogue_revision (id, rev) VALUES ('catalogue', 1) ON CONFLICT (id) DO UPDATE SET rev = catalogue_revision.rev + 1`);
}

/** One catalogue row, or undefined. */
export async function getItemRow(q: Queryable, id: string): Promise<ItemRow | undefined> {
  const r = await q.get<ItemRow>(sql`SELECT * FROM catalogue_items WHERE id = ${id}`);
  return r && normalise(r);
}

/** The catalogue row holding an 实施编码 (re-import updates by code), or undefined. */
export async function findByCode(q: Queryable, code: string): Promise<ItemRow | undefined> {
  const r = await q.get<ItemRow>(sql`SELECT * FROM catalogue_items WHERE code = ${code.trim()}`);
  return r && normalise(r);
}

function normalise(r: ItemRow): ItemRow {
  return { ...r, has_form: Number(r.has_form), latest_version: r.latest_version === null ? null : Number(r.latest_version) };
}

/** The draft of a row, parsed. */
export function rowDraft(r: ItemRow): ItemDraft {
  return fromJson<ItemDraft>(r.draft);
}

/** Checks a draft's shape; 400 listing every problem with its pointer. */
export function parseDraft(raw: unknown, at = ""): ItemDraft {
  const parsed = ItemDraftSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ pointer: at + toPointer(i.path as Array<string | number>), message: issueMessage(i, raw) }));
    throw badRequest("invalid_request", say("事项草稿不合法", "The item draft is not valid"), problems);
  }
  const draft = parsed.data as ItemDraft;
  if (RESERVED_IDS.has(draft.id)) throw badRequest("invalid_request", say("事项标识不可用", "This item id cannot be used"), [{ pointer: `${at}/id`, message: reservedIdProblem(draft.id) }]);
  return draft;
}

/** The registry name of a department, or a 400 naming the pointer when there is no such department. */
export async function departmentName(q: Queryable, department: string, pointer = "/department"): Promise<string> {
  const r = await q.get<{ name: string }>(sql`SELECT name FROM departments WHERE id = ${department}`);
  if (!r) {
    throw badRequest("invalid_request", say("实施主体不存在", "The implementing department does not exist"), [
      { pointer, message: say(`部门「${department}」不在部门名录中`, `Department "${department}" is not in the department registry`) },
    ]);
  }
  return r.name;
}

async function codeHolder(q: Queryable, code: string | null, exceptId: string): Promise<BilingualProblem | undefined> {
  if (!code) return undefined;
  const other = await findByCode(q, code);
  return other && other.id !== exceptId ? { pointer: "/task_code", message: say(`实施编码「${code}」已被事项「${other.name}」（${other.id}）使用`, `Implementation code "${code}" is already used by item "${other.name}" (${other.id})`) } : undefined;
}

/** Fills the department's registry name when the draft has none (the element 实施主体名称). */
async function completed(q: Queryable, draft: ItemDraft): Promise<{ draft: ItemDraft; deptName: string }> {
  const registryName = await departmentName(q, draft.department);
  const own = typeof draft.dept_name === "string" && draft.dept_name.trim() ? draft.dept_name.trim() : undefined;
  return { draft: own ? draft : { ...draft, dept_name: registryName }, deptName: own ?? registryName };
}

/** Creates an item with its first draft; 409 when the id or the 实施编码 is taken. */
export async function createDraft(q: Queryable, raw: ItemDraft, origin: ItemOrigin, w: WriteContext): Promise<ItemRow> {
  const { draft, deptName } = await completed(q, parseDraft(raw));
  const c = draftColumns(draft);
  await assertFileRefs(q, undefined, draft);
  if (await getItemRow(q, draft.id)) {
    const taken = say(`事项标识「${draft.id}」已存在`, `Item id "${draft.id}" already exists`);
    throw new HttpError(409, "conflict", taken, [{ pointer: "/id", message: taken }]);
  }
  const taken = await codeHolder(q, c.code, draft.id);
  if (taken) throw new HttpError(409, "conflict", taken.message, [taken]);
  try {
    await q.run(sql`INSERT INTO catalogue_items (id, code, department, name, name_initials, search_text, dept_name, task_type, serve_type, online_level,
      cross_scope, has_form, origin, draft, draft_updated_at, draft_updated_by, latest_version, created_at)
      VALUES (${draft.id}, ${c.code}, ${c.department}, ${c.name}, ${c.nameInitials}, ${searchText(c.name, c.code, deptName, c.nameInitials)}, ${deptName}, ${c.taskType}, ${JSON.stringify(c.serveType)},
      ${c.onlineLevel}, ${c.crossScope}, ${c.hasForm ? 1 : 0}, ${origin}, ${JSON.stringify(draft)}, ${iso(w.now)}, ${w.by}, ${null}, ${iso(w.now)})`);
  } catch (err) {
    if (isUniqueViolation(err)) throw new HttpError(409, "conflict", say(`事项「${draft.id}」或其实施编码刚被他人创建`, `Item "${draft.id}" or its implementation code was just created by someone else`));
    throw err;
  }
  await bumpRevision(q);
  return (await getItemRow(q, draft.id))!;
}

/** Inserts many new items at once (200 a statement), each with its draft already checked and its department's name;
 * rows whose id or 实施编码 exists are skipped. Returns how many were inserted (the seed and bulk imports use it). */
export async function insertDrafts(q: Queryable, rows: Array<{ draft: ItemDraft; deptName: string }>, origin: ItemOrigin, w: WriteContext): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map(({ draft, deptName }) => {
      const c = draftColumns(draft);
      return sql`(${draft.id}, ${c.code}, ${c.department}, ${c.name}, ${c.nameInitials}, ${searchText(c.name, c.code, deptName, c.nameInitials)}, ${deptName}, ${c.taskType}, ${JSON.stringify(c.serveType)}, ${c.onlineLevel},
        ${c.crossScope}, ${c.hasForm ? 1 : 0}, ${origin}, ${JSON.stringify(draft)}, ${iso(w.now)}, ${w.by}, ${null}, ${iso(w.now)})`;
    });
    added += await q.run(sql`INSERT INTO catalogue_items (id, code, department, name, name_initials, search_text, dept_name, task_type, serve_type, online_level,
      cross_scope, has_form, origin, draft, draft_updated_at, draft_updated_by, latest_version, created_at) VALUES ${sql.join(values, sql`, `)} ON CONFLICT DO NOTHING`);
  }
  if (added) await bumpRevision(q);
  return added;
}

/** Replaces an item's draft (its id stays); 404 unknown, 400 a changed id, 409 a 实施编码 another item holds. */
export async function saveDraft(q: Queryable, id: string, raw: ItemDraft, w: WriteContext): Promise<ItemRow> {
  const row = await getItemRow(q, id);
  if (!row) throw notFound(THE.item);
  const parsed = parseDraft(raw);
  if (parsed.id !== id) {
    throw badRequest("invalid_request", say("不能修改事项标识", "An item's id cannot change"), [
      { pointer: "/id", message: say(`事项标识应为「${id}」，不能改为「${parsed.id}」`, `The item id must stay "${id}", not "${parsed.id}"`) },
    ]);
  }
  const { draft, deptName } = await completed(q, parsed);
  const c = draftColumns(draft);
  await assertFileRefs(q, id, draft);
  const taken = await codeHolder(q, c.code, id);
  if (taken) throw new HttpError(409, "conflict", taken.message, [taken]);
  await writeDraft(q, id, draft, deptName, w);
  await bumpRevision(q);
  return (await getItemRow(q, id))!;
}

/** Writes a checked, completed draft and its search columns over an existing row (saveDraft and the bulk import);
 * 409 when its 实施编码 was taken meanwhile. The caller bumps the revision. */
export async function writeDraft(q: Queryable, id: string, draft: ItemDraft, deptName: string, w: WriteContext): Promise<void> {
  const c = draftColumns(draft);
  try {
    await q.run(sql`UPDATE catalogue_items SET code = ${c.code}, department = ${c.department}, name = ${c.name}, name_initials = ${c.nameInitials}, search_text = ${searchText(c.name, c.code, deptName, c.nameInitials)},
      dept_name = ${deptName}, task_type = ${c.taskType}, serve_type = ${JSON.stringify(c.serveType)}, online_level = ${c.onlineLevel},
      cross_scope = ${c.crossScope}, has_form = ${c.hasForm ? 1 : 0}, draft = ${JSON.stringify(draft)}, draft_updated_at = ${iso(w.now)},
      draft_updated_by = ${w.by} WHERE id = ${id}`);
  } catch (err) {
    if (isUniqueViolation(err)) throw new HttpError(409, "conflict", say(`实施编码「${c.code}」刚被其他事项使用`, `the implementation code "${c.code}" was just taken by another item`));
    throw err;
  }
}

/** Writes many checked, completed drafts over existing rows, 200 a statement (the bulk import's new drafts); 409 when
 * a 实施编码 was taken meanwhile. The caller bumps the revision. */
export async function writeDrafts(q: Queryable, rows: Array<{ id: string; draft: ItemDraft; deptName: string }>, w: WriteContext): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map(({ id, draft, deptName }) => {
      const c = draftColumns(draft);
      return sql`(${id}, ${c.code}, ${c.department}, ${c.name}, ${c.nameInitials}, ${searchText(c.name, c.code, deptName, c.nameInitials)}, ${deptName}, ${c.taskType},
        ${JSON.stringify(c.serveType)}, ${c.onlineLevel}, ${c.crossScope}, ${c.hasForm ? "1" : "0"}, ${JSON.stringify(draft)})`;
    });
    try {
      // VALUES columns are column1, column2, … on both dialects
      await q.run(sql`UPDATE catalogue_items SET code = v.column2, department = v.column3, name = v.column4, name_initials = v.column5, search_text = v.column6,
        dept_name = v.column7, task_type = v.column8, serve_type = v.column9, online_level = v.column10, cross_scope = v.column11,
        has_form = CAST(v.column12 AS INTEGER), draft = v.column13, draft_updated_at = ${iso(w.now)}, draft_updated_by = ${w.by}
        FROM (VALUES ${sql.join(values, sql`, `)}) AS v WHERE catalogue_items.id = v.column1`);
    } catch (err) {
      if (isUniqueViolation(err)) throw new HttpError(409, "conflict", say("导入期间有其他事项用了文件中的实施编码，未导入任何内容，请重试", "another item took one of the file's implementation codes meanwhile; nothing was imported, try again"));
      throw err;
    }
  }
}

/** Publishes an item's draft as its next immutable version; 400 lists every missing or wrong element by pointer. */
export async function publishItem(q: Queryable, id: string, changeSummary: string, w: WriteContext): Promise<{ version: number; publishedAt: string; item: Item }> {
  const row = await getItemRow(q, id);
  if (!row) throw notFound(THE.item);
  const version = (row.latest_version ?? 0) + 1;
  const checked = checkPublishable(rowDraft(row), version);
  if (!checked.ok) {
    const n = checked.problems.length;
    throw badRequest("invalid_spec", say(`事项「${row.name}」还不能发布：缺少或填错了 ${n} 项要素`, `Item "${row.name}" cannot be published yet: ${n} ${n === 1 ? "element is" : "elements are"} missing or wrong`), checked.problems);
  }
  const item = checked.item;
  if (row.latest_version !== null) {
    const latest = await getVersion(q, id, row.latest_version);
    if (latest && JSON.stringify({ ...latest.spec, version: 0 }) === JSON.stringify({ ...item, version: 0 })) {
      throw conflict(say(`草稿与已发布的版本 ${row.latest_version} 相同，无需发布`, `The draft is the same as published version ${row.latest_version}: there is nothing to publish`), ["edit"]);
    }
  }
  const initials = row.name_initials;
  try {
    await q.run(sql`INSERT INTO catalogue_item_versions (item_id, version, spec, name, name_initials, search_text, code, department, dept_name, task_type, published_at, published_by, change_summary)
      VALUES (${id}, ${version}, ${JSON.stringify(item)}, ${item.task_name}, ${initials}, ${searchText(item.task_name, item.task_code ?? null, item.dept_name, initials)},
      ${item.task_code ?? null}, ${item.department}, ${item.dept_name}, ${item.task_type},
      ${iso(w.now)}, ${w.by}, ${changeSummary})`);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(publishedConcurrently(version), ["reload"]);
    throw err;
  }
  const n = await q.run(sql`UPDATE catalogue_items SET latest_version = ${version} WHERE id = ${id} AND (latest_version IS NULL OR latest_version < ${version})`);
  if (n !== 1) throw conflict(publishedConcurrently(version), ["reload"]);
  await bumpRevision(q);
  return { version, publishedAt: iso(w.now), item };
}

/** The published versions of an item, newest first. */
export async function listItemVersions(q: Queryable, id: string): Promise<ItemVersionSummary[]> {
  const rows = await q.all<{ version: number; published_at: string; published_by: string; change_summary: string }>(
    sql`SELECT version, published_at, published_by, change_summary FROM catalogue_item_versions WHERE item_id = ${id} ORDER BY version DESC`);
  return rows.map((r) => ({ version: Number(r.version), publishedAt: r.published_at, publishedBy: r.published_by, changeSummary: r.change_summary }));
}

/** One published version with its full item document. */
export interface StoredVersion extends ItemVersionSummary { id: string; spec: Item }

/** One exact published version, or undefined. */
export async function getVersion(q: Queryable, id: string, version: number): Promise<StoredVersion | undefined> {
  const r = await q.get<{ version: number; spec: string; published_at: string; published_by: string; change_summary: string }>(
    sql`SELECT version, spec, published_at, published_by, change_summary FROM catalogue_item_versions WHERE item_id = ${id} AND version = ${version}`);
  if (!r) return undefined;
  return { id, version: Number(r.version), spec: fromJson<Item>(r.spec), publishedAt: r.published_at, publishedBy: r.published_by, changeSummary: r.change_summary };
}

/** Deletes an item with its published versions (the caller has made sure no one-thing holds it); false when missing. */
export async function deleteItem(q: Queryable, id: string): Promise<boolean> {
  await q.run(sql`DELETE FROM catalogue_item_versions WHERE item_id = ${id}`);
  const n = await q.run(sql`DELETE FROM catalogue_items WHERE id = ${id}`);
  if (n > 0) await bumpRevision(q);
  return n > 0;
}
