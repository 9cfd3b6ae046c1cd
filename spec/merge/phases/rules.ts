// Shared state of the layout phases: provenance, field rules, conflicts; combining the constraints of a merged
// field's sources (evicting those that cannot be combined) and turning the items' applicability into
// visibleIf / requiredIf rules of fields and sections.
import { say } from "../../bilingual.js";
import type { FieldRule, SourceRef } from "../../bundle.js";
import type { Condition } from "../../conditions.js";
import { combineSchemas } from "../constraints.js";
import { anyOf, condKey } from "../helpers.js";
import type { MergeConflict, MergeSource, Node } from "../types.js";
import type { Json } from "../../common.js";

/** The layout's shared state and rule helpers (see the file comment). */
export interface Rules {
  rules: Record<string, FieldRule>;
  provenance: Record<string, SourceRef[]>;
  mergedOf: Map<Node, string>;
  conflicts: MergeConflict[];
  /** Nodes evicted by a conflict, placed with their item. */
  evicted: Node[];
  /** A merged field's source ref, with the source's own wording of the choices the merge worded differently. */
  refOf(n: Node): SourceRef;
  condOf(n: Node): Condition | undefined;
  combine(members: Node[], pointer: string): { schema: Json; kept: Node[] };
  applyRules(pointer: string, kept: Node[], parent: Json, key: string): void;
  sectionRule(rootSchema: Json, pointer: string, key: string, members: Node[]): void;
  /** Drops field rules under a section that only repeat the section's own visibility. */
  dropRepeated(sectionPointer: string): void;
}

/** Creates the layout state for these sources. */
export function makeRules(sources: MergeSource[]): Rules {
  const reworded = new Map<Node, Record<string, string>>();
  const r: Rules = {
    rules: {}, provenance: {}, mergedOf: new Map(), conflicts: [], evicted: [],
    refOf: (n) => ({ item: n.item, pointer: n.leaf.pointer, ...(reworded.has(n) ? { values: reworded.get(n)! } : {}) }),
    condOf: (n) => sources[n.src]!.appliesIf,
    combine(members, pointer) {
      let schema = { ...members[0]!.leaf.schema };
      const kept = [members[0]!];
      for (const n of members.slice(1)) {
        const c = combineSchemas(schema, n.leaf.schema);
        if (c.ok) { schema = c.schema; kept.push(n); if (c.values) reworded.set(n, c.values); continue; }
        r.conflicts.push({
          pointer,
          message: say(`「${n.leaf.title ?? n.leaf.key}」（${n.item}#${n.leaf.pointer}）不能与合并字段合并，已分开保留：${c.conflict.zh}`, `"${n.leaf.title ?? n.leaf.key}" (${n.item}#${n.leaf.pointer}) cannot be merged with the merged field and is kept apart: ${c.conflict.en}`),
          sources: [...kept, n].map((k) => ({ item: k.item, pointer: k.leaf.pointer })),
        });
        r.evicted.push(n);
      }
      return { schema, kept };
    },
    applyRules(pointer, kept, parent, key) {
      const visibleIf = anyOf(kept.map(r.condOf));
      const requiring = kept.filter((n) => n.leaf.required);
      const rule: FieldRule = {};
      if (visibleIf !== undefined) rule.visibleIf = visibleIf;
      if (requiring.length) {
        const requiredIf = anyOf(requiring.map(r.condOf));
        if (requiredIf === undefined || condKey(requiredIf) === condKey(visibleIf)) {
          const req = (parent.required ??= []) as string[];
          if (!req.includes(key)) req.push(key);
        } else rule.requiredIf = requiredIf;
      }
      if (Object.keys(rule).length) r.rules[pointer] = rule;
    },
    sectionRule(rootSchema, pointer, key, members) {
      const visibleIf = anyOf(members.map(r.condOf));
      const requiring = members.filter((n) => n.leaf.required);
      const rule: FieldRule = {};
      if (visibleIf !== undefined) rule.visibleIf = visibleIf;
      if (requiring.length) {
        const requiredIf = anyOf(requiring.map(r.condOf));
        if (requiredIf === undefined || condKey(requiredIf) === condKey(visibleIf)) ((rootSchema.required ??= []) as string[]).push(key);
        else rule.requiredIf = requiredIf;
      }
      if (Object.keys(rule).length) r.rules[pointer] = rule;
    },
    dropRepeated(sectionPointer) {
      const sectionVisible = condKey(r.rules[sectionPointer]?.visibleIf);
      for (const [p, rule] of Object.entries(r.rules)) {
        if (p.startsWith(`${sectionPointer}/properties/`) && rule.visibleIf !== undefined && condKey(rule.visibleIf) === sectionVisible) {
          delete rule.visibleIf;
          if (!Object.keys(rule).length) delete r.rules[p];
        }
      }
    },
  };
  return r;
}
