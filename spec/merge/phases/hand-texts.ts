// Staff texts in the merge: a label or help text typed in the merge studio is a hand edit ("text") naming the source
// fields of the merged field it was typed on, so every later merge of the bundle finds that field again — the one
// now holding most of those sources (a group row: the section holding them all) — and puts the text back on it.
// Replayed in order; a later text of the same field wins.
import { escapePointer, parsePointer } from "../../pointer.js";
import type { SmartForm, SourceRef } from "../../bundle.js";
import type { MergeEdit } from "../types.js";

const key = (r: SourceRef) => `${r.item}#${r.pointer}`;

/** The deepest schema node (a section or a field) containing every pointer: "/properties/a/properties/b" … */
function commonNode(pointers: string[]): string | undefined {
  if (!pointers.length) return undefined;
  const segs = pointers.map(parsePointer);
  let n = 0;
  while (segs.every((s) => n < s.length && s[n] === segs[0]![n])) n++;
  const shared = segs[0]!.slice(0, n - (n % 2)); // whole "properties/<key>" steps only
  return shared.length ? shared.map((s) => "/" + escapePointer(s)).join("") : undefined;
}

/** The merged field (or, for a group row, the section) a text edit belongs to in this form. */
function targetOf(edit: MergeEdit, owner: Map<string, string>): string | undefined {
  const held = edit.refs.map((r) => owner.get(key(r))).filter((p): p is string => !!p);
  if (edit.group) {
    const at = commonNode(held);
    // A group left with one field: the text belongs to the section around it, not to the field.
    if (at === undefined || !held.includes(at)) return at;
    return at.split("/").slice(0, -2).join("/") || undefined;
  }
  const votes = new Map<string, number>();
  for (const p of held) votes.set(p, (votes.get(p) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A copy of `schema` with the text set (an empty text removes it) on the node at `pointer`; the input is not touched. */
function withText(schema: Record<string, unknown>, segs: string[], field: "title" | "description", text: string): Record<string, unknown> {
  if (!segs.length) {
    const node = { ...schema };
    if (text) node[field] = text; else delete node[field];
    return node;
  }
  const [head, ...rest] = segs;
  const child = schema[head!];
  if (!child || typeof child !== "object") return schema;
  return { ...schema, [head!]: withText(child as Record<string, unknown>, rest, field, text) };
}

/** Puts the recorded staff texts back on the fields that hold their sources now (see the file comment). */
export function applyHandTexts(form: SmartForm, edits: readonly MergeEdit[] | undefined): SmartForm {
  const texts = (edits ?? []).filter((e) => e.kind === "text" && e.field && e.text !== undefined);
  if (!texts.length) return form;
  const owner = new Map<string, string>();
  for (const [p, refs] of Object.entries(form.provenance)) for (const r of refs) owner.set(key(r), p);
  let schema = form.schema as Record<string, unknown>;
  for (const e of texts) {
    const at = targetOf(e, owner);
    if (at !== undefined) schema = withText(schema, parsePointer(at), e.field!, e.text!);
  }
  return { ...form, schema: schema as SmartForm["schema"] };
}
