// The submission service: one applicant's one submit, from the request body to the stored case. Every check runs
// before anything is written — locked prefill, guide answers, the form for this situation, the materials (files,
// 容缺 promises, every required material supplied), the delivery of results — and all problems of every kind come
// back in ONE 400. Then one transaction stores the application (with its readable case number), starts its flow,
// binds its files and promises and drops the draft. A retried request (same requestId) returns the stored case.
import { z } from "zod";
import type { ProblemDetail, ResultDelivery } from "../spec/api.js";
import { deliveryOptions, postalAddressProblems } from "../spec/delivery.js";
import { isUniqueViolation, type Queryable } from "./db/database.js";
import { HttpError } from "./errors.js";
import { lockedProblems, prefillFor } from "./prefill.js";
import type { Deps } from "./routes/route.js";
import { nextCaseNo } from "./store/case-numbers.js";
import { deleteFormDraft, findByRequestId, insertApplication, type Application } from "./store/applications.js";
import { getPublished, isArchived, latestVersion, type Published } from "./store/bundles.js";
import { checkFormFiles } from "./security/form-data-guard.js";
import type { User } from "./store/users.js";
import { answerProblemDetails, checkFormData, fittingAnswers } from "./submission.js";
import { checkMaterials, recordMaterials, SubmitMaterialsSchema } from "./submission-materials.js";
import { ADDRESS_FIELDS, message, problem, type ServerLang } from "./submission-messages.js";

const Obj = z.record(z.string(), z.unknown());
const Address = z.object({
  recipient: z.string().max(200).default(""), phone: z.string().max(50).default(""), region: z.string().max(200).default(""),
  detail: z.string().max(500).default(""), postalCode: z.string().max(20).default(""),
});

/** The body of POST /api/applications. */
export const SubmitBody = z.object({
  bundleKey: z.string().min(1).max(64), version: z.number().int().positive(), answers: Obj.default({}), data: Obj,
  requestId: z.string().min(8).max(100).optional(), materials: SubmitMaterialsSchema,
  delivery: z.object({ method: z.enum(["online", "post", "window"]), address: Address.optional() }).optional(),
});
export type SubmitBody = z.infer<typeof SubmitBody>;

/** What a submit ended with: the stored application, and whether it had been stored by an earlier try. */
export interface Submitted { app: Application; replayed: boolean }

/** What another channel adds to the one submission path (the counter, server/counter/): problems of its own, reported
 * in the same 400, and writes of its own inside the submitting transaction (after the case is stored). */
export interface SubmitExtras { problems?: ProblemDetail[]; within?: (q: Queryable, app: Application, now: Date) => Promise<void> }

/** Submits an application for a user; throws one HttpError 400 listing every problem, 404 for an unknown version, or
 *  409 version_superseded for a version a newer one has replaced (the body names the current one). */
export async function submitApplication(d: Deps, user: User, req: SubmitBody, lang: ServerLang, extras: SubmitExtras = {}): Promise<Submitted> {
  const prior = await replayOf(d, user, req);
  if (prior) return prior;
  const published = await getPublished(d.db, req.bundleKey, req.version);
  if (!published) throw new HttpError(404, "not_found", message(lang, "no_such_version", { key: req.bundleKey, version: req.version }));
  if (await isArchived(d.db, req.bundleKey)) throw new HttpError(409, "conflict", message(lang, "archived", { title: published.spec.title }), { allowedActions: [] });
  // a new case starts on the current version only (open cases stay on theirs): the form and the rules may have changed
  const current = await latestVersion(d.db, req.bundleKey);
  if (current !== undefined && current > req.version) {
    throw new HttpError(409, "version_superseded", message(lang, "version_superseded", { current }), { version: req.version, currentVersion: current });
  }
  const checked = await checkAll(d, user, req, published, lang);
  const { data, delivery, plan } = checked;
  const problems = [...checked.problems, ...(extras.problems ?? [])];
  if (problems.length) throw new HttpError(400, "invalid_submission", message(lang, "invalid_submission", { n: problems.length }), problems);
  for (let attempt = 0; ; attempt++) {
    try {
      return { app: await store(d, user, req, published, data, delivery, plan, lang, extras.within), replayed: false };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const again = await replayOf(d, user, req);
      if (again) return again;
      if (attempt >= 4) throw err; // a case number taken by a concurrent submit: take the next one
    }
  }
}

