// Whose document a material is (tryout 10 #14): "参保人居民身份证" is the applicant's own ID card, "代办人（监护人）身份证件"
// an agent's — the same licence type, two different documents. The notice lists one e-licence once only when it is the
// same document of the same party; the party is the role the material's name begins with (the data dictionary's roles).
// A role named by what the person does in this procedure (申请人, 参保人, 申领人 — generic roles) is the applicant
// himself, and so is a name that names nobody ("居民身份证").
import { ROLES } from "./dictionary/roles.js";

/** The party every generic role and an unnamed material stand for: the applicant himself. */
export const SELF_PARTY = "self";

const CUES = ROLES.flatMap((r) => r.synonyms.map((s) => ({ text: s.replace(/@[\d.]+$/, ""), role: r }))).filter((c) => c.text.length >= 2);

/** The party (role key, or SELF_PARTY) a material's name names: the earliest role word in it, the longest at a tie. */
export function materialParty(name: string): string {
  let best: { at: number; len: number; role: (typeof CUES)[number]["role"] } | undefined;
  for (const c of CUES) {
    const at = name.indexOf(c.text);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && c.text.length > best.len)) best = { at, len: c.text.length, role: c.role };
  }
  return !best || best.role.generic ? SELF_PARTY : best.role.key;
}

/** The key under which one e-licence is listed once in a notice: its type and the party it belongs to. */
export function heldDocumentKey(m: { material_name: string; licence_type?: string }): string {
  return `${m.licence_type ?? m.material_name}|${materialParty(m.material_name)}`;
}
