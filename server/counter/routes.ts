// Routes of assisted filing at the counter (/api/counter/…): a clerk of the lead department identifies a walk-in
// applicant and opens a session, reads the prefill the applicant would get, scans their materials (and an agent's
// authorisation letter), has the applicant confirm and files the case as theirs; the applicant makes the code that
// hands their online draft to the window; staff and the applicant read the filing record.
import { sql } from "drizzle-orm";
import { createHash } from "node:crypto";
import { answerFromText } from "../../spec/guide-answers.js";
import { maskIdNumber } from "../documents/format.js";
import { HttpError } from "../errors.js";
import { materialsOf, type MaterialRef } from "../materials.js";
import { fileSize } from "../../spec/files.js";
import { say } from "../messages.js";
import { prefillData, prefillFor } from "../prefill.js";
import { attachmentView, fileName, fileResponse, readChecked } from "../routes/materials.js";
import { body, must, param, route, type Deps, type RouteDef } from "../routes/route.js";
import { caseAccess } from "../routes/case-access.js";
import { auditAccess } from "../security/access-audit.js";
import { countPending, deletePending, getAttachment, insertAttachment, pendingAttachments } from "../store/attachments.js";
import { getApplication } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";
import { findUser, type User } from "../store/users.js";
import { MAX_PENDING_FILES } from "../materials.js";
import { requestLang } from "../submission-messages.js";
import { applicationView } from "../views.js";
import { z } from "zod";
import { issueDraftCode } from "./draft-codes.js";
import { CounterSubmitBody, contentDigest, fileAtCounter } from "./filing.js";
import { AUTHORISATION_KEY, AUTHORISATION_LIMITS } from "./materials.js";
import { sendChallenge } from "./otp.js";
import { maskPhone } from "../otp/codes.js";
import { liveSession, startSession, StartBody } from "./session.js";
import { getFiling, type CounterFiling, type CounterSession } from "./store.js";

const maskedPhone = (p: string | null) => (p ? maskPhone(p) : null);

/** The session as the workbench sees it (identity numbers masked). */
async function sessionView(d: Deps, s: CounterSession) {
  const [applicant, published] = await Promise.all([findUser(d.db, s.applicantId), getPublished(d.db, s.bundleKey, s.version)]);
  const p = applicant?.profile ?? {};
  return {
    id: s.id, bundleKey: s.bundleKey, version: s.version, bundleTitle: published?.spec.title ?? s.bundleKey,
    applicant: { displayName: applicant?.displayName ?? "", party: s.party, idNumber: s.party === "company" ? String(p.uscc ?? "") : maskIdNumber(String(p.idNumber ?? "")), accountCreated: s.accountCreated },
    visitor: { name: s.visitorName, idNumber: maskIdNumber(s.visitorIdNumber), role: s.role },
    needsAuthorisation: s.role === "agent", phone: maskedPhone(s.phone), draftTakenOver: !!s.draftCodeId,
    createdAt: s.createdAt, expiresAt: s.expiresAt, applicationId: s.applicationId,
  };
}

/** The filing record as staff and the applicant see it. */
function filingView(f: CounterFiling) {
  return {
    applicationId: f.applicationId, filedBy: f.filedByName, department: f.department, party: f.party, role: f.role,
    visitor: { name: f.visitorName, idNumber: maskIdNumber(f.visitorIdNumber) }, confirmation: f.confirmation,
    ...(f.signature ? { signature: f.signature } : {}), ...(f.confirmedPhone ? { confirmedPhone: maskedPhone(f.confirmedPhone) } : {}),
    ...(f.authorisationId ? { authorisation: { id: f.authorisationId, url: `/api/counter/filings/${encodeURIComponent(f.applicationId)}/authorisation` } } : {}),
    contentSha256: f.contentSha256, draftTakenOver: f.draftTakenOver, filedAt: f.filedAt,
  };
}

