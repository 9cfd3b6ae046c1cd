// Prefill of a smart form from the applicant's profile and e-licences (form.prefill), and the server-side check that
// fields prefilled as not editable were submitted unchanged.
import { dataPointerOf, evaluateCondition, type Bundle, getAtPointer, type Prefill } from "../spec/index.js";
import type { ProblemDetail } from "../spec/api.js";
import { parsePointer } from "../spec/pointer.js";
import type { LicenceProvider } from "./licences/provider.js";
import type { User } from "./store/users.js";
import { labelOf } from "../spec/field-label.js";
import { problem, type ServerLang } from "./submission-messages.js";

/** One prefilled field: its data pointer, value, where it came from and whether the applicant may change it. */
export interface PrefilledField { pointer: string; value: unknown; source: "profile" | "licence"; origin: string; editable: boolean }

/** The data pointer a prefill key designates (schema pointers like /properties/a are mapped to /a). */
function dataPointer(key: string): string {
  return key.includes("/properties/") || key.startsWith("/properties") ? dataPointerOf(key) : key;
}

/** One party of the applicant's registry record: their profile attributes and the id their licences are held under. */
interface Party { profile: Record<string, unknown>; holder: string; own: boolean }

/** The parties a prefill subject can name. A company account is the company (its profile, licences under its USCC);
 * its legal representative is the person the registry names. A person account is that person, and — when a form
 * asks for a legal representative — only a suggestion (they may be opening a company someone else represents). */
function partyOf(user: User, subject: "applicant" | "legalRep"): Party | undefined {
  const p = user.profile;
  const isCompany = typeof p.uscc === "string" && p.uscc !== "";
  if (subject === "applicant") return { profile: p, holder: String(isCompany ? p.uscc : p.idNumber ?? ""), own: true };
  if (!isCompany) return { profile: p, holder: String(p.idNumber ?? ""), own: false };
  if (!p.legalRepresentative) return undefined;
  const profile = { name: p.legalRepresentative, idType: "居民身份证", idNumber: p.legalRepresentativeIdNumber };
  return { profile, holder: String(p.legalRepresentativeIdNumber ?? ""), own: true };
}

async function valueOf(p: Prefill, party: Party, licences: LicenceProvider): Promise<{ value: unknown; origin: string }> {
  if (p.source === "profile") return { value: party.profile[p.key], origin: p.key };
  const [type, ...field] = p.key.split(".");
  const licence = party.holder && type ? await licences.find(party.holder, type) : undefined;
  return { value: licence?.fields[field.join(".")], origin: licence?.title ?? p.key };
}

/** Values for every prefill entry the applicant's record answers in this situation (`when`), each from the right
 * party (`subject`); a value that is only a suggestion stays editable. */
export async function prefillFor(bundle: Bundle, user: User, licences: LicenceProvider, answers: Record<string, unknown> = {}, data: Record<string, unknown> = {}): Promise<PrefilledField[]> {
  const out: PrefilledField[] = [];
  for (const [key, p] of Object.entries(bundle.form.prefill)) {
    if (p.when !== undefined && !evaluateCondition(p.when, { answers: answers as never, data })) continue;
    const party = partyOf(user, p.subject ?? "applicant");
    if (!party) continue;
    const { value, origin } = await valueOf(p, party, licences);
    if (value !== undefined && value !== null && value !== "") out.push({ pointer: dataPointer(key), value, source: p.source, origin, editable: p.editable || !party.own });
  }
  return out;
}

/** Nested form data holding the prefilled values (what the form starts with). */
export function prefillData(fields: PrefilledField[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const segs = parsePointer(f.pointer);
    if (!segs.length || segs.includes("*")) continue;
    let node = data;
    for (const s of segs.slice(0, -1)) node = (node[s] ??= {}) as Record<string, unknown>;
    node[segs[segs.length - 1]!] = f.value;
  }
  return data;
}

/** The locked prefilled fields whose value was changed (absent is fine: the field may be hidden in this situation). */
export function changedLockedFields(fields: PrefilledField[], data: Record<string, unknown>): PrefilledField[] {
  return fields
    .filter((f) => !f.editable && !f.pointer.includes("*"))
    .filter((f) => {
      const v = getAtPointer(data, f.pointer);
      return v !== undefined && JSON.stringify(v) !== JSON.stringify(f.value);
    });
}

/** Problems where a locked prefilled value was changed, as pointers into the request body, naming the field by its
 *  label and where its value comes from (the applicant's verified identity, or the e-licence by its title). */
export function lockedProblems(fields: PrefilledField[], data: Record<string, unknown>, schema: object, lang: ServerLang): ProblemDetail[] {
  return changedLockedFields(fields, data).map((f) => {
    const field = labelOf(schema, parsePointer(f.pointer));
    const origin = f.source === "profile" ? { zh: "您的实名信息", en: "your verified identity" } : { zh: `电子证照「${f.origin}」`, en: `the e-licence "${f.origin}"` };
    return problem(lang, "prefill_locked", `/data${f.pointer}`, { field, originZh: origin.zh, originEn: origin.en }, field);
  });
}
