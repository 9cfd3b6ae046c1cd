// Staff hands in the merge: hand merges join the named source fields' clusters (refused, with the reason, when they
// would put two fields of one form together), splits keep source fields out of every merge, re-bindings change a
// field's role or element. Replayed in order on every merge of the bundle, so they survive a re-merge; a later edit
// of the same field wins.
import { say } from "../../bilingual.js";
import type { BindingOverride, MergeConflict, MergeEdit, MergeSource, Node } from "../types.js";
import type { ClusterSets } from "./decide.js";

const key = (r: { item: string; pointer: string }) => `${r.item}#${r.pointer}`;

/** The source fields whose latest hand edit is a split. */
export function handSplits(edits: readonly MergeEdit[] | undefined): Set<string> {
  const last = new Map<string, MergeEdit["kind"]>();
  for (const e of edits ?? []) if (e.kind === "merge" || e.kind === "split") for (const r of e.refs) last.set(key(r), e.kind);
  return new Set([...last].filter(([, k]) => k === "split").map(([r]) => r));
}

/** Re-bindings by "item#pointer" (the latest per field), merged over explicit overrides. */
export function handOverrides(edits: readonly MergeEdit[] | undefined, base: Record<string, BindingOverride> = {}): Record<string, BindingOverride> {
  const out = { ...base };
  for (const e of edits ?? []) if (e.kind === "rebind" && e.refs[0]) out[key(e.refs[0])] = { ...(e.role ? { role: e.role } : {}), ...(e.element ? { element: e.element } : {}) };
  return out;
}

/** Applies the hand merges (see the file comment); returns the refused ones as conflicts. */
export function applyHandEdits(nodes: Node[], sets: ClusterSets, edits: readonly MergeEdit[] | undefined, sources: readonly MergeSource[]): MergeConflict[] {
  const conflicts: MergeConflict[] = [];
  if (!edits?.length) return conflicts;
  const byRef = new Map(nodes.map((n) => [key({ item: n.item, pointer: n.leaf.pointer }), n]));
  const split = handSplits(edits);
  // Staff read a refusal by the forms' titles and labels, never by item ids and pointers.
  const name = (r: { item: string; pointer: string }) => { const n = byRef.get(key(r))!; return `「${sources[n.src]?.title ?? n.item}：${n.leaf.title || n.leaf.key}」`; };
  edits.forEach((e, i) => {
    if (e.kind !== "merge") return;
    // A field split after this merge stays out of it.
    const later = edits.slice(i + 1);
    const refs = e.refs.filter((r) => byRef.has(key(r)) && !(split.has(key(r)) && later.some((x) => x.kind === "split" && x.refs.some((y) => key(y) === key(r)))));
    for (const r of refs.slice(1)) {
      const a = sets.uf.find(byRef.get(key(refs[0]!))!.idx), b = sets.uf.find(byRef.get(key(r))!.idx);
      if (a === b) continue;
      if (sets.shareItem(a, b)) {
        conflicts.push({ pointer: "", sources: [refs[0]!, r], message: say(`手动合并未应用：${name(refs[0]!)}与${name(r)}会把同一张表中的两个字段合并（同一表单中的两个字段是两项不同的信息；${e.by}，${e.at}）`, `Hand merge not applied: ${name(refs[0]!)} and ${name(r)} are two fields of one form, which are two different pieces of information (${e.by}, ${e.at})`) });
        continue;
      }
      sets.join(a, b);
    }
  });
  return conflicts;
}
