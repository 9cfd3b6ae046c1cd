// Item drafts → catalogue sheets (the other half of rows.ts): a header row of element names, a notes row
// (【必填】/【选填】, what to fill in, an example) and one row per item, material, situation, fee, step, question.
import { writeCode, type Cell } from "./rows-cells.js";
import { ITEM_SHEET, SHEETS, type ColumnDef, type SheetDef } from "./rows-columns.js";

/** One sheet to write: rows[0] the headers, rows[1] the notes, then data. */
export interface SheetOut { name: string; def: SheetDef; rows: Cell[][] }

function getPath(o: Record<string, unknown>, path: string): unknown {
  let cur: unknown = o;
  for (const p of path.split(".")) cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[p] : undefined;
  return cur;
}

/** A value as its cell shows it. */
export function writeCell(col: ColumnDef, v: unknown): Cell {
  if (v === undefined || v === null) return null;
  switch (col.kind) {
    case "bool": return v ? "是" : "否";
    case "int": return typeof v === "number" ? v : String(v);
    case "code": return writeCode(col.list!, String(v));
    case "codes": return Array.isArray(v) ? v.map((x) => writeCode(col.list!, String(x))).join("、") : String(v);
    case "json": return JSON.stringify(v);
    case "text": return typeof v === "string" ? v : String(v);
  }
}

/** The notes row: required or not, what to fill in, an example. */
export function notesRow(def: SheetDef, lang: "zh" | "en" = "zh"): string[] {
  return def.columns.map((c) => {
    const tag = c.required ? (lang === "zh" ? "【必填】" : "【required】") : (lang === "zh" ? "【选填】" : "【optional】");
    const ex = c.example ? (lang === "zh" ? `　例：${c.example}` : `  e.g. ${c.example}`) : "";
    return tag + (lang === "zh" ? c.note : c.noteEn) + ex;
  });
}

const rowOf = (def: SheetDef, o: Record<string, unknown>, parent: Record<string, unknown>, situation?: string): Cell[] =>
  def.columns.map((c) => {
    if (c.key === "$code") return (parent.task_code as string | undefined) ?? null;
    if (c.key === "$id") return (parent.id as string | undefined) ?? null;
    if (c.key === "$situation") return situation ?? null;
    return writeCell(c, getPath(o, c.key));
  });

type Rec = Record<string, unknown>;
const arr = (v: unknown): Rec[] => (Array.isArray(v) ? (v as Rec[]) : []);

/** The sheets of a catalogue: every item, and its materials, situations, fees, steps and questions. */
export function writeSheets(drafts: ReadonlyArray<Rec>): SheetOut[] {
  const out = SHEETS.map((def) => ({ name: def.name, def, rows: [def.columns.map((c) => c.header), notesRow(def)] as Cell[][] }));
  const sheet = (child: SheetDef["child"]) => out.find((s) => s.def.child === child)!;
  for (const d of drafts) {
    out[0]!.rows.push(rowOf(ITEM_SHEET, d, d));
    for (const m of arr(d.materials)) sheet("materials").rows.push(rowOf(sheet("materials").def, m, d));
    for (const s of arr(d.situations)) {
      sheet("situations").rows.push(rowOf(sheet("situations").def, s, d));
    }
    for (const s of arr(d.situations)) for (const m of arr(s.materials)) sheet("materials").rows.push(rowOf(sheet("materials").def, m, d, s.id as string));
    for (const ch of arr(d.charges)) sheet("charges").rows.push(rowOf(sheet("charges").def, ch, d));
    for (const s of arr(d.situations)) for (const ch of arr(s.charges)) sheet("charges").rows.push(rowOf(sheet("charges").def, ch, d, s.id as string));
    for (const st of arr(d.steps)) sheet("steps").rows.push(rowOf(sheet("steps").def, st, d));
    for (const q of arr(d.qa)) sheet("qa").rows.push(rowOf(sheet("qa").def, q, d));
  }
  return out;
}

/** The blank template: every sheet with its headers and notes row, no data. */
export function templateSheets(): SheetOut[] {
  return writeSheets([]);
}
