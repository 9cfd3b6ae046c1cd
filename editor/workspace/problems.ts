// Helpers over spec problems (JSON pointers) shared by the workspace's tabs.
import type { SpecProblem } from "../../spec/spec-validation.js";

/** Messages of the problems exactly at `pointer`, joined; undefined when there are none. */
export function problemAt(problems: SpecProblem[], pointer: string): string | undefined {
  const hits = problems.filter((p) => p.pointer === pointer).map((p) => p.message);
  return hits.length ? hits.join("；") : undefined;
}

/** Number of problems at or under `prefix`. */
export function problemsUnder(problems: SpecProblem[], prefix: string): number {
  return problems.filter((p) => p.pointer === prefix || p.pointer.startsWith(prefix + "/")).length;
}
