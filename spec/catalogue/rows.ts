// Catalogue ⇄ spreadsheet rows (pure). A workbook of sheets (rows-columns.ts) becomes item drafts with every
// problem located by sheet, row and column (letter and header), in Chinese and English; drafts become the same
// sheets again, so export → import gives back the same drafts. The server reads/writes .xlsx around these.
import { columnLetter, type Cell, type CellError, type CellResult, readBool, readCode, readCodes, readDayUnitHint, readInt, readJson, readText } from "./rows-cells.js";
import { columnOf, ITEM_SHEET, PARENT, SHEETS, SITUATION_SHEET, type ColumnDef, type SheetDef } from "./rows-columns.js";
import { writeSheets } from "./rows-write.js";
import type { Bilingual } from "../bilingual.js";

export type { Cell } from "./rows-cells.js";
export { SHEETS, ITEM_SHEET, MATERIAL_SHEET, SITUATION_SHEET, CHARGE_SHEET, STEP_SHEET, QA_SHEET, type ColumnDef, type SheetDef } from "./rows-columns.js";
export { CODE_LISTS, codeChoices, columnLetter } from "./rows-cells.js";
export { writeSheets, templateSheets } from "./rows-write.js";

/** One sheet as read from a file: rows[0] is sheet row 1 (the header row). */
export interface SheetData { name: string; rows: Cell[][] }

/** One problem of an import, located in the file. */
export interface RowProblem {
  sheet: string;
  /** 1-based sheet row (the header row is 1) */
  row: number;
  /** column letter (A, B, … AA) and its header, when the problem is in one cell */
  column?: string;
  header?: string;
  message: string;
  messageEn: string;
  /** the item row (事项 sheet) the problem makes invalid; absent for problems of the whole file */
  itemRow?: number;
  level: "error" | "warning";
}

/** An item draft as rows give it: the elements the sheets carry (a superset of the lenient ItemDraft). */
export type RowDraft = { id: string; task_name: string; department: string } & Record<string, unknown>;

/** One item read from the workbook. */
export interface RowItem { draft: RowDraft; row: number; valid: boolean; /** whether 事项标识 was derived, not given */ derivedId: boolean }

/** Departments rows may name (by id or by name). */
export interface RowContext {
  departments: Array<{ id: string; name: string }>;
  /** extra checks of a built draft (the ItemDraft schema), issues by path inside the draft */
  check?: (draft: RowDraft) => Array<{ path: Array<string | number>; message: Bilingual }>;
}

/** What reading a workbook gives: every item (valid or not) and every problem. */
export interface RowsResult { items: RowItem[]; problems: RowProblem[]; /** a problem of the whole file (no 事项 sheet, missing column): nothing can be imported */ fileError: boolean }

interface ReadRow { row: number; values: Record<string, unknown>; dayHints: Record<string, string> }
interface ReadSheet { def: SheetDef; name: string; rows: ReadRow[]; cols: Map<string, number> }

const ERR = (sheet: string, row: number, e: CellError, col?: { i: number; header: string }, itemRow?: number): RowProblem => ({
  sheet, row, message: e.zh, messageEn: e.en, level: "error", ...(col ? { column: columnLetter(col.i), header: col.header } : {}), ...(itemRow !== undefined ? { itemRow } : {}),
});

/** A derived item id from its 实施编码 (lower case, other characters as "-"), used when 事项标识 is empty. */
export function idFromCode(code: string): string {
  const s = ("c-" + code.toLowerCase().replace(/[^a-z0-9_]+/g, "-")).slice(0, 64).replace(/-+$/, "");
  return s;
}

function readCell(col: ColumnDef, v: Cell): CellResult<unknown> {
  switch (col.kind) {
    case "text": return readText(v, col.max);
    case "int": return readInt(v);
    case "bool": return readBool(v);
    case "code": return readCode(col.list!, v);
    case "codes": return readCodes(col.list!, v);
    case "json": return readJson(v);
  }
}

const isBlank = (r: Cell[] | undefined) => !r || r.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
const isNotesRow = (r: Cell[] | undefined) => { const first = r?.find((v) => typeof v === "string" && v.trim() !== ""); return typeof first === "string" && first.trim().startsWith("【"); };

