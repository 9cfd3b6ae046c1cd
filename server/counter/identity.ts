// Identifying a walk-in applicant at the counter (身份核验): the identity number and name the clerk typed from the
// card are checked against the identity / e-licence provider (the resident ID licence of a person, the business
// licence of a company), then the account that holds the case is found or created.
//
// The account: a service centre cannot turn away someone who never registered online, and the case must be theirs
// (我的办件), not the clerk's. One identity number (or USCC) is one account, so an existing account — found through
// the link table, else once by its profile — is used as is; otherwise an account is created from the verified
// licence with NO usable password (the clerk never learns or sets one). Its owner reaches it through identity login
// (ID number + one-time code to the phone given at the window, or the national identity platform), and finds every
// case filed for them there.
import { sql } from "drizzle-orm";
import { idCardProblem, isMobile, usccProblem } from "../../spec/dictionary/validators.js";
import type { ProblemDetail } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { HttpError } from "../errors.js";
import type { LicenceProvider } from "../licences/provider.js";
import { say } from "../messages.js";
import { findUser, findUserByName, insertUser, type User } from "../store/users.js";
import { iso } from "../util.js";

/** Who the case is for: a person (its own ID number) or a company (its USCC). */
export type Party = "person" | "company";

/** A person whose identity number and name the provider confirmed. */
export interface VerifiedPerson { idNumber: string; name: string; fields: Record<string, unknown> }

/** A company whose USCC and name the provider confirmed, with its registered legal representative. */
export interface VerifiedCompany { uscc: string; name: string; legalRepresentative: string; fields: Record<string, unknown> }

const bad = (pointer: string, zh: string, en: string): HttpError =>
  new HttpError(400, "identity_mismatch", say(`身份核验未通过：${zh}`, `Identity check failed: ${en}`), [{ pointer, message: say(zh, en) }]);

/** The shape problems of what the clerk typed (every one, so the form can mark each field). */
export function identityShapeProblems(p: { idNumber: string; name: string; pointer: string }, now: Date): ProblemDetail[] {
  const out: ProblemDetail[] = [];
  const shape = idCardProblem(p.idNumber, now);
  if (shape) out.push({ pointer: `${p.pointer}/idNumber`, code: "id_number", message: shape });
  if (!p.name.trim()) out.push({ pointer: `${p.pointer}/name`, code: "required", message: "请填写姓名（与身份证件一致）" });
  return out;
}

/** Confirms a person with the provider: their resident ID licence exists and carries exactly this name. */
export async function verifyPerson(licences: LicenceProvider, idNumber: string, name: string, pointer: string): Promise<VerifiedPerson> {
  const licence = await licences.find(idNumber, "resident_id");
  if (!licence) {
    throw bad(`${pointer}/idNumber`, "身份认证平台没有该公民身份号码的记录，请核对号码，或请申请人出示身份证原件到人工核验窗口",
      "the identity platform holds no record of this ID number; check it or verify the original card at the manual desk");
  }
  const registered = String(licence.fields.name ?? "").trim();
  if (registered !== name.trim()) {
    throw bad(`${pointer}/name`, "姓名与公民身份号码不一致，请按身份证件上的姓名填写", "the name does not match the ID number; type the name as on the card");
  }
  return { idNumber, name: registered, fields: licence.fields };
}

/** Confirms a company with the provider: its business licence exists under this USCC and carries this name. */
export async function verifyCompany(licences: LicenceProvider, uscc: string, name: string): Promise<VerifiedCompany> {
  const shape = usccProblem(uscc);
  if (shape) throw new HttpError(400, "invalid_request", say(`统一社会信用代码有误：${shape}`, "The USCC is not valid"), [{ pointer: "/company/uscc", code: "uscc", message: shape }]);
  const licence = await licences.find(uscc, "business_licence");
  if (!licence) throw bad("/company/uscc", "电子证照库中没有该统一社会信用代码的营业执照，请核对代码", "no business licence is held under this USCC");
  const registered = String(licence.fields.name ?? "").trim();
  if (registered !== name.trim()) throw bad("/company/name", "企业名称与营业执照不一致，请按营业执照上的名称填写", "the company name does not match its business licence");
  return { uscc, name: registered, legalRepresentative: String(licence.fields.legal_representative ?? "").trim(), fields: licence.fields };
}

