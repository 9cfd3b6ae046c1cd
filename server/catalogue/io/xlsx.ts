// .xlsx in and out for the catalogue, on exceljs: the streaming WorkbookReader (rows are read as the zip is
// inflated, so a 10,000-row file never becomes a full in-memory workbook model) and the streaming WorkbookWriter
// (header row, notes row, frozen panes, drop-down lists from a 代码表 sheet).
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
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

async function* chunks(bytes: Uint8Array, onProgress?: (fraction: number) => void): AsyncGenerator<Buffer> {
  const size = 256 * 1024;
  for (let i = 0; i < bytes.length; i += size) {
    yield Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(size, bytes.length - i));
    onProgress?.(Math.min(1, (i + size) / bytes.length));
  }
}

/** Reads every sheet of an .xlsx file (streaming); onProgress gets the fraction of the file read so far. */
export async function readWorkbook(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<SheetData[]> {
  if (!looksLikeZip(bytes)) throw new NotAWorkbook("not a zip");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks(bytes, onProgress)), {
    worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", entries: "ignore",
  });
  const sheets: SheetData[] = [];
  try {
    for await (const ws of reader) {
      const sheet: SheetData = { name: (ws as unknown as { name: string }).name, rows: [] };
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as RawValue[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(flattenCell(values[i]));
        sheet.rows[row.number - 1] = cells;
      }
      for (let i = 0; i < sheet.rows.length; i++) sheet.rows[i] ??= [];
      sheets.push(sheet);
    }
  } catch (err) {
    throw new NotAWorkbook(err instanceof Error ? err.message : String(err));
  }
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
