// Starting a counter session (窗口帮办代办): the clerk may file this one-thing (its lead department's front desk), the
// person at the window is identified against the identity / e-licence provider — and, filing for a company, the
// company too — the account holding the case is found or created, and an online draft the applicant shows the code
// of is taken over. Failed identifications and draft codes are rate limited per clerk.
import { z } from "zod";
import type { Bundle } from "../../spec/bundle.js";
import type { ProblemDetail } from "../../spec/api.js";
import { HttpError } from "../errors.js";
import { say } from "../messages.js";
import type { Deps } from "../routes/route.js";
import { getFormDraft, type FormDraft } from "../store/applications.js";
import { getPublished, isArchived, type Published } from "../store/bundles.js";
import { hit, hits } from "../store/rate-limits.js";
import type { User } from "../store/users.js";
import { addMs, iso } from "../util.js";
import { applicantAccount, companyProfile, findApplicantByHolder, identityShapeProblems, mobileOf, personProfile, verifyCompany, verifyPerson, type Party, type VerifiedCompany, type VerifiedPerson } from "./identity.js";
import { findDraftCode, getSession, insertSession, useDraftCode, type CounterSession, type DraftCode, type VisitorRole } from "./store.js";

/** How long a counter session stays open (one visit at the window). */
export const SESSION_MS = 4 * 3600_000;
/** Failed identifications (or draft codes) one clerk may make per window before being held back. */
export const FAILURES_MAX = 10;
export const FAILURES_WINDOW_MS = 10 * 60_000;

const IdNumber = z.string("请填写公民身份号码").trim().toUpperCase().pipe(z.string().max(18, "公民身份号码为 18 位"));
const Name = z.string("请填写姓名").trim().max(50, "姓名最多 50 个字");
const Person = z.object({ idNumber: IdNumber, name: Name, mobile: z.string().max(20, "手机号码为 11 位").optional() });

/** The body of POST /api/counter/sessions: the one-thing (or a draft code), the person at the window, and whom they
 * file for when it is not themselves — a person who authorised them (principal) or a company. */
export const StartBody = z.object({
  bundleKey: z.string().min(1).max(64).optional(), version: z.number().int().positive().optional(),
  visitor: Person, principal: z.object({ idNumber: IdNumber, name: Name }).optional(),
  company: z.object({ uscc: z.string("请填写统一社会信用代码").trim().toUpperCase().pipe(z.string().max(18, "统一社会信用代码为 18 位")), name: z.string("请填写企业名称").trim().max(200, "企业名称最多 200 个字") }).optional(),
  draftCode: z.string().trim().toUpperCase().pipe(z.string().max(12, "草稿码为 6 位")).optional(),
});
export type StartBody = z.infer<typeof StartBody>;

/** Whether a clerk may file this one-thing at the counter: only the front desk of its lead department. */
export function mayFile(clerk: User, spec: Bundle): boolean {
  return clerk.roles.includes("clerk") && !!clerk.department && clerk.department === spec.lead;
}

/** 403 unless the clerk may file this one-thing. */
export function checkMayFile(clerk: User, published: Published, leadName: string): void {
  if (mayFile(clerk, published.spec)) return;
  throw new HttpError(403, "forbidden", say(`只有牵头部门（${leadName}）的窗口受理员可以代办「${published.spec.title}」`, `Only clerks of the lead department (${leadName}) may file "${published.spec.title}" at the counter`));
}

const failKey = (kind: "id" | "code", clerk: User) => `counter-${kind}:${clerk.id}`;

async function guardFailures(d: Deps, kind: "id" | "code", clerk: User): Promise<void> {
  if ((await hits(d.db, failKey(kind, clerk), d.clock.now(), FAILURES_WINDOW_MS)) < FAILURES_MAX) return;
  throw new HttpError(429, "too_many_attempts", kind === "id"
    ? say("身份核验失败次数过多，请 10 分钟后再试，或请申请人到人工核验窗口", "Too many failed identity checks: wait 10 minutes or verify at the manual desk")
    : say("草稿码错误次数过多，请 10 分钟后再试", "Too many wrong draft codes: wait 10 minutes"));
}

