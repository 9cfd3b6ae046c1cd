// Phase 8 of the merge: item sections — each item's local fields, tables, unbound fields shared by identical
// label and fields evicted by a conflict, at their original nesting, with the item's applicability as rules and
// e-licence prefill for a person's datum in a table row.
import type { Prefill } from "../../bundle.js";
import { CANDIDATE_CONFIDENCE } from "../../binding/bind.js";
import type { FormLeaf } from "../../binding/inspect.js";
import { ELEMENT_BY_KEY } from "../../dictionary/elements.js";
import { combineSchemas } from "../constraints.js";
import { withElementChecks } from "../element-checks.js";
import { anyOf, condKey } from "../helpers.js";
import { ensureSection, leafUi, placeLocal, type Section } from "../layout.js";
import type { MergeOptions, MergeSource, Node } from "../types.js";
import type { Rules } from "./rules.js";
import type { Json } from "../../common.js";

/** Builds the item sections into `root` (see the file comment). */
export function buildItemSections(root: Section, sources: MergeSource[], locals: Node[], shared: Array<{ nodes: Node[] }>, usedKeys: Set<string>, opts: MergeOptions, r: Rules, prefill: Record<string, Prefill>): void {
  const licenceAllowed = (key: string) => !opts.licences || opts.licences.some((l) => key === l || key.startsWith(`${l}.`));
  const itemKey = (id: string) => (usedKeys.has(id) ? `${id}-item` : id);
  const byItem = new Map<number, Array<{ node: Node; refs: Node[] }>>();
  for (const n of locals) (byItem.get(n.src) ?? byItem.set(n.src, []).get(n.src)!).push({ node: n, refs: [n] });
  for (const g of shared) {
    const { kept } = r.combine(g.nodes, "");
    const first = kept[0]!;
    (byItem.get(first.src) ?? byItem.set(first.src, []).get(first.src)!).push({ node: first, refs: kept });
  }
  for (const n of r.evicted.splice(0)) (byItem.get(n.src) ?? byItem.set(n.src, []).get(n.src)!).push({ node: n, refs: [n] });
  sources.forEach((s, src) => {
    const entries = (byItem.get(src) ?? []).sort((a, b) => a.node.idx - b.node.idx);
    if (!entries.length) return;
    const key = itemKey(s.id);
    const itemPointer = `/properties/${key}`;
    const section = ensureSection(root, key, { title: s.title ?? s.id }, false);
    // The section shows when any item with a field in it applies (fields shared by identical label live in
    // the first item's section); a field that belongs to fewer items gets its own rule.
    const sectionVisible = anyOf(entries.flatMap((e) => e.refs.map(r.condOf)));
    for (const { node, refs } of entries) {
      let schema = node.leaf.schema;
      for (const x of refs.slice(1)) { const c = combineSchemas(schema, x.leaf.schema); if (c.ok) schema = c.schema; }
      // A field bound to a dictionary element is checked as the element is, though it stays in its item's section.
      const b = node.binding;
      if (b.element && b.confidence >= CANDIDATE_CONFIDENCE) schema = withElementChecks(schema, b.element, refs.map((x) => x.leaf.title ?? ""));
      const pointer = placeLocal(section, { ...node.leaf, schema }, false, leafUi(s.form.uiSchema, node.leaf));
      r.provenance[pointer] = refs.map(r.refOf);
      for (const x of refs) r.mergedOf.set(x, pointer);
      // A local field bound to a person's role (a table row's ID copy) is fetched from e-licences, never from the profile.
      if (b.role && b.element && b.confidence >= CANDIDATE_CONFIDENCE) {
        const lp = ELEMENT_BY_KEY.get(b.element)?.prefill.find((e) => e.source === "licence" && e.roles.includes(b.role!) && licenceAllowed(e.key));
        if (lp) prefill[pointer] = { source: lp.source, key: lp.key, editable: lp.editable };
      }
      r.applyRules(pointer, refs, parentOf(root.schema, node.leaf, key), node.leaf.key);
      const rule = r.rules[pointer];
      if (rule?.visibleIf !== undefined && condKey(rule.visibleIf) === condKey(sectionVisible)) {
        delete rule.visibleIf;
        if (!Object.keys(rule).length) delete r.rules[pointer];
      }
    }
    if (sectionVisible !== undefined) r.rules[itemPointer] = { visibleIf: sectionVisible };
    if (hasRequired(root.schema.properties as Json, key)) ((root.schema.required ??= []) as string[]).push(key);
  });
}

/** The rebuilt object schema that holds an item-local leaf (its section inside the item section). */
function parentOf(rootSchema: Json, leaf: FormLeaf, itemKey: string): Json {
  let node = (rootSchema.properties as Json)[itemKey] as Json;
  for (const step of leaf.path) {
    node = (node.properties as Json)[step.key] as Json;
    if (step.kind === "array") node = node.items as Json;
  }
  return node;
}

function hasRequired(props: Json, key: string): boolean {
  const node = props[key] as Json;
  return Array.isArray(node.required) && node.required.length > 0;
}
