// Reading an uploaded catalogue file, whatever it is: an .xlsx workbook (the sheets of spec/catalogue/rows.ts), a
// JSON catalogue file (our spec) or something else (an old .xls, a PDF, a corrupt zip, an empty body). Never throws
// for a user's file: every problem comes back located (sheet, row, column — or a JSON pointer) in both languages.
import { parseJsonText } from "../../../spec/binding/json-text.js";
import { ItemDraftSchema } from "../../../spec/catalogue/record.js";
import { CatalogueFileSchema } from "../../../spec/catalogue/import.js";
import { ITEM_SHEET, rowsToDrafts, SHEETS, type RowDraft, type SheetData } from "../../../spec/catalogue/rows.js";
import { columnOf } from "../../../spec/catalogue/rows-columns.js";
import { toPointer } from "../../../spec/pointer.js";
import { say, type Bilingual } from "../../messages.js";
import { issueMessage } from "../../../spec/issue-messages.js";
import { RESERVED_IDS, reservedIdProblem } from "../store.js";
import { looksLikeZip, NotAWorkbook, readWorkbook } from "./xlsx.js";

/** One problem as found: where, and what in both languages. */
export interface FoundProblem {
  sheet?: string; row: number; column?: string; header?: string; pointer?: string;
  message: Bilingual; level: "error" | "warning"; itemRow?: number; refused?: boolean;
}

/** One item of the file. */
export interface FileItem { draft: RowDraft; row: number; valid: boolean; derivedId: boolean }

/** Which elements an .xlsx file carries: the item columns present (top-level keys) and the child sheets present.
 * A re-import replaces exactly these in the draft and keeps the rest (the form, file limits of materials…). */
export interface Covered { keys: Set<string>; supports: Set<string> }

/** What reading a file gives. */
export interface ReadFile { format: "xlsx" | "json"; items: FileItem[]; problems: FoundProblem[]; fileError: boolean; covered?: Covered; /** the 事项 sheet's name as the file spells it */ itemSheet?: string }


const fileProblem = (format: ReadFile["format"], zh: string, en: string, sheet?: string): ReadFile => ({
  format, items: [], fileError: true, problems: [{ ...(sheet !== undefined ? { sheet } : {}), row: 1, level: "error", message: say(zh, en) }],
});

/** The extra checks of a built draft: the draft schema and the reserved ids. */
export function draftIssues(draft: unknown): Array<{ path: Array<string | number>; message: Bilingual }> {
  const r = ItemDraftSchema.safeParse(draft);
  // each problem names the field and what is wrong in both languages, as a request body's problems do (routes/route.ts)
  const out = r.success ? [] : r.error.issues.map((i) => ({ path: i.path as Array<string | number>, message: issueMessage(i, draft) }));
  const id = (draft as { id?: unknown }).id;
  if (typeof id === "string" && RESERVED_IDS.has(id)) out.push({ path: ["id"], message: reservedIdProblem(id) });
  return out;
}

/** Reads an uploaded file; onProgress gets the fraction of an .xlsx read so far. */
export async function readImportFile(bytes: Uint8Array, departments: Array<{ id: string; name: string }>, onProgress?: (f: number) => void): Promise<ReadFile> {
  if (bytes.length === 0) return fileProblem("json", "文件是空的", "the file is empty");
  if (looksLikeZip(bytes)) return readXlsx(bytes, departments, onProgress);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return fileProblem("xlsx", "这是旧版 Excel（.xls）文件：请在 Excel 中「另存为」Excel 工作簿（.xlsx）后再导入", "this is an old Excel (.xls) file: save it as an Excel workbook (.xlsx) and import that");
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  const first = text.trimStart()[0];
  if (first !== "{" && first !== "[") return fileProblem("json", "无法识别的文件：请上传 Excel 工作簿（.xlsx）或 JSON 事项清单文件", "unrecognised file: upload an Excel workbook (.xlsx) or a JSON catalogue file");
  return readJson(text, departments);
}