/** Runs a check; a 4xx it throws counts one failure of the clerk. */
async function counted<T>(d: Deps, kind: "id" | "code", clerk: User, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof HttpError && err.status === 400) await hit(d.db, failKey(kind, clerk), d.clock.now(), FAILURES_WINDOW_MS);
    throw err;
  }
}

/** The draft a code hands over: the code is live, it is this applicant's, and the draft is still there. */
async function takeover(d: Deps, code: string, owner: User | undefined): Promise<{ code: DraftCode; draft: FormDraft }> {
  const wrong = (zh: string, en: string) => new HttpError(400, "invalid_draft_code", say(zh, en), [{ pointer: "/draftCode", message: say(zh, en) }]);
  const found = await findDraftCode(d.db, code);
  if (!found) throw wrong("草稿码不正确，请核对申请人手机上显示的 6 位草稿码", "The draft code is wrong: check the 6 characters on the applicant's phone");
  if (found.usedAt) throw wrong("该草稿码已被使用，请申请人重新生成", "This draft code was used already: ask the applicant for a new one");
  if (Date.parse(found.expiresAt) <= d.clock.now().getTime()) throw wrong("该草稿码已过期，请申请人重新生成", "This draft code has expired: ask the applicant for a new one");
  if (!owner || owner.id !== found.applicantId) throw wrong("该草稿码不属于这位申请人，请核对身份信息", "This draft code belongs to someone else: check the identity");
  const draft = await getFormDraft(d.db, found.applicantId, found.bundleKey);
  if (!draft) throw new HttpError(409, "conflict", say("该草稿已提交或已被删除", "The draft was submitted or deleted"), { allowedActions: [] });
  return { code: found, draft };
}

interface Identified { party: Party; role: VisitorRole; visitor: VerifiedPerson; company?: VerifiedCompany; holder: { party: Party; id: string; displayName: string; profile: Record<string, unknown> }; mobile?: string }

/** Identifies the visitor (and the company): every shape problem first, then the provider's answers. */
async function identify(d: Deps, spec: Bundle, req: StartBody): Promise<Identified> {
  const problems: ProblemDetail[] = identityShapeProblems({ ...req.visitor, pointer: "/visitor" }, d.clock.now());
  if (spec.audience === "enterprise" && !req.company) problems.push({ pointer: "/company", code: "required", message: `「${spec.title}」由企业申请，请填写企业的统一社会信用代码和名称` });
  if (spec.audience === "person" && req.company) problems.push({ pointer: "/company", code: "not_allowed", message: `「${spec.title}」由个人申请，不能代企业办理` });
  if (req.company && req.principal) problems.push({ pointer: "/principal", code: "not_allowed", message: "为企业办理时不填写委托人，企业即申请人" });
  if (req.principal) problems.push(...identityShapeProblems({ ...req.principal, pointer: "/principal" }, d.clock.now()));
  if (req.principal && req.principal.idNumber === req.visitor.idNumber) problems.push({ pointer: "/principal/idNumber", code: "same_person", message: "委托人与到场人是同一人：本人办理无需填写委托人" });
  if (problems.length) throw new HttpError(400, "invalid_request", say(`身份信息有 ${problems.length} 处需要更正`, `${problems.length} problem(s) in the identity`), problems);
  const mobile = mobileOf(req.visitor.mobile, "/visitor/mobile");
  const visitor = await verifyPerson(d.licences, req.visitor.idNumber, req.visitor.name, "/visitor");
  if (req.principal) {
    // An agent for a person: the case is the principal's (their account, their phone); the agent needs the letter.
    const principal = await verifyPerson(d.licences, req.principal.idNumber, req.principal.name, "/principal");
    return { party: "person", role: "agent", visitor, holder: { party: "person", id: principal.idNumber, displayName: principal.name, profile: personProfile(principal, undefined) } };
  }
  if (!req.company) return { party: "person", role: "self", visitor, holder: { party: "person", id: visitor.idNumber, displayName: visitor.name, profile: personProfile(visitor, mobile) }, ...(mobile ? { mobile } : {}) };
  const company = await verifyCompany(d.licences, req.company.uscc, req.company.name);
  const role: VisitorRole = company.legalRepresentative && company.legalRepresentative === visitor.name ? "legal_rep" : "agent";
  const profile = companyProfile(company, role === "legal_rep" ? visitor.idNumber : undefined, mobile);
  return { party: "company", role, visitor, company, holder: { party: "company", id: company.uscc, displayName: company.name, profile }, ...(mobile ? { mobile } : {}) };
}