/** A mobile number typed at the window, checked (undefined when none was given). */
export function mobileOf(mobile: string | undefined, pointer: string): string | undefined {
  const m = mobile?.trim();
  if (!m) return undefined;
  if (!isMobile(m)) throw new HttpError(400, "invalid_request", say("手机号码应为 11 位数字，以 1 开头", "The mobile number must be 11 digits starting with 1"), [{ pointer, code: "mobile", message: say("手机号码格式不正确", "Invalid mobile number") }]);
  return m;
}

/** The applicant account holding an identity (a person's ID number or a company's USCC), if any. */
export async function findApplicantByHolder(q: Queryable, party: Party, holderId: string): Promise<User | undefined> {
  const link = await q.get<{ user_id: string }>(sql`SELECT user_id FROM applicant_identities WHERE holder_id = ${holderId}`);
  if (link) return findUser(q, link.user_id);
  // An account registered online before it was ever linked: found once by its profile, then linked.
  const key = party === "company" ? "uscc" : "idNumber";
  const rows = await q.all<{ id: string }>(sql`SELECT id FROM users WHERE profile LIKE ${`%"${key}":"${holderId}"%`}`);
  for (const r of rows) {
    const u = await findUser(q, r.id);
    if (!u || !u.roles.includes("applicant")) continue;
    const p = u.profile;
    const isCompany = typeof p.uscc === "string" && p.uscc !== "";
    if ((key === "uscc" && p.uscc === holderId) || (key === "idNumber" && !isCompany && p.idNumber === holderId)) return u;
  }
  return undefined;
}

/** The account of a verified person or company: the existing one, else one created from the licence (no password). */
export async function applicantAccount(q: Queryable, holder: { party: Party; id: string; displayName: string; profile: Record<string, unknown> }, by: User, now: Date): Promise<{ user: User; created: boolean }> {
  const existing = await findApplicantByHolder(q, holder.party, holder.id);
  if (existing) {
    await q.run(sql`INSERT INTO applicant_identities (holder_id, user_id, source, created_by, created_at) VALUES (${holder.id}, ${existing.id}, 'linked', ${by.id}, ${iso(now)}) ON CONFLICT (holder_id) DO NOTHING`);
    return { user: existing, created: false };
  }
  const username = `id-${holder.id}`;
  // "!" is no scrypt hash: no password matches it, so the account opens only through identity login.
  await insertUser(q, { username, displayName: holder.displayName, passwordHash: "!counter", roles: ["applicant"], profile: holder.profile }, now);
  const user = (await findUserByName(q, username))!;
  await q.run(sql`INSERT INTO applicant_identities (holder_id, user_id, source, created_by, created_at) VALUES (${holder.id}, ${user.id}, 'created', ${by.id}, ${iso(now)}) ON CONFLICT (holder_id) DO NOTHING`);
  return { user, created: true };
}

/** The profile of a person's new account, from their resident ID licence (what the portal's prefill reads). */
export function personProfile(p: VerifiedPerson, mobile: string | undefined): Record<string, unknown> {
  const f = p.fields;
  return {
    name: p.name, idType: "居民身份证", idNumber: p.idNumber, ...(mobile ? { mobile } : {}),
    ...(typeof f.gender === "string" ? { gender: f.gender } : {}), ...(typeof f.birthDate === "string" ? { birthDate: f.birthDate } : {}),
    ...(typeof f.address === "string" ? { address: f.address } : {}),
  };
}

/** The profile of a company's new account, from its business licence. */
export function companyProfile(c: VerifiedCompany, legalRepIdNumber: string | undefined, mobile: string | undefined): Record<string, unknown> {
  return {
    name: c.name, uscc: c.uscc, ...(c.legalRepresentative ? { legalRepresentative: c.legalRepresentative } : {}),
    ...(legalRepIdNumber ? { legalRepresentativeIdNumber: legalRepIdNumber } : {}), ...(mobile ? { mobile } : {}),
  };
}
