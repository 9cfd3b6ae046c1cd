// The address of the establishment a form names: "药店名称" and "药店地址", "门诊名称" and "门诊地址" — when the form
// asks for the name of its X as the enterprise's name (a word the dictionary does not know as the entity's own, unlike
// 单位名称), X's address is the place the business is run (经营场所), whatever X is; "机构地址" beside "托育机构名称" too
// (the same X, said shorter). And the form's title says what the form is about: "机构名称" in 托育机构备案书 is the name
// of that 机构, the form's enterprise, as firmly as 单位名称. Read from the form itself, not from a list of kinds of shops.
import type { FormLeaf } from "./inspect.js";
import { elementByLabel, normalizeLabel, stripNotes } from "./match.js";
import type { RoleEvidence } from "./parties.js";
import { ELEMENT_REASONS as E } from "./reasons.js";

/** The part of a field's facts this pass reads and rewrites. */
export interface PlaceFacts { element?: RoleEvidence }

const ADDRESS = /^(.{1,8}?)(地址|地点|详细地址)$/;
const NAME = /^(.{1,8}?)名称$/;

/** Weight of "X名称" as the enterprise's name when the form's title names X: that of a dictionary synonym (单位名称). */
const TITLED_NAME = 0.9;

/** Binds "X名称" firmly to 企业名称 where the form's title names X and no other field of the form is firmly the
 *  enterprise's name (a 单位名称 beside a 场所名称 keeps the 场所 a place of the unit). */
export function establishmentName(leaves: FormLeaf[], facts: PlaceFacts[], audience: "enterprise" | "person", formTitle: string | undefined): void {
  if (audience !== "enterprise" || !formTitle) return;
  const title = normalizeLabel(formTitle);
  const firm = facts.some((f) => f.element?.key === "entName" && f.element.weight >= 0.85);
  if (firm) return;
  const named = leaves.map((leaf, i) => ({ i, m: NAME.exec(stripNotes(normalizeLabel(leaf.title ?? ""))) })).filter(({ i, m }) => m && m[1]!.length >= 2 && facts[i]!.element?.key === "entName" && title.includes(m[1]!));
  if (named.length !== 1) return;
  const { i, m } = named[0]!;
  facts[i]!.element = { key: "entName", weight: TITLED_NAME, reason: E.formNamesIt(m![1]!, leaves[i]!.title ?? "", formTitle) };
}

/** Whether the word before 地址 is a named establishment's word or its head ("机构" of "托育机构"). */
const sameWord = (named: ReadonlySet<string>, word: string) => named.has(word) || (word.length >= 2 && [...named].some((w) => w.endsWith(word)));

/** Binds "X地址" to 经营场所 where the same form's "X名称" is the enterprise's name, or (a label the dictionary does not
 *  read at all) where the form's title names X's trade: 旅馆地址 in 特种行业许可证申请登记表（旅馆业） (see the file comment). */
export function establishmentAddress(leaves: FormLeaf[], facts: PlaceFacts[], audience: "enterprise" | "person", formTitle?: string): void {
  if (audience !== "enterprise") return;
  namedAddress(leaves, facts);
  const titled = formTitle ? normalizeLabel(formTitle) : "";
  leaves.forEach((leaf, i) => {
    const m = ADDRESS.exec(stripNotes(normalizeLabel(leaf.title ?? "")));
    // The title names X as a trade (旅馆业): a verb before 地点 (设置地点 of a signboard's 设置备案) names no establishment.
    if (!m || facts[i]!.element || m[1]!.length < 2 || !titled.includes(`${m[1]!}业`)) return;
    facts[i]!.element = { key: "premises", weight: 0.9, reason: E.titledEstablishment(m[1]!, leaf.title ?? "", formTitle!) };
  });
}

/** "X地址" beside "X名称", the enterprise's name (see establishmentAddress). */
function namedAddress(leaves: FormLeaf[], facts: PlaceFacts[]): void {
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
    if (!m || !sameWord(named, m[1]!) || (facts[i]!.element && facts[i]!.element!.weight >= 0.85)) return;
    facts[i]!.element = { key: "premises", weight: 0.9, reason: E.establishment(m[1]!, title) };
  });
}