/** Opens a session for a verified walk-in applicant; with a draft code, on the draft's one-thing and version. */
export async function startSession(d: Deps, clerk: User, req: StartBody, leadName: (id: string) => Promise<string>): Promise<{ session: CounterSession; draft?: FormDraft }> {
  await guardFailures(d, "id", clerk);
  if (req.draftCode) await guardFailures(d, "code", clerk);
  const code = req.draftCode ? await findDraftCode(d.db, req.draftCode) : undefined;
  const bundleKey = code?.bundleKey ?? req.bundleKey;
  if (!bundleKey) throw new HttpError(400, "invalid_request", say("请选择要办理的一件事，或输入申请人的草稿码", "Choose a one-thing or enter the applicant's draft code"), [{ pointer: "/bundleKey", message: say("必填", "required") }]);
  const first = await getPublished(d.db, bundleKey, req.version);
  if (!first) throw new HttpError(404, "not_found", say(`一件事 ${bundleKey} 没有已发布的版本`, `The one-thing ${bundleKey} has no published version`));
  checkMayFile(clerk, first, await leadName(first.spec.lead));
  if (await isArchived(d.db, bundleKey)) throw new HttpError(409, "conflict", say(`「${first.spec.title}」已停止办理`, `"${first.spec.title}" is no longer offered`), { allowedActions: [] });
  const who = await counted(d, "id", clerk, () => identify(d, first.spec, req));
  const existing = await findApplicantByHolder(d.db, who.holder.party, who.holder.id);
  const taken = req.draftCode ? await counted(d, "code", clerk, () => takeover(d, req.draftCode!, existing)) : undefined;
  const published = taken && taken.draft.version !== first.version ? await getPublished(d.db, bundleKey, taken.draft.version) : first;
  if (!published) throw new HttpError(409, "conflict", say("草稿所填的版本已不存在，请重新填写", "The draft's version no longer exists"), { allowedActions: [] });
  const now = d.clock.now();
  const session = await d.db.tx(async (q) => {
    const { user, created } = await applicantAccount(q, who.holder, clerk, now);
    if (taken && !(await useDraftCode(q, taken.code.id, clerk.id, now))) {
      throw new HttpError(409, "conflict", say("该草稿码刚被其他窗口使用", "Another desk used this draft code just now"), { allowedActions: [] });
    }
    const phone = typeof user.profile.mobile === "string" && user.profile.mobile ? user.profile.mobile : who.mobile ?? null;
    return insertSession(q, {
      clerkId: clerk.id, department: clerk.department!, bundleKey, version: published.version, applicantId: user.id, party: who.party, role: who.role,
      visitorName: who.visitor.name, visitorIdNumber: who.visitor.idNumber, phone, accountCreated: created, draftCodeId: taken?.code.id ?? null,
      expiresAt: iso(addMs(now, SESSION_MS)),
    }, now);
  });
  return { session, ...(taken ? { draft: taken.draft } : {}) };
}

/** The clerk's own live session, or 404 / 409 (another clerk's session is not found: no oracle). */
export async function liveSession(d: Deps, clerk: User, id: string, opts: { open?: boolean } = {}): Promise<CounterSession> {
  const s = await getSession(d.db, id);
  if (!s || s.clerkId !== clerk.id) throw new HttpError(404, "not_found", say("该窗口办理会话不存在", "This counter session was not found"));
  if (opts.open !== false && s.applicationId) throw new HttpError(409, "conflict", say("该会话已提交申请，不能再修改", "This session was submitted already"), { allowedActions: [] });
  if (opts.open !== false && Date.parse(s.expiresAt) <= d.clock.now().getTime()) throw new HttpError(409, "conflict", say("会话已超时，请重新核验申请人身份", "The session timed out: identify the applicant again"), { allowedActions: [] });
  return s;
}
