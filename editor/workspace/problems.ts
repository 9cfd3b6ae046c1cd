// Helpers over spec problems (JSON pointers) shared by the workspace's tabs.
import type { Bilingual } from "../../spec/bilingual.js";

/** A problem as the editor shows it: its own (spec/, both languages) or the server's (already in the user's language). */
export interface ShownProblem { pointer: string; message: string | Bilingual }

/** Messages of the problems exactly at `pointer` in the interface language (M from useMsg), joined; undefined when there are none. */
export function problemAt(problems: ShownProblem[], pointer: string, M: (m: string | Bilingual) => string): string | undefined {
  const hits = problems.filter((p) => p.pointer === pointer).map((p) => M(p.message));
  return hits.length ? hits.join("；") : undefined;
}

/** Number of problems at or under `prefix`. */
export function problemsUnder(problems: ShownProblem[], prefix: string): number {
  return problems.filter((p) => p.pointer === prefix || p.pointer.startsWith(prefix + "/")).length;
}