async function readXlsx(bytes: Uint8Array, departments: Array<{ id: string; name: string }>, onProgress?: (f: number) => void): Promise<ReadFile> {
  let sheets: SheetData[];
  try {
    sheets = await readWorkbook(bytes, onProgress);
  } catch (err) {
    if (!(err instanceof NotAWorkbook)) throw err;
    return fileProblem("xlsx", "文件已损坏，或不是 Excel 工作簿（.xlsx）：请用 Excel 打开检查后重新保存", "the file is damaged or not an Excel workbook (.xlsx): open it in Excel, check it and save it again");
  }
  const r = rowsToDrafts(sheets, { departments, check: draftIssues });
  const itemSheet = sheets.find((s) => s.name.trim() === ITEM_SHEET.name || s.name.trim().toLowerCase() === ITEM_SHEET.nameEn.toLowerCase());
  // a cell problem of the 事项 sheet keeps its own row's item out
  const problems: FoundProblem[] = r.problems.map(({ message, messageEn, ...at }) => ({
    ...at, ...(at.itemRow === undefined && at.level === "error" && at.row > 1 && at.sheet === itemSheet?.name ? { itemRow: at.row } : {}), message: say(message, messageEn),
  }));
  if (!r.fileError && r.items.length === 0) {
    problems.push({ sheet: itemSheet?.name ?? ITEM_SHEET.name, row: 2, level: "error", message: say(`「${ITEM_SHEET.name}」表中没有事项：从第 3 行起每行填写一个事项`, `the ${ITEM_SHEET.name} (Items) sheet has no items: one item a row from row 3`) });
    return { format: "xlsx", items: [], problems, fileError: true };
  }
  return { format: "xlsx", items: r.items, problems, fileError: r.fileError, covered: coveredBy(sheets), itemSheet: itemSheet?.name ?? ITEM_SHEET.name };
}

/** The elements the file's headers and sheets carry. */
function coveredBy(sheets: SheetData[]): Covered {
  const keys = new Set<string>();
  const supports = new Set<string>();
  const named = (def: (typeof SHEETS)[number]) => sheets.find((s) => s.name.trim() === def.name || s.name.trim().toLowerCase() === def.nameEn.toLowerCase());
  for (const h of named(ITEM_SHEET)?.rows[0] ?? []) {
    const key = typeof h === "string" ? columnOf(ITEM_SHEET, h)?.key : undefined;
    if (!key) continue;
    if (key.startsWith("supports.")) supports.add(key.slice(9));
    else keys.add(key);
  }
  for (const def of SHEETS) if (def.child && named(def)) keys.add(def.child);
  return { keys, supports };
}

function readJson(text: string, departments: Array<{ id: string; name: string }>): ReadFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const r = parseJsonText(text);
    const where = !r.ok && r.error.line ? ` (${r.error.line}:${r.error.column ?? 1})` : "";
    return fileProblem("json", `JSON 格式错误${where}：${r.ok ? "" : r.error.message.zh}`, `not valid JSON${where}: ${r.ok ? "" : r.error.message.en}`);
  }
  const envelope = Array.isArray(value) ? { success: true as const, data: { items: value } } : CatalogueFileSchema.safeParse(value);
  if (!envelope.success) {
    return { format: "json", items: [], fileError: true, problems: envelope.error.issues.map((i) => ({ row: 1, pointer: toPointer(i.path as Array<string | number>), level: "error" as const,
      message: say(`不是 yijian 事项清单文件（应为 {"kind": "catalogue", "items": [...]}）：${i.message}`, `not a yijian catalogue file (expected {"kind": "catalogue", "items": [...]}): ${i.message}`) })) };
  }
  const raw = envelope.data.items;
  if (!raw.length) return fileProblem("json", "文件中没有事项（items 为空）", "the file has no items (items is empty)");
  const prefix = Array.isArray(value) ? "" : "/items";
  const problems: FoundProblem[] = [];
  const items: FileItem[] = [];
  const codes = new Map<string, number>();
  const ids = new Map<string, number>();
  raw.forEach((d, i) => {
    const row = i + 1;
    const at = (path: Array<string | number>, message: Bilingual) => problems.push({ row, itemRow: row, pointer: `${prefix}/${i}${toPointer(path)}`, level: "error", message });
    const before = problems.length;
    if (!d || typeof d !== "object" || Array.isArray(d)) at([], say("每个事项应为一个 JSON 对象", "each item must be a JSON object"));
    else {
      for (const issue of draftIssues(d)) at(issue.path, issue.message);
      const o = d as Record<string, unknown>;
      if (typeof o.department === "string" && !departments.some((x) => x.id === o.department)) at(["department"], say(`未登记的部门标识「${o.department}」`, `unknown department id "${o.department}"`));
      const code = typeof o.task_code === "string" ? o.task_code.trim() : undefined;
      if (code && codes.has(code)) at(["task_code"], say(`实施编码「${code}」与第 ${codes.get(code)} 项重复`, `implementation code "${code}" repeats item ${codes.get(code)}`));
      else if (code) codes.set(code, row);
      if (typeof o.id === "string" && ids.has(o.id)) at(["id"], say(`事项标识「${o.id}」与第 ${ids.get(o.id)} 项重复`, `item id "${o.id}" repeats item ${ids.get(o.id)}`));
      else if (typeof o.id === "string") ids.set(o.id, row);
    }
    items.push({ draft: (d ?? {}) as RowDraft, row, valid: problems.length === before, derivedId: false });
  });
  return { format: "json", items, problems, fileError: false };
}
