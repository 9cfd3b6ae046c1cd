// What an import would do with each item of a file: create it, update its draft (matched by 实施编码, else by
// 事项标识), or leave it (unchanged) — and which items it must refuse: another department's items (a designer imports
// only their own department's), an item moved to another department, an id or code that clashes with the catalogue.
// Reads only; the same plan is shown by a dry run and written by the import, inside its transaction.
import { sql } from "drizzle-orm";
import type { ItemDraft } from "../../../spec/catalogue/record.js";
import type { ImportAction } from "../../../spec/catalogue/import.js";
import type { Queryable } from "../../db/database.js";
import { say, type Bilingual } from "../../messages.js";
import type { User } from "../../store/users.js";
import { fromJson } from "../../util.js";
import { canonicalJson, mergeDraft } from "./merge.js";
import type { FileItem, FoundProblem, ReadFile } from "./read.js";
import { withoutUnknownFiles } from "../material-files.js";

/** One item the import writes (or would write). */
export interface PlannedItem { row: number; id: string; name: string; action: ImportAction; draft: ItemDraft; deptName: string }

/** An existing catalogue row, as much as planning needs. */
interface Existing { id: string; code: string | null; department: string; dept_name: string; draft: string }

/** The catalogue rows holding the file's codes or ids (500 a query). */
async function existingRows(q: Queryable, items: FileItem[]): Promise<{ byCode: Map<string, Existing>; byId: Map<string, Existing> }> {
  const keys = items.filter((i) => i.valid).map((i) => ({ id: String(i.draft.id), code: typeof i.draft.task_code === "string" ? i.draft.task_code.trim() : "" }));
  const byCode = new Map<string, Existing>();
  const byId = new Map<string, Existing>();
  for (let i = 0; i < keys.length; i += 500) {
    const part = keys.slice(i, i + 500);
    const codes = part.map((k) => k.code).filter(Boolean);
    const rows = await q.all<Existing>(sql`SELECT id, code, department, dept_name, draft FROM catalogue_items
      WHERE id IN (${sql.join(part.map((k) => sql`${k.id}`), sql`, `)})${codes.length ? sql` OR code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})` : sql``}`);
    for (const r of rows) {
      byId.set(r.id, r);
      if (r.code) byCode.set(r.code, r);
    }
  }
  return { byCode, byId };
}

/** Whether the user may import an item of `department` (over `existing`, when it updates one); the reason when not. */
function refusal(user: Pick<User, "roles" | "department">, department: string, deptName: (id: string) => string, existing?: Existing): Bilingual | undefined {
  if (user.roles.includes("admin")) return undefined;
  const mine = user.department ?? "";
  if (existing && existing.department !== mine) {
    return say(`该事项属于「${existing.dept_name}」，只有该部门的设计人员或管理员可以修改`, `this item belongs to ${existing.dept_name}: only that department's designers or an admin may change it`);
  }
  if (existing && department !== existing.department) {
    return say(`不能把事项移交给「${deptName(department)}」：实施主体只能由管理员变更`, `the item cannot be moved to ${deptName(department)}: only an admin changes its department`);
  }
  if (department !== mine) {
    return say(`实施主体「${deptName(department)}」不是您的部门「${deptName(mine)}」：您只能导入本部门的事项`, `${deptName(department)} is not your department (${deptName(mine)}): you may import only your own department's items`);
  }
  return undefined;
}

/** Keeps out of the plan the blank forms and samples the catalogue does not hold for their item (a file from another
 * system names bytes this one never stored), each with a warning; an update left the same becomes unchanged. */
async function dropUnknownFiles(q: Queryable, planned: PlannedItem[], befores: Map<string, string>, warn: (p: PlannedItem, found: { pointer: string; message: Bilingual }) => void): Promise<void> {
  for (const p of planned) {
    const { draft, dropped } = await withoutUnknownFiles(q, p.action === "create" ? undefined : p.id, p.draft);
    if (!dropped.length) continue;
    p.draft = draft;
    const before = befores.get(p.id);
    if (before !== undefined) p.action = before === canonicalJson(draft) ? "unchanged" : "update";
    for (const found of dropped) warn(p, found);
  }
}

/** Plans the import of a file's valid items; problems of refused or clashing items are added to the file's. */
export async function planImport(q: Queryable, file: ReadFile, user: Pick<User, "roles" | "department">, deptNames: Map<string, string>, onProgress?: (done: number) => void): Promise<{ planned: PlannedItem[]; problems: FoundProblem[] }> {
  const { byCode, byId } = await existingRows(q, file.items);
  const nameOf = (id: string) => deptNames.get(id) ?? id;
  const problems: FoundProblem[] = [];
  const planned: PlannedItem[] = [];
  const targets = new Map<string, number>();
  const befores = new Map<string, string>();
  const itemSheet = file.format === "xlsx" ? { sheet: file.itemSheet ?? "事项" } : {};
  const at = (it: FileItem, message: Bilingual, refused = false, pointer?: string) => problems.push({
    ...itemSheet, row: it.row, itemRow: it.row, level: "error", message, ...(refused ? { refused } : {}), ...(file.format === "json" ? { pointer: pointer ?? `/items/${it.row - 1}` } : {}),
  });
  file.items.forEach((it, n) => {
    if (n % 500 === 0) onProgress?.(n / file.items.length);
    if (!it.valid) return;
    const d = it.draft;
    const code = typeof d.task_code === "string" ? d.task_code.trim() : undefined;
    const holder = code ? byCode.get(code) : undefined;
    const sameId = byId.get(d.id);
    if (holder && !it.derivedId && holder.id !== d.id) return void at(it, say(`实施编码「${code}」属于事项「${holder.id}」，与本行的事项标识「${d.id}」不一致`, `implementation code "${code}" belongs to item "${holder.id}", not to "${d.id}" as this row says`));
    if (!holder && sameId && it.derivedId) return void at(it, say(`由实施编码生成的事项标识「${d.id}」已被另一事项使用：请填写「事项标识」`, `the id "${d.id}" made from the code is taken by another item: fill in 事项标识`));
    const existing = holder ?? sameId;
    const target = existing?.id ?? d.id;
    if (targets.has(target)) return void at(it, say(`与第 ${targets.get(target)} 行是同一个事项「${target}」`, `the same item "${target}" as row ${targets.get(target)}`));
    targets.set(target, it.row);
    const why = refusal(user, d.department, nameOf, existing);
    if (why) return void at(it, why, true);
    const before = existing ? fromJson<Record<string, unknown>>(existing.draft) : undefined;
    const merged = before && file.covered ? mergeDraft(before, d, file.covered) : { ...d, id: target };
    const deptName = typeof merged.dept_name === "string" && merged.dept_name.trim() ? merged.dept_name.trim() : nameOf(d.department);
    const draft = { ...merged, dept_name: deptName } as ItemDraft;
    const action: ImportAction = !before ? "create" : canonicalJson(before) === canonicalJson(draft) ? "unchanged" : "update";
    planned.push({ row: it.row, id: target, name: draft.task_name, action, draft, deptName });
    if (before) befores.set(target, canonicalJson(before));
  });
  await dropUnknownFiles(q, planned, befores, (p, found) => problems.push({ ...itemSheet, row: p.row, itemRow: p.row, level: "warning", message: found.message, ...(file.format === "json" ? { pointer: `/items/${p.row - 1}${found.pointer}` } : {}) }));
  onProgress?.(1);
  return { planned, problems };
}