/** The material a counter upload is for: one of the version's materials, or the authorisation letter. */
function counterMaterial(refs: Map<string, MaterialRef>, key: string | undefined): MaterialRef {
  if (key === AUTHORISATION_KEY) return { key, itemId: "counter", itemName: "窗口代办", material: { ...AUTHORISATION_LIMITS } as MaterialRef["material"] };
  const ref = key ? refs.get(key) : undefined;
  if (!ref) throw new HttpError(400, "invalid_request", say(`没有这项材料：${key ?? "（未指定）"}`, `Unknown material: ${key ?? "(none)"}`), [{ pointer: "/material", message: say("material 须为「事项id/材料id」或 counter/authorisation", "material must be item/material or counter/authorisation") }]);
  return ref;
}

/** The guide answers of a query ("a.<question>", as in the portal's links). */
function answersOfQuery(spec: { guide: { questions: Array<Parameters<typeof answerFromText>[0]> } }, queries: (name: string) => string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of spec.guide.questions) {
    const v = answerFromText(q, queries(`a.${q.id}`) ?? []);
    if (v !== undefined) out[q.id] = v;
  }
  return out;
}

/** Routes of /api/counter. */
export function counterRoutes(d: Deps): RouteDef[] {
  const leadName = async (id: string) => (await d.db.get<{ name: string }>(sql`SELECT name FROM departments WHERE id = ${id}`))?.name ?? id;
  const session = async (c: Parameters<RouteDef["handler"]>[0], u: User | undefined, open = true) => {
    const clerk = must(u);
    const s = await liveSession(d, clerk, param(c, "id"), { open });
    return { clerk, s, published: (await getPublished(d.db, s.bundleKey, s.version))!, applicant: (await findUser(d.db, s.applicantId))! };
  };
  return [
    route("POST", "/api/counter/sessions", ["clerk"], async (c, u) => {
      const { session: s, draft } = await startSession(d, must(u), await body(c, StartBody), leadName);
      return c.json({ session: await sessionView(d, s), ...(draft ? { draft: { version: draft.version, answers: draft.answers, data: draft.data, updatedAt: draft.updatedAt } } : {}) }, 201);
    }),
    route("GET", "/api/counter/sessions/:id", ["clerk"], async (c, u) => c.json({ session: await sessionView(d, (await session(c, u, false)).s) })),
    route("GET", "/api/counter/sessions/:id/prefill", ["clerk"], async (c, u) => {
      const { published, applicant } = await session(c, u);
      const fields = await prefillFor(published.spec, applicant, d.licences, answersOfQuery(published.spec, (n) => c.req.queries(n)));
      return c.json({ version: published.version, data: prefillData(fields), fields });
    }),
    route("GET", "/api/counter/sessions/:id/attachments", ["clerk"], async (c, u) => {
      const { s } = await session(c, u);
      const files = await pendingAttachments(d.db, s.applicantId, s.bundleKey);
      return c.json({ attachments: files.map((a) => ({ ...attachmentView(a), url: `/api/counter/sessions/${encodeURIComponent(s.id)}/attachments/${encodeURIComponent(a.id)}` })) });
    }),
    route("POST", "/api/counter/sessions/:id/attachments", ["clerk"], async (c, u) => {
      const { clerk, s, published } = await session(c, u);
      const ref = counterMaterial(materialsOf(published.spec), c.req.query("material"));
      const { bytes, mime } = await readChecked(c, ref);
      const saved = await d.db.tx(async (q) => {
        if ((await countPending(q, s.applicantId)) >= MAX_PENDING_FILES) throw new HttpError(409, "conflict", say(`申请人未提交的材料文件已达上限 ${MAX_PENDING_FILES} 个`, `The applicant holds ${MAX_PENDING_FILES} unsubmitted files already`), { allowedActions: [] });
        return insertAttachment(q, { ownerId: s.applicantId, bundleKey: s.bundleKey, version: s.version, material: ref.key, name: fileName(c), mime, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), applicationId: null }, bytes, d.clock.now());
      });
      d.log.info(`counter ${s.id}: ${clerk.username} scanned ${ref.material.material_name} (${fileSize(saved.size)})`);
      return c.json({ ...attachmentView(saved), url: `/api/counter/sessions/${encodeURIComponent(s.id)}/attachments/${encodeURIComponent(saved.id)}` }, 201);
    }),
    route("GET", "/api/counter/sessions/:id/attachments/:fileId", ["clerk"], async (c, u) => {
      const { s } = await session(c, u, false);
      const a = await getAttachment(d.db, param(c, "fileId"));
      if (!a || a.ownerId !== s.applicantId || (a.applicationId && a.applicationId !== s.applicationId)) throw new HttpError(404, "not_found", say("该文件不存在", "This file was not found"));
      return fileResponse(d, a, requestLang(c.req.header("accept-language")));
    }),
    route("DELETE", "/api/counter/sessions/:id/attachments/:fileId", ["clerk"], async (c, u) => {
      const { s } = await session(c, u);
      if (!(await deletePending(d.db, param(c, "fileId"), s.applicantId))) throw new HttpError(404, "not_found", say("该文件不存在或已随申请提交", "This file was not found or was submitted"));
      return c.json({ ok: true });
    }),
    route("POST", "/api/counter/sessions/:id/otp", ["clerk"], async (c, u) => {
      const { s, published } = await session(c, u);
      const content = await body(c, CounterSubmitBody.omit({ confirmation: true }));
      return c.json(await sendChallenge(d, s, published.spec.title, contentDigest(content)), 201);
    }),
    route("POST", "/api/counter/sessions/:id/submit", ["clerk"], async (c, u) => {
      const { clerk, s } = await session(c, u);
      const { app, replayed } = await fileAtCounter(d, clerk, s, await body(c, CounterSubmitBody), requestLang(c.req.header("accept-language")));
      if (replayed) c.header("Idempotent-Replay", "true");
      const view = await applicationView(d.db, (await getApplication(d.db, app.id))!, clerk, d.flow, d.clock.now());
      return c.json({ application: view, filing: filingView((await getFiling(d.db, app.id))!) }, 201);
    }),
    route("GET", "/api/counter/filings/:applicationId", ["clerk", "reviewer", "applicant"], async (c, u) => {
      const user = must(u);
      const f = await getFiling(d.db, param(c, "applicationId"));
      const app = f && (await getApplication(d.db, f.applicationId));
      const allowed = app && ((await caseAccess(d, user, app)) || f.filedBy === user.id);
      if (!f || !allowed) throw new HttpError(404, "not_found", say("没有该窗口代办记录", "No counter filing was found"));
      if (app.applicantId !== user.id) await auditAccess(d, c, user, app.id, "view_case", ["counter_filing"]);
      return c.json({ filing: filingView(f) });
    }),
    route("GET", "/api/counter/filings/:applicationId/authorisation", ["clerk", "reviewer", "applicant"], async (c, u) => {
      const user = must(u);
      const f = await getFiling(d.db, param(c, "applicationId"));
      const app = f && (await getApplication(d.db, f.applicationId));
      const a = f?.authorisationId ? await getAttachment(d.db, f.authorisationId) : undefined;
      if (!f || !app || !a || !((await caseAccess(d, user, app)) || f.filedBy === user.id)) throw new HttpError(404, "not_found", say("没有该授权委托书", "No authorisation letter was found"));
      if (app.applicantId !== user.id) await auditAccess(d, c, user, app.id, "view_file", [a.id]);
      return fileResponse(d, a, requestLang(c.req.header("accept-language")));
    }),
    route("POST", "/api/counter/draft-codes", ["applicant"], async (c, u) => {
      const req = await body(c, z.object({ bundleKey: z.string().min(1).max(64) }));
      return c.json(await issueDraftCode(d, must(u), req.bundleKey), 201);
    }),
  ];
}