function readSheet(def: SheetDef, data: SheetData, problems: RowProblem[]): ReadSheet | undefined {
  const header = data.rows[0] ?? [];
  const cols = new Map<string, number>();
  header.forEach((h, i) => {
    const text = typeof h === "string" ? h : h === null ? "" : String(h);
    if (!text.trim()) return;
    const col = columnOf(def, text);
    if (!col) return problems.push({ sheet: data.name, row: 1, column: columnLetter(i), header: text, level: "warning", message: `未知的列「${text}」，已忽略`, messageEn: `unknown column "${text}", ignored` });
    if (cols.has(col.key)) return problems.push(ERR(data.name, 1, { zh: `列「${col.header}」重复`, en: `column "${col.header}" appears twice` }, { i, header: text }));
    cols.set(col.key, i);
  });
  const missing = def.columns.filter((col) => col.required && !cols.has(col.key));
  if (missing.length) {
    problems.push(ERR(data.name, 1, { zh: `缺少必需的列：${missing.map((m) => m.header).join("、")}`, en: `missing required columns: ${missing.map((m) => m.header).join(", ")}` }));
    return undefined;
  }
  const rows: ReadRow[] = [];
  for (let r = 1; r < data.rows.length; r++) {
    const cells = data.rows[r];
    if (isBlank(cells) || (r === 1 && isNotesRow(cells))) continue;
    const values: Record<string, unknown> = {};
    const dayHints: Record<string, string> = {};
    for (const col of def.columns) {
      const i = cols.get(col.key);
      if (i === undefined) continue;
      const res = readCell(col, cells![i] ?? null);
      if (!res.ok) { problems.push(ERR(data.name, r + 1, res.error, { i, header: col.header })); continue; }
      if (res.value === undefined) {
        if (col.required) problems.push(ERR(data.name, r + 1, { zh: `「${col.header}」必填`, en: `"${col.header}" is required` }, { i, header: col.header }));
        continue;
      }
      values[col.key] = res.value;
      if (col.kind === "int") { const u = readDayUnitHint(cells![i] ?? null); if (u) dayHints[col.key] = u; }
    }
    rows.push({ row: r + 1, values, dayHints });
  }
  return { def, name: data.name, rows, cols };
}

function setPath(o: Record<string, unknown>, path: string, v: unknown): void {
  const parts = path.split(".");
  let cur = o;
  for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, unknown>;
  cur[parts[parts.length - 1]!] = v;
}

/** Where each part of a draft came from, to locate problems the draft schema finds. */
interface Origin { row: number; children: Record<string, number[]>; situations: Array<{ row: number; children: Record<string, number[]> }> }

const findSheet = (sheets: SheetData[], def: SheetDef) => sheets.find((s) => s.name.trim() === def.name || s.name.trim().toLowerCase() === def.nameEn.toLowerCase());

/** Reads a workbook's sheets into item drafts; every bad cell, row and reference is a problem with its place. */
export function rowsToDrafts(sheets: SheetData[], ctx: RowContext): RowsResult {
  const problems: RowProblem[] = [];
  const itemData = findSheet(sheets, ITEM_SHEET);
  if (!itemData) {
    problems.push({ sheet: sheets[0]?.name ?? "", row: 1, level: "error", message: `文件中没有「${ITEM_SHEET.name}」工作表（每行一个事项）`, messageEn: `the file has no "${ITEM_SHEET.name}" (Items) sheet, one row per item` });
    return { items: [], problems, fileError: true };
  }
  const items = readSheet(ITEM_SHEET, itemData, problems);
  if (!items) return { items: [], problems, fileError: true };
  const built = buildItems(items, ctx, problems);
  // Situations first: materials and fees may belong to one.
  for (const def of [SITUATION_SHEET, ...SHEETS.filter((d) => d !== ITEM_SHEET && d !== SITUATION_SHEET)]) {
    const data = findSheet(sheets, def);
    if (!data) continue;
    const sheet = readSheet(def, data, problems);
    if (!sheet) return { items: [], problems, fileError: true };
    attachChildren(sheet, built, problems);
  }
  fillChildIds(built);
  if (ctx.check) for (const b of built) checkDraft(b, ctx.check, items, sheets, problems);
  const badRows = new Set(problems.filter((p) => p.level === "error" && p.itemRow !== undefined).map((p) => p.itemRow));
  // A cell problem on the 事项 sheet names its own row as the item row.
  for (const p of problems) if (p.level === "error" && p.sheet === itemData.name && p.row > 1) badRows.add(p.row);
  return { items: built.map((b) => ({ draft: b.draft, row: b.origin.row, valid: !badRows.has(b.origin.row), derivedId: b.derivedId })), problems, fileError: false };
}