async function replayOf(d: Deps, user: User, req: SubmitBody): Promise<Submitted | undefined> {
  const prior = req.requestId ? await findByRequestId(d.db, user.id, req.requestId) : undefined;
  return prior && { app: prior, replayed: true };
}

/** Every check of a submission, each kind's problems in the order the applicant meets them. */
async function checkAll(d: Deps, user: User, req: SubmitBody, published: Published, lang: ServerLang) {
  const b = published.spec;
  const answers = answerProblemDetails(b, req.answers, lang);
  // An answer that does not fit the guide is left out of the situation, and the form and the materials are checked
  // on the rest: the applicant learns of every problem at once, not of the form's only after the answer is put right.
  const situation = answers.length ? fittingAnswers(b, req.answers) : req.answers;
  const locked = lockedProblems(await prefillFor(b, user, d.licences, situation, req.data), req.data, b.form.schema, lang);
  // Files inside the form data are checked on their bytes (security/form-data-guard.ts); the rest by the form.
  const files = await checkFormFiles(req.data, "/data", lang);
  const form = checkFormData(b, situation, files.data, lang);
  const materials = await checkMaterials(d.db, b, req, situation, form.data, req.materials, user, lang);
  const delivery = deliveryProblems(b, req.delivery, lang);
  const problems: ProblemDetail[] = [...answers, ...locked, ...files.problems, ...form.problems.filter((p) => !locked.some((l) => l.pointer === p.pointer)), ...materials.problems, ...delivery];
  const chosen: ResultDelivery | null = req.delivery
    ? { method: req.delivery.method, ...(req.delivery.method === "post" && req.delivery.address ? { address: trimmed(req.delivery.address) } : {}) }
    : null;
  return { problems, data: form.data, delivery: chosen, plan: materials.plan };
}

function trimmed(a: z.infer<typeof Address>): NonNullable<ResultDelivery["address"]> {
  return { recipient: a.recipient.trim(), phone: a.phone.trim(), region: a.region.trim(), detail: a.detail.trim(), postalCode: a.postalCode.trim() };
}

/** Problems of the chosen delivery: a method the results node offers; by post, a complete valid address. */
export function deliveryProblems(bundle: Published["spec"], delivery: SubmitBody["delivery"], lang: ServerLang): ProblemDetail[] {
  if (!delivery) return [];
  const offered = deliveryOptions(bundle);
  if (!offered.includes(delivery.method)) return [problem(lang, "delivery_not_offered", "/delivery/method", { method: delivery.method })];
  if (delivery.method !== "post") return [];
  return postalAddressProblems(delivery.address).map((p) => {
    const f = ADDRESS_FIELDS[p.field]!;
    const field = lang === "en" ? f.en : f.zh;
    return p.kind === "missing"
      ? problem(lang, "postal_address_missing", `/delivery/address/${p.field}`, { field }, field)
      : problem(lang, "postal_address_invalid", `/delivery/address/${p.field}`, { field, hint: lang === "en" ? f.hintEn : f.hintZh }, field);
  });
}

async function store(d: Deps, user: User, req: SubmitBody, published: Published, data: Record<string, unknown>, delivery: ResultDelivery | null, plan: Awaited<ReturnType<typeof checkMaterials>>["plan"], lang: ServerLang, within?: SubmitExtras["within"]): Promise<Application> {
  const now = d.clock.now();
  return d.db.tx(async (q) => {
    const caseNo = await nextCaseNo(q, published.spec.lead, now);
    const a = await insertApplication(q, {
      bundleKey: req.bundleKey, version: req.version, applicantId: user.id, answers: req.answers, data,
      status: "submitted", requestId: req.requestId ?? null, caseNo, delivery,
    }, now);
    await d.flow.start({ q, now }, a, published, user);
    await recordMaterials(q, a, plan, user, now, lang);
    await deleteFormDraft(q, user.id, req.bundleKey);
    if (within) await within(q, a, now);
    return a;
  });
}
