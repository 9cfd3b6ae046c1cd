// Evidence a label carries besides its main words: a bracketed note that names the datum or the person
// ("申请人（企业名称）" is the applicant's 企业名称, "被核验人（儿童）" is the child), and alternatives joined by / or 或
// ("姓名/名称": a person's 姓名 or an organisation's 名称, decided by whose form it is).
import type { ExtensionIndex } from "../dictionary/extensions.js";
import { elementByLabel, elementSuffix, normalizeLabel, roleByTitle, rolePrefix, stripNotes, type Hit } from "./match.js";

/** The last bracketed note of a normalised label, and the label without its notes. */
export function splitNote(label: string): { main: string; note?: string } {
  const n = normalizeLabel(label);
  const m = /（([^（）]+)）[^（）]*$/.exec(n);
  return { main: stripNotes(n), note: m?.[1] };
}

/** The element a label's note names ("（企业名称）", "（旅行社名称）"), exact or by its last words, with how firmly. */
export function noteElement(label: string, ext: ExtensionIndex): { hit: Hit; exact: boolean; main: string } | undefined {
  const { main, note } = splitNote(label);
  if (!note) return undefined;
  const exact = ext.element(note) ?? elementByLabel(note);
  if (exact) return { hit: exact, exact: true, main };
  const suffix = elementSuffix(note);
  return suffix ? { hit: suffix, exact: false, main } : undefined;
}

/** The role a note names exactly ("被核验人（儿童）", "乙方（劳动者）"): the note says who the person is. */
export function noteRole(title: string, ext: ExtensionIndex): Hit | undefined {
  const { note } = splitNote(title);
  if (!note) return undefined;
  return ext.role(note) ?? roleByTitle(note);
}

/** The role the main words of a label name when they are nothing but a role ("申请人", "存款人"). */
export function mainRole(main: string, ext: ExtensionIndex): Hit | undefined {
  const learnt = ext.role(main);
  if (learnt) return learnt;
  const hit = roleByTitle(main);
  if (hit) return hit;
  const p = rolePrefix(main);
  return p && p.rest === "" ? p.hit : undefined;
}

/** The element of a label made of alternatives ("姓名/名称", "住址或住所"): the one they all name, or for a person's
 *  姓名 against an organisation's 名称 the one of whose form it is. */
export function alternativesElement(label: string, audience: "enterprise" | "person"): { key: string; weight: number; via: string } | undefined {
  const main = stripNotes(normalizeLabel(label));
  const parts = main.split(/[/／或、]/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const keys = new Set<string>();
  let weight = 1;
  for (const p of parts) {
    const hit = elementByLabel(p);
    if (!hit) return undefined;
    keys.add(hit.key);
    weight = Math.min(weight, hit.weight);
  }
  if (keys.size === 1) return { key: [...keys][0]!, weight: weight * 0.95, via: main };
  if (keys.size === 2 && keys.has("name") && keys.has("entName")) return { key: audience === "person" ? "name" : "entName", weight: 0.85, via: main };
  return undefined;
}