interface Built { draft: RowDraft; origin: Origin; derivedId: boolean }

function buildItems(sheet: ReadSheet, ctx: RowContext, problems: RowProblem[]): Built[] {
  const byCode = new Map<string, number>();
  const byId = new Map<string, number>();
  const colOf = (key: string) => ({ i: sheet.cols.get(key) ?? 0, header: ITEM_SHEET.columns.find((c) => c.key === key)!.header });
  const out: Built[] = [];
  for (const r of sheet.rows) {
    const draft: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r.values)) setPath(draft, k, v);
    for (const [day, unit] of [["anticipate_day", "anticipate_type"], ["promise_day", "promise_type"]] as const) {
      if (r.dayHints[day] && draft[unit] === undefined) draft[unit] = r.dayHints[day];
    }
    resolveDepartment(draft, r.row, ctx, sheet, problems, colOf);
    const code = draft.task_code as string | undefined;
    let derivedId = false;
    if (draft.id === undefined && code) { draft.id = idFromCode(code); derivedId = true; }
    if (draft.id === undefined && draft.task_name !== undefined) {
      problems.push(ERR(sheet.name, r.row, { zh: "须填写「实施编码」或「事项标识」之一", en: "fill in the implementation code (实施编码) or the id (事项标识)" }, colOf("task_code")));
    }
    if (code !== undefined) {
      const first = byCode.get(code);
      if (first !== undefined) problems.push(ERR(sheet.name, r.row, { zh: `实施编码「${code}」与第 ${first} 行重复`, en: `implementation code "${code}" repeats row ${first}` }, colOf("task_code")));
      else byCode.set(code, r.row);
    }
    if (typeof draft.id === "string") {
      const first = byId.get(draft.id);
      if (first !== undefined) problems.push(ERR(sheet.name, r.row, { zh: `事项标识「${draft.id}」与第 ${first} 行重复`, en: `item id "${draft.id}" repeats row ${first}` }, colOf("id")));
      else byId.set(draft.id, r.row);
    }
    out.push({ draft: draft as RowDraft, origin: { row: r.row, children: {}, situations: [] }, derivedId });
  }
  return out;
}

function resolveDepartment(draft: Record<string, unknown>, row: number, ctx: RowContext, sheet: ReadSheet, problems: RowProblem[], colOf: (k: string) => { i: number; header: string }): void {
  const id = draft.department as string | undefined;
  const name = draft.dept_name as string | undefined;
  if (id !== undefined) {
    if (!ctx.departments.some((d) => d.id === id)) problems.push(ERR(sheet.name, row, { zh: `未登记的部门标识「${id}」`, en: `unknown department id "${id}"` }, colOf("department")));
    return;
  }
  if (name === undefined) return;
  const dept = ctx.departments.find((d) => d.name === name || d.id === name);
  if (!dept) {
    problems.push(ERR(sheet.name, row, { zh: `未登记的实施主体「${name}」：请先登记该部门，或在「实施主体标识」列填写部门标识`, en: `unknown department "${name}": register it first, or give its id in 实施主体标识` }, colOf("dept_name")));
    return;
  }
  draft.department = dept.id;
}

function attachChildren(sheet: ReadSheet, built: Built[], problems: RowProblem[]): void {
  const byCode = new Map(built.filter((b) => b.draft.task_code).map((b) => [b.draft.task_code as string, b]));
  const byId = new Map(built.map((b) => [b.draft.id, b]));
  const col = (key: string) => { const i = sheet.cols.get(key); return i === undefined ? undefined : { i, header: sheet.def.columns.find((c) => c.key === key)!.header }; };
  const child = sheet.def.child!;
  for (const r of sheet.rows) {
    const { $code: code, $id: id, $situation: sid, ...values } = r.values as Record<string, string | undefined>;
    const parent = (code !== undefined ? byCode.get(code) : undefined) ?? (id !== undefined ? byId.get(id) : undefined);
    if (!parent) {
      const what = code !== undefined ? `实施编码「${code}」` : id !== undefined ? `事项标识「${id}」` : undefined;
      problems.push(ERR(sheet.name, r.row, what
        ? { zh: `「${ITEM_SHEET.name}」表中没有${what}的事项`, en: `no item with ${code !== undefined ? `code "${code}"` : `id "${id}"`} in the ${ITEM_SHEET.name} sheet` }
        : { zh: `须填写所属事项的「${PARENT.code}」或「${PARENT.id}」`, en: `name the item by ${PARENT.code} or ${PARENT.id}` }, col(code !== undefined ? "$code" : "$id") ?? col("$code") ?? col("$id")));
      continue;
    }
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) setPath(obj, k, v);
    if (child === "situations") obj.materials = [];
    let target: { list: Record<string, unknown>; origin: Record<string, number[]> } = { list: parent.draft, origin: parent.origin.children };
    if (sid !== undefined) {
      const situations = (parent.draft.situations ?? []) as Array<Record<string, unknown>>;
      const i = situations.findIndex((s) => s.id === sid);
      if (i < 0) {
        problems.push(ERR(sheet.name, r.row, { zh: `「情形」表中没有该事项的情形「${sid}」`, en: `the item has no situation "${sid}" in the 情形 sheet` }, col("$situation"), parent.origin.row));
        continue;
      }
      target = { list: situations[i]!, origin: parent.origin.situations[i]!.children };
    }
    const arr = ((target.list[child] ??= []) as unknown[]);
    arr.push(obj);
    (target.origin[child] ??= []).push(r.row);
    if (child === "situations") parent.origin.situations.push({ row: r.row, children: {} });
    const own = problems.filter((p) => p.sheet === sheet.name && p.row === r.row && p.itemRow === undefined && p.level === "error");
    for (const p of own) p.itemRow = parent.origin.row;
  }
}

