// The address of the establishment a form names: "药店名称" and "药店地址", "门诊名称" and "门诊地址" — when the form
// asks for the name of its X as the enterprise's name (a word the dictionary does not know as the entity's own, unlike
// 单位名称), X's address is the place the business is run (经营场所), whatever X is. Read from the form itself, not
// from a list of kinds of shops.
import type { FormLeaf } from "./inspect.js";
import { elementByLabel, normalizeLabel, stripNotes } from "./match.js";
import type { RoleEvidence } from "./parties.js";
import { ELEMENT_REASONS as E } from "./reasons.js";

/** The part of a field's facts this pass reads and rewrites. */
export interface PlaceFacts { element?: RoleEvidence }

const ADDRESS = /^(.{1,8}?)(地址|地点|详细地址)$/;
const NAME = /^(.{1,8}?)名称$/;

/** Binds "X地址" to 经营场所 where the same form's "X名称" is the enterprise's name (see the file comment). */
export function establishmentAddress(leaves: FormLeaf[], facts: PlaceFacts[], audience: "enterprise" | "person"): void {
  if (audience !== "enterprise") return;
  const named = new Set<string>();
  leaves.forEach((leaf, i) => {
    const m = NAME.exec(stripNotes(normalizeLabel(leaf.title ?? "")));
    // "单位名称" / "企业名称" name the entity itself (a dictionary synonym): its 单位地址 is the entity's, not a shop's.
    if (m && facts[i]!.element?.key === "entName" && !elementByLabel(leaf.title ?? "")) named.add(m[1]!);
  });
  if (!named.size) return;
  leaves.forEach((leaf, i) => {
    const title = leaf.title ?? "";
    const m = ADDRESS.exec(stripNotes(normalizeLabel(title)));
    if (!m || !named.has(m[1]!) || (facts[i]!.element && facts[i]!.element!.weight >= 0.85)) return;
    facts[i]!.element = { key: "premises", weight: 0.9, reason: E.establishment(m[1]!, title) };
  });
}
