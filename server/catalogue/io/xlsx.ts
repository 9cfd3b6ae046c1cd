// .xlsx in and out for the catalogue, on exceljs: the workbook reader (a 10,000-row file loads in about a second;
// its unpacked size is bounded first) and the streaming WorkbookWriter (header row, notes row, frozen panes,
// drop-down lists from a 代码表 sheet).
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { codeChoices, columnLetter, type Cell, type SheetData } from "../../../spec/catalogue/rows.js";
import type { SheetOut } from "../../../spec/catalogue/rows-write.js";
import type { CodeList } from "../../../spec/catalogue/rows-cells.js";

/** A file that is not a readable .xlsx workbook. */
export class NotAWorkbook extends Error {}

/** Whether bytes start like a zip (every .xlsx is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

type RawValue = ExcelJS.CellValue | { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: unknown } | undefined;

/** A cell value as plain text, number or boolean (rich text joined, formulas give their result, dates as dates). */
export function flattenCell(v: RawValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return beijingDate(v);
  if (typeof v === "object") {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: unknown; formula?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text ?? "").join("");
    if ("formula" in o || "sharedFormula" in o) return flattenCell(o.result as RawValue);
    if ("text" in o) return flattenCell(o.text as RawValue);
    if ("error" in o) return null;
  }
  return String(v);
}

/** A date cell as Excel shows it in China (YYYY-MM-DD, Beijing time; a time of day is kept as HH:mm). */
function beijingDate(d: Date): string {
  const b = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return b.endsWith("T00:00:00.000Z") || d.getUTCHours() === 0 ? b.slice(0, 10) : `${b.slice(0, 10)} ${b.slice(11, 16)}`;
}

/** The most a workbook may unpack to (a 50 MB upload of repeated cells must not exhaust the server's memory). */
const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

/** Reads every sheet of an .xlsx file; onProgress gets the fraction done (unpacking is the first 80 %). exceljs's
 * streaming WorkbookReader is not used: it loses the entries after the worksheets (shared strings, sheet names) of
 * small files whose worksheets come first in the zip, as its own writer makes them. */
export async function readWorkbook(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<SheetData[]> {
  if (!looksLikeZip(bytes)) throw new NotAWorkbook("not a zip");
  const wb = new ExcelJS.Workbook();
  try {
    const zip = await JSZip.loadAsync(bytes);
    let unpacked = 0;
    zip.forEach((_path, f) => { unpacked += (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0; });
    if (unpacked > MAX_UNPACKED_BYTES) throw new NotAWorkbook(`unpacks to ${unpacked} bytes`);
    if (!zip.file("xl/workbook.xml")) throw new NotAWorkbook("no xl/workbook.xml");
    onProgress?.(0.1);
    // exceljs's load takes a Node Buffer (its typings name an older ArrayBuffer type)
    // data validations (the drop-down lists of our own template) are expanded cell by cell on load: 3× the time, unused
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as unknown as ArrayBuffer, { ignoreNodes: ["dataValidations"] } as never);
  } catch (err) {
    throw err instanceof NotAWorkbook ? err : new NotAWorkbook(err instanceof Error ? err.message : String(err));
  }
  onProgress?.(0.8);
  const sheets: SheetData[] = wb.worksheets.map((ws) => {
    const sheet: SheetData = { name: ws.name, rows: [] };
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values = row.values as RawValue[];
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(flattenCell(values[i]));
      sheet.rows[n - 1] = cells;
    });
    for (let i = 0; i < sheet.rows.length; i++) sheet.rows[i] ??= [];
    return sheet;
  });
  onProgress?.(1);
  if (sheets.length === 0) throw new NotAWorkbook("no worksheets");
  return sheets;
}

const CODES_SHEET = "代码表";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } };
const NOTES_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: "FF595959" }, size: 9 };

/** The code lists the sheets use, each given one column of the 代码表 sheet. */
function codeColumns(sheets: SheetOut[]): Map<CodeList, string> {
  const lists = new Map<CodeList, string>();
  for (const s of sheets) for (const c of s.def.columns) if (c.list && !lists.has(c.list)) lists.set(c.list, columnLetter(lists.size));
  return lists;
}

/** Writes sheets as an .xlsx file: styled header, notes row, frozen panes, drop-downs for code columns. */
export async function writeWorkbook(sheets: SheetOut[], opts: { validationRows?: number } = {}): Promise<Buffer> {
  const sink = new PassThrough();
  const parts: Buffer[] = [];
  sink.on("data", (b: Buffer) => parts.push(b));
  const done = new Promise<void>((res, rej) => { sink.on("end", res); sink.on("error", rej); });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = "yijian";
  const lists = codeColumns(sheets);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 2, xSplit: s.def.child ? 0 : 1 }] });
    ws.columns = s.def.columns.map((c) => ({ width: Math.max(10, Math.min(40, c.header.length * 2.4 + 2)) }));
    // exceljs has worksheet.dataValidations at run time (a range address is written as one sqref) but not in its types.
    const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    const last = Math.max(opts.validationRows ?? 1000, s.rows.length);
    s.def.columns.forEach((c, i) => {
      const col = columnLetter(i);
      const range = `${col}3:${col}${last}`;
      if (c.kind === "code" && c.list) {
        const at = lists.get(c.list)!;
        dv.add(range, {
          type: "list", allowBlank: true, formulae: [`${CODES_SHEET}!$${at}$2:$${at}$${c.list.entries.length + 1}`],
          showErrorMessage: true, errorStyle: "warning", errorTitle: c.header, error: `请从下拉列表中选择${c.list.name}`,
        });
      } else if (c.kind === "bool") {
        dv.add(range, { type: "list", allowBlank: true, formulae: ['"是,否"'], showErrorMessage: true, errorStyle: "warning", errorTitle: c.header, error: "请填写「是」或「否」" });
      } else if (c.kind === "int") {
        dv.add(range, { type: "whole", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0], showErrorMessage: true, errorStyle: "warning", errorTitle: c.header, error: "请填写不小于 0 的整数" });
      }
    });
    s.rows.forEach((cells, r) => {
      const row = ws.addRow(cells.map((v) => (v === null ? undefined : v)));
      if (r === 0) row.eachCell((cell) => { cell.font = { bold: true }; cell.fill = HEADER_FILL; });
      else if (r === 1) row.eachCell((cell) => { cell.font = NOTES_FONT; cell.alignment = { wrapText: true, vertical: "top" }; });
      row.commit();
    });
    await ws.commit();
  }
  const codes = wb.addWorksheet(CODES_SHEET, { state: "hidden" });
  const columns = [...lists.keys()];
  codes.addRow(columns.map((l) => l.name)).commit();
  const height = Math.max(...columns.map((l) => l.entries.length));
  for (let r = 0; r < height; r++) codes.addRow(columns.map((l) => codeChoices(l)[r] ?? undefined)).commit();
  await codes.commit();
  await wb.commit();
  await done;
  return Buffer.concat(parts);
}