function fillChildIds(built: Built[]): void {
  const fill = (arr: unknown, prefix: string) => {
    if (!Array.isArray(arr)) return;
    const used = new Set(arr.map((o) => (o as { id?: string }).id).filter(Boolean));
    let n = 0;
    for (const o of arr as Array<{ id?: string }>) {
      if (o.id) continue;
      do n++; while (used.has(`${prefix}${n}`));
      o.id = `${prefix}${n}`;
      used.add(o.id);
    }
  };
  for (const b of built) {
    fill(b.draft.materials, "m");
    fill(b.draft.situations, "s");
    for (const s of (b.draft.situations ?? []) as Array<Record<string, unknown>>) fill(s.materials, `${s.id as string}-m`);
  }
}

function checkDraft(b: Built, check: NonNullable<RowContext["check"]>, items: ReadSheet, sheets: SheetData[], problems: RowProblem[]): void {
  for (const issue of check(b.draft)) {
    const at = locate(b, issue.path, items, sheets);
    problems.push({ ...at, message: issue.message.zh, messageEn: issue.message.en, level: "error", itemRow: b.origin.row });
  }
}

function locate(b: Built, path: Array<string | number>, items: ReadSheet, sheets: SheetData[]): { sheet: string; row: number; column?: string; header?: string } {
  const [head, idx, ...rest] = path.map(String);
  const place = (def: SheetDef, row: number, key: string | undefined) => {
    const data = findSheet(sheets, def);
    const name = data?.name ?? def.name;
    const header = (data?.rows[0] ?? []).findIndex((h) => key !== undefined && typeof h === "string" && columnOf(def, h)?.key === key);
    const col = def.columns.find((c) => c.key === key);
    return header >= 0 && col ? { sheet: name, row, column: columnLetter(header), header: col.header } : { sheet: name, row };
  };
  const childDef = SHEETS.find((s) => s.child === head);
  if (childDef && idx !== undefined && /^\d+$/.test(idx)) {
    if (head === "situations" && rest[0] && ["materials", "charges"].includes(rest[0]) && rest[1] !== undefined) {
      const sit = b.origin.situations[Number(idx)];
      const row = sit?.children[rest[0]]?.[Number(rest[1])];
      const def = SHEETS.find((s) => s.child === rest[0])!;
      if (row !== undefined) return place(def, row, rest[2]);
    }
    const row = head === "situations" ? b.origin.situations[Number(idx)]?.row : b.origin.children[head!]?.[Number(idx)];
    if (row !== undefined) return place(childDef, row, rest[0]);
  }
  const key = head === "supports" && idx ? `supports.${idx}` : head;
  const i = key !== undefined ? items.cols.get(key) : undefined;
  const col = ITEM_SHEET.columns.find((c) => c.key === key);
  return i !== undefined && col ? { sheet: items.name, row: b.origin.row, column: columnLetter(i), header: col.header } : { sheet: items.name, row: b.origin.row };
}

/** The drafts as workbook sheets (header row, notes row, one row per item / material / …). */
export function draftsToRows(drafts: ReadonlyArray<Record<string, unknown>>): SheetData[] {
  return writeSheets(drafts);
}
