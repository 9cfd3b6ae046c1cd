// Small pure helpers of the merge: union-find over fields, condition keys and or-combination, table signatures.
import type { Condition } from "../conditions.js";
import type { FormLeaf } from "../binding/inspect.js";

/** Disjoint sets of field indexes (path halving; the smaller index is the root, so results are deterministic). */
export class UnionFind {
  private parent: number[];
  constructor(n: number) { this.parent = Array.from({ length: n }, (_, i) => i); }
  find(x: number): number {
    while (this.parent[x] !== x) { this.parent[x] = this.parent[this.parent[x]!]!; x = this.parent[x]!; }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const condKeys = new WeakMap<object, string>();
/** A stable text key of a condition (cached per condition object: the same item condition recurs on every field). */
export function condKey(c: Condition | undefined): string {
  if (c === undefined || typeof c !== "object") return JSON.stringify(c) ?? "undefined";
  let k = condKeys.get(c);
  if (k === undefined) condKeys.set(c, (k = JSON.stringify(c)));
  return k;
}

/** Or-combination of conditions; undefined means "always". */
export function anyOf(conds: Array<Condition | undefined>): Condition | undefined {
  if (conds.some((c) => c === undefined || c === true)) return undefined;
  const unique = [...new Map(conds.map((c) => [condKey(c), c!])).values()];
  return unique.length === 1 ? unique[0] : { or: unique };
}

/** Per table pointer, a signature of its columns (relative pointer, label, type): equal tables merge whole. */
export function tableSignatures(leaves: FormLeaf[]): Map<string, string> {
  const cols = new Map<string, string[]>();
  for (const leaf of leaves) {
    const table = [...leaf.path].reverse().find((s) => s.kind === "array");
    if (!table) continue;
    const list = cols.get(table.pointer) ?? cols.set(table.pointer, []).get(table.pointer)!;
    list.push(`${leaf.pointer.slice(table.pointer.length)}:${leaf.title ?? ""}:${String(leaf.schema.type)}`);
  }
  return new Map([...cols].map(([p, l]) => [p, `${p}#${l.sort().join(",")}`]));
}
