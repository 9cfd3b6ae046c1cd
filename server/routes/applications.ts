// Applicants submit one application per one-thing, validated with the exact published version they filled; they
// follow it by id. Staff of a department holding a task in it may read it too.
import { z } from "zod";
import { badRequest, HttpError, notFound, THE } from "../errors.js";
import { submitApplication, SubmitBody } from "../submission-service.js";
import { requestLang } from "../submission-messages.js";
import { prefillData, prefillFor } from "../prefill.js";
import { deleteFormDraft, getApplication, getApplicationByCaseNo, getFormDraft, saveDraft } from "../store/applications.js";
import { isCaseNo } from "../store/case-numbers.js";
import { answerFromText } from "../../spec/guide-answers.js";
import { withdrawApplication, WithdrawBody } from "../withdrawal.js";
import { getPublished } from "../store/bundles.js";
import { tasksOfApplication } from "../store/tasks.js";
import { applicationView } from "../views.js";
import { attachmentsOf } from "../store/attachments.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";
import { myApplicationsHandler, myDraftsHandler } from "./my-applications.js";
import { CaseEventBody, guardFormData } from "../security/case-guard.js";
import { auditAccess } from "../security/access-audit.js";
import { say } from "../messages.js";

const Obj = z.record(z.string(), z.unknown());
const DraftBody = z.object({ version: z.number().int().positive(), answers: Obj.default({}), data: Obj.default({}) });

/** Routes of /api/applications and /api/drafts. */
export function applicationRoutes(d: Deps): RouteDef[] {
  return [
    route("POST", "/api/applications", ["applicant"], async (c, u) => {
      const user = must(u);
      const { app, replayed } = await submitApplication(d, user, await body(c, SubmitBody), requestLang(c.req.header("accept-language")));
      if (replayed) c.header("Idempotent-Replay", "true");
      return c.json(await applicationView(d.db, (await getApplication(d.db, app.id))!, user, d.flow, d.clock.now()), 201);
    }),
    route("GET", "/api/applications", ["applicant"], (c, u) => myApplicationsHandler(d, c, u)),
    route("GET", "/api/drafts", ["applicant"], (c, u) => myDraftsHandler(d, c, u)),
    route("GET", "/api/applications/:id", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const ref = param(c, "id");
      const app = isCaseNo(ref) ? await getApplicationByCaseNo(d.db, ref) : await getApplication(d.db, ref);
      if (!app) throw notFound(THE.application);
      const isOwner = app.applicantId === user.id;
      const isStaff = !!user.department && (user.roles.includes("clerk") || user.roles.includes("reviewer")) &&
        (await tasksOfApplication(d.db, app.id)).some((t) => t.department === user.department);
      if (!isOwner && !isStaff) throw notFound(THE.application); // the same answer as a missing case: no existence oracle
      if (!isOwner) await auditAccess(d, c, user, app.id, "view_case");
      return c.json(await applicationView(d.db, app, user, d.flow, d.clock.now()));
    }),
    route("POST", "/api/applications/:id/withdraw", ["applicant"], async (c, u) => {
      const user = must(u);
      const req = await body(c, WithdrawBody);
      const app = await withdrawApplication(d, user, param(c, "id"), req, requestLang(c.req.header("accept-language")));
      return c.json(await applicationView(d.db, app, user, d.flow, d.clock.now()));
    }),
    route("POST", "/api/applications/:id/events", ["applicant"], async (c, u) => {
      const user = must(u);
      const ev = await body(c, CaseEventBody);
      const app = await getApplication(d.db, param(c, "id"));
      if (!app || app.applicantId !== user.id) throw notFound(THE.application);
      // A correction passes the same locks and file checks as a submission.
      if (ev.type === "applicant_corrected" && ev.data) ev.data = await guardFormData((await getPublished(d.db, app.bundleKey, app.version))!, user, d.licences, ev.data, requestLang(c.req.header("accept-language")));
      const { type, requestId, ...payload } = ev;
      if (type === "materials_supplied") {
        // A promised material counts as supplied only with its file uploaded to the application.
        const files = await attachmentsOf(d.db, app.id);
        const list = Array.isArray(payload.materials) ? payload.materials.map(String) : [];
        const missing = list.filter((m) => !files.some((f) => f.material === m || f.material.endsWith(`/${m}`)));
        if (missing.length) {
          const problems = missing.map((m) => ({ pointer: `/materials/${list.indexOf(m)}`, message: say(`未上传文件：${m}`, `No file uploaded for ${m}`) }));
          throw badRequest("invalid_request", say(`请先上传补交材料的文件：${missing.join("、")}`, `Upload the files of the supplied materials first: ${missing.join(", ")}`), problems);
        }
      }
      const now = d.clock.now();
      await d.db.tx((q) => d.flow.caseEvent({ q, now }, app, { type, requestId: requestId ?? null, payload }, user));
      return c.json(await applicationView(d.db, (await getApplication(d.db, app.id))!, user, d.flow, d.clock.now()));
    }),
    route("GET", "/api/prefill/:bundleKey", ["applicant"], async (c, u) => {
      const user = must(u);
      const v = c.req.query("version");
      const published = await getPublished(d.db, param(c, "bundleKey"), v ? Number(v) : undefined);
      if (!published) throw notFound(THE.bundle);
      // The situation (guide answers "a.<question>", as in the portal's links) decides which prefill applies.
      const answers: Record<string, unknown> = {};
      for (const q of published.spec.guide.questions) {
        const v = answerFromText(q, c.req.queries(`a.${q.id}`) ?? []);
        if (v !== undefined) answers[q.id] = v;
      }
      const fields = await prefillFor(published.spec, user, d.licences, answers);
      return c.json({ version: published.version, data: prefillData(fields), fields });
    }),
    route("GET", "/api/drafts/:bundleKey", ["applicant"], async (c, u) => {
      const draft = await getFormDraft(d.db, must(u).id, param(c, "bundleKey"));
      if (!draft) throw notFound(THE.draft);
      return c.json(draft);
    }),
    route("PUT", "/api/drafts/:bundleKey", ["applicant"], async (c, u) => {
      const user = must(u);
      const key = param(c, "bundleKey");
      const req = await body(c, DraftBody);
      if (!(await getPublished(d.db, key, req.version))) throw new HttpError(404, "not_found", say(`一件事 ${key} 没有版本 ${req.version}`, `One-thing ${key} has no version ${req.version}`));
      if (JSON.stringify(req).length > 1_000_000) throw new HttpError(413, "too_large", say("草稿过大", "The draft is too large"));
      return c.json(await saveDraft(d.db, user.id, { bundleKey: key, ...req }, d.clock.now()));
    }),
    route("DELETE", "/api/drafts/:bundleKey", ["applicant"], async (c, u) => {
      if (!(await deleteFormDraft(d.db, must(u).id, param(c, "bundleKey")))) throw notFound(THE.draft);
      return c.json({ ok: true });
    }),
  ];
}
