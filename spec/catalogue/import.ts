// Bulk import and export of the catalogue (issue 15 part 4), the shapes both sides share: the JSON catalogue file
// (our spec: { kind: "catalogue", items: ItemDraft[] }), what a dry run or an import reports (every problem with its
// sheet, row and column, or its JSON pointer), and the progress events a streamed import sends. Pure, no Node.
import { z } from "zod";
import { SCHEMA_VERSION } from "../common.js";
import type { ItemDraft } from "./record.js";

/** The JSON catalogue file an export writes and an import reads. */
export interface CatalogueFile { schemaVersion: typeof SCHEMA_VERSION; kind: "catalogue"; exportedAt: string; items: ItemDraft[] }

/** The envelope of a JSON catalogue file (the items themselves are checked one by one, each problem by pointer). */
export const CatalogueFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION).optional(),
  kind: z.literal("catalogue"),
  exportedAt: z.string().optional(),
  items: z.array(z.unknown()),
});

/** The catalogue file of some drafts. */
export function catalogueFile(items: ItemDraft[], exportedAt: string): CatalogueFile {
  return { schemaVersion: SCHEMA_VERSION, kind: "catalogue", exportedAt, items };
}

/** What an import does with one item of the file. */
export type ImportAction = "create" | "update" | "unchanged";

/** One problem of an import, in the request's language, located in the file. */
export interface ImportProblem {
  /** .xlsx: the sheet, its 1-based row (the header row is 1), the column letter and header of the cell */
  sheet?: string;
  row: number;
  column?: string;
  header?: string;
  /** JSON: the pointer into the file (/items/3/task_type); row is then the item's 1-based position */
  pointer?: string;
  message: string;
  level: "error" | "warning";
  /** the item (事项 sheet row, or position in JSON) the problem keeps out of the import */
  itemRow?: number;
  /** the item was refused by the ownership rules (not a mistake in the file) */
  refused?: boolean;
}

/** What a dry run or an import reports. */
export interface ImportReport {
  format: "xlsx" | "json";
  /** true: nothing was written (a dry run, or a refused import) */
  dryRun: boolean;
  validOnly: boolean;
  /** items in the file */
  total: number;
  /** items that can be imported (create + update + unchanged) */
  valid: number;
  invalid: number;
  refused: number;
  create: number;
  update: number;
  unchanged: number;
  /** whether this call wrote anything */
  written: boolean;
  /** the whole file is unusable (not a workbook, no 事项 sheet, a required column missing): nothing can be imported */
  fileError: boolean;
  /** the first problems (errors first), at most PROBLEM_LIMIT; problemsTotal counts all of them */
  problems: ImportProblem[];
  problemsTotal: number;
  /** the items written or to be written, by id, at most PROBLEM_LIMIT */
  items: Array<{ id: string; name: string; row: number; action: ImportAction }>;
}

/** How many problems (and items) a report lists at most; the counts are always complete. */
export const PROBLEM_LIMIT = 1000;

/** One line of a streamed import (Accept: application/x-ndjson): progress, then the report or the error. */
export type ImportEvent =
  | { type: "progress"; phase: "read" | "check" | "write"; /** 0…1 of the phase */ done: number; /** rows handled so far / in all */ rows?: number; total?: number }
  | { type: "result"; report: ImportReport }
  | { type: "error"; status: number; error: { code: string; message: string; details?: unknown } };

/** The phases in order, with the share of the bar each takes (reading the file is most of a large import). */
export const IMPORT_PHASES: Record<"read" | "check" | "write", { from: number; share: number }> = {
  read: { from: 0, share: 0.5 }, check: { from: 0.5, share: 0.2 }, write: { from: 0.7, share: 0.3 },
};

/** Overall progress (0…1) of an event's phase and fraction. */
export function overallProgress(phase: keyof typeof IMPORT_PHASES, done: number): number {
  const p = IMPORT_PHASES[phase];
  return Math.min(1, p.from + p.share * Math.max(0, Math.min(1, done)));
}
