// Material files, 容缺 promises and results at the one exit, as the applicant and the handling staff reach them:
// upload a file for one material of a published version (limits enforced on the bytes), list / delete the
// applicant's not yet submitted files, download a file (its owner, or staff of a department with a task in its
// application), the materials of an application, and the result documents once the results were issued — a
// department's real result file (PDF/OFD/…, uploaded on its open task and named by the approval) when it attached one,
// else the printable result notice.
import type { Context } from "hono";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { ApplicationMaterialsView, ApplicationResultsView, AttachmentView } from "../../spec/api.js";
import type { ResultDoc } from "../../spec/flow/state.js";
import { HttpError, notFound, THE } from "../errors.js";
import { DEFAULT_DEFERRAL_DAYS, fileProblems, tooLarge, MAX_PENDING_FILES, MAX_RESULT_FILES_PER_TASK, materialsOf, applicableMaterialKeys, resultFileKey, resultFileLimits, type FileLimits, type MaterialRef } from "../materials.js";
import { fileSize } from "../../spec/files.js";
import { getApplication, type Application } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";
import { asciiName, contentDisposition, storedFileResponse } from "../files/download.js";
import { attachmentsOf, countOfMaterial, countPending, deletePending, getAttachment, insertAttachment, pendingAttachments, promisesOf, sameFile, type AttachmentMeta } from "../store/attachments.js";
import { appendEvent } from "../store/events.js";
import { getTask, tasksOfApplication } from "../store/tasks.js";
import type { User } from "../store/users.js";
import { fromJson } from "../util.js";
import { must, OTHER_DEPARTMENTS_TASK, param, route, type AppEnv, type Deps, type RouteDef } from "./route.js";
import { safeFileName } from "../security/file-check.js";
import { checkCaseFileQuota } from "../security/storage-caps.js";
import { auditAccess } from "../security/access-audit.js";
import { requestLang, say, type ServerLang } from "../messages.js";

/** The path of the upload route (the app gives it a larger body limit than JSON routes). */
export const UPLOAD_PATHS = [/^\/api\/attachments$/, /^\/api\/applications\/[^/]+\/attachments$/, /^\/api\/tasks\/[^/]+\/result-file$/, /^\/api\/counter\/sessions\/[^/]+\/attachments$/];

/** The attachment as the apps see it (no owner, no content). */
export function attachmentView(a: AttachmentMeta): AttachmentView {
  return { id: a.id, material: a.material, name: a.name, mime: a.mime, size: a.size, sha256: a.sha256, createdAt: a.createdAt, url: `/api/attachments/${encodeURIComponent(a.id)}` };
}

/** Whether the user may see an application: its applicant, or staff of a department holding a task in it. */
export async function maySeeApplication(d: Deps, app: Application, user: User): Promise<boolean> {
  if (app.applicantId === user.id) return true;
  if (!user.department || !(user.roles.includes("clerk") || user.roles.includes("reviewer"))) return false;
  return (await tasksOfApplication(d.db, app.id)).some((t) => t.department === user.department);
}

/** The file name the client sent (URI-encoded header), cleaned of paths, control and bidirectional characters. */
export function fileName(c: Context<AppEnv>): string {
  const raw = c.req.header("x-file-name") ?? "";
  let name = raw;
  try { name = decodeURIComponent(raw); } catch { /* keep raw */ }
  return safeFileName(name) || "未命名文件";
}

/** Reads and checks an uploaded file for a material; throws 400/413/415 with the problem at /file. */
export async function readChecked(c: Context<AppEnv>, ref: { material: FileLimits }): Promise<{ bytes: Buffer; mime: string }> {
  const mime = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const max = ref.material.max_size_mb * 1024 * 1024;
  const declared = Number(c.req.header("content-length") ?? NaN);
  const field = ref.material.material_name;
  if (Number.isFinite(declared) && declared > max) {
    const message = tooLarge(field, declared, ref.material.max_size_mb);
    throw new HttpError(413, "file_too_large", message, [{ pointer: "/file", field, code: "file_too_large", message }]);
  }
  const bytes = Buffer.from(await c.req.arrayBuffer());
  const problems = await fileProblems(ref, mime, bytes);
  if (problems.length) {
    const p = problems[0]!;
    const status = p.code === "file_too_large" ? 413 : p.code === "file_empty" ? 400 : 415;
    throw new HttpError(status, status === 413 ? "file_too_large" : status === 415 ? "unsupported_type" : "invalid_request", p.message, problems);
  }
  return { bytes, mime };
}

/** Streams stored bytes as a download under their own type and name, after checking they still match their hash
 * (a missing or damaged file is logged and answered 500 "file_damaged" / "file_missing", never served). */
export async function fileResponse(d: Deps, a: AttachmentMeta, lang: ServerLang): Promise<Response> {
  return storedFileResponse(a, { log: d.log, lang, what: `attachment ${a.id}`, cacheControl: "private, no-store", asciiFallback: asciiName(a.name, "attachment") });
}

/** The result document a task's flow node declares (undefined when the node issues none). */
function declaredResult(spec: { flow?: unknown }, node: string): { name: string } | undefined {
  const nodes = (spec.flow as { nodes?: Array<{ id: string; data?: { result?: { name: string } } }> } | undefined)?.nodes ?? [];
  return nodes.find((n) => n.id === node)?.data?.result;
}

/** Routes of /api/attachments, /api/applications/:id/{attachments,materials,results}, /api/tasks/:id/result-file. */
export function materialRoutes(d: Deps): RouteDef[] {
  const materialOf = (refs: Map<string, MaterialRef>, key: string | undefined): MaterialRef => {
    const ref = key ? refs.get(key) : undefined;
    if (!ref) throw new HttpError(400, "invalid_request", say(`没有这项材料：${key ?? "（未指定）"}`, `No such material: ${key ?? "(none given)"}`), [{ pointer: "/material", message: "material 须为「事项id/材料id」" }]);
    return ref;
  };
  const store = async (user: User, bundleKey: string, version: number, ref: MaterialRef, c: Context<AppEnv>, applicationId: string | null) => {
    const { bytes, mime } = await readChecked(c, ref);
    const meta = { ownerId: user.id, bundleKey, version, material: ref.key, name: fileName(c), mime, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), applicationId };
    return d.db.tx(async (q) => {
      const same = await sameFile(q, meta);
      if (same) return same;
      if (!applicationId && (await countPending(q, user.id)) >= MAX_PENDING_FILES) {
        throw new HttpError(409, "conflict", say(`未提交的材料文件已达上限 ${MAX_PENDING_FILES} 个，请先删除不需要的文件`, `You already hold ${MAX_PENDING_FILES} files not yet submitted: delete those you do not need first`), { allowedActions: [] });
      }
      if (applicationId) await checkCaseFileQuota(q, applicationId, ref);
      const saved = await insertAttachment(q, meta, bytes, d.clock.now());
      if (applicationId) {
        await appendEvent(q, { applicationId, bundleKey, actor: { id: user.id, name: user.displayName }, kind: "material_uploaded", message: say(`申请人上传材料「${ref.material.material_name}」：${saved.name}（${fileSize(saved.size)}）`, `The applicant uploaded "${ref.material.material_name}": ${saved.name} (${fileSize(saved.size)})`) }, d.clock.now());
      }
      return saved;
    });
  };
  return [
    route("POST", "/api/attachments", ["applicant"], async (c, u) => {
      const user = must(u);
      const bundleKey = c.req.query("bundleKey") ?? "";
      const version = Number(c.req.query("version"));
      if (!bundleKey || !Number.isInteger(version) || version < 1) {
        const missing = say("须指定 bundleKey（一件事）与 version（版本）", "Give the bundleKey (the one-thing) and its version");
        throw new HttpError(400, "invalid_request", missing, [{ pointer: "/bundleKey", message: missing }]);
      }
      const published = await getPublished(d.db, bundleKey, version);
      if (!published) throw new HttpError(404, "not_found", say(`一件事 ${bundleKey} 没有版本 ${version}`, `One-thing ${bundleKey} has no version ${version}`));
      const ref = materialOf(materialsOf(published.spec), c.req.query("material"));
      return c.json(attachmentView(await store(user, bundleKey, version, ref, c, null)), 201);
    }),
    route("GET", "/api/attachments", ["applicant"], async (c, u) => {
      const bundleKey = c.req.query("bundleKey") ?? "";
      return c.json({ attachments: (await pendingAttachments(d.db, must(u).id, bundleKey)).map(attachmentView) });
    }),
    route("GET", "/api/attachments/:id", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const a = await getAttachment(d.db, param(c, "id"));
      if (!a) throw notFound(THE.file);
      const app = a.applicationId ? await getApplication(d.db, a.applicationId) : undefined;
      // A department's result file reaches the applicant only through the results, once issued at the one exit.
      const staffOnly = a.material.startsWith("result:") && app?.applicantId === user.id;
      const allowed = a.ownerId === user.id || (app && !staffOnly ? await maySeeApplication(d, app, user) : false);
      if (!allowed) throw new HttpError(403, "forbidden", staffOnly ? say("结果文件须在统一出件后从「办理结果」下载", "Result files can be downloaded from the results once they are issued") : say("您无权下载该文件", "You may not download this file"));
      if (a.ownerId !== user.id && app) await auditAccess(d, c, user, app.id, "view_file", [a.id]);
      return fileResponse(d, a, requestLang(c.req.header("accept-language")));
    }),
    route("DELETE", "/api/attachments/:id", ["applicant"], async (c, u) => {
      const user = must(u);
      const a = await getAttachment(d.db, param(c, "id"));
      if (!a || a.ownerId !== user.id) throw notFound(THE.file);
      if (a.applicationId) throw new HttpError(409, "conflict", say("已随申请提交的文件不能删除", "A file submitted with the application cannot be deleted"), { allowedActions: [] });
      if (!(await deletePending(d.db, a.id, user.id))) throw notFound(THE.file);
      return c.json({ ok: true });
    }),
    route("POST", "/api/applications/:id/attachments", ["applicant"], async (c, u) => {
      const user = must(u);
      const app = await getApplication(d.db, param(c, "id"));
      if (!app || app.applicantId !== user.id) throw notFound(THE.application);
      if (app.status === "completed" || app.status === "rejected") throw new HttpError(409, "conflict", say("申请已办结，不能再上传材料", "The case is closed: no more materials can be uploaded"), { allowedActions: [] });
      const published = (await getPublished(d.db, app.bundleKey, app.version))!;
      const ref = materialOf(materialsOf(published.spec), c.req.query("material"));
      return c.json(attachmentView(await store(user, app.bundleKey, app.version, ref, c, app.id)), 201);
    }),
    route("GET", "/api/applications/:id/materials", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const app = await getApplication(d.db, param(c, "id"));
      if (!app || !(await maySeeApplication(d, app, user))) throw notFound(THE.application);
      const published = (await getPublished(d.db, app.bundleKey, app.version))!;
      const refs = materialsOf(published.spec);
      const applicable = applicableMaterialKeys(published.spec, app.answers as never, app.data);
      const [files, promises] = await Promise.all([attachmentsOf(d.db, app.id), promisesOf(d.db, app.id)]);
      const keys = [...new Set([...applicable, ...files.map((f) => f.material), ...promises.map((p) => p.material)])].filter((k) => refs.has(k));
      const view: ApplicationMaterialsView = {
        materials: keys.map((key) => {
          const m = refs.get(key)!;
          const promise = promises.find((p) => p.material === key);
          return {
            key, item: m.itemId, itemName: m.itemName, id: m.material.id, name: m.material.material_name, necessity: m.material.necessity,
            heldByGovernment: m.material.source_type === "20", accept: m.material.accept, maxSizeMb: m.material.max_size_mb,
            ...(m.material.necessity === "容缺后补" ? { deferralDays: m.material.deferral_days ?? DEFAULT_DEFERRAL_DAYS } : {}),
            attachments: files.filter((f) => f.material === key).map(attachmentView),
            ...(promise ? { promise: { text: promise.promiseText, signedName: promise.signedName, signedAt: promise.signedAt, deferralDays: promise.deferralDays } } : {}),
          };
        }),
      };
      return c.json(view);
    }),
    route("POST", "/api/tasks/:id/result-file", ["clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const task = await getTask(d.db, param(c, "id"));
      if (!task) throw notFound(THE.task);
      if (task.department !== user.department) throw new HttpError(403, "forbidden", OTHER_DEPARTMENTS_TASK);
      if (task.status !== "open") throw new HttpError(409, "conflict", say("该任务已办结，不能再上传结果文件", "This task is closed: no more result files can be uploaded"), { allowedActions: [] });
      if (!(await d.flow.allowedActions(d.db, task, user)).length) {
        throw new HttpError(403, "forbidden", say("您不能办理该任务，不能上传其结果文件", "You may not act on this task, so you cannot upload its result files"));
      }
      const app = (await getApplication(d.db, task.applicationId))!;
      const published = (await getPublished(d.db, app.bundleKey, app.version))!;
      const result = declaredResult(published.spec, task.node);
      if (!result) throw new HttpError(409, "conflict", say(`「${task.name}」不出具结果文书，无需上传结果文件`, `"${task.name}" issues no result document, so there is no result file to upload`), { allowedActions: [] });
      const { bytes, mime } = await readChecked(c, { material: resultFileLimits(result.name) });
      const material = resultFileKey(task.id);
      const meta = { ownerId: user.id, bundleKey: app.bundleKey, version: app.version, material, name: fileName(c), mime, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), applicationId: app.id };
      const saved = await d.db.tx(async (q) => {
        if ((await countOfMaterial(q, app.id, material)) >= MAX_RESULT_FILES_PER_TASK) {
          throw new HttpError(409, "conflict", say(`本环节已上传 ${MAX_RESULT_FILES_PER_TASK} 个结果文件，不能再上传`, `This step already has ${MAX_RESULT_FILES_PER_TASK} result files: no more can be uploaded`), { allowedActions: [] });
        }
        const a = await insertAttachment(q, meta, bytes, d.clock.now());
        await appendEvent(q, { applicationId: app.id, bundleKey: app.bundleKey, actor: { id: user.id, name: user.displayName }, department: task.department, kind: "result_file_uploaded", message: say(`「${task.name}」上传结果文件「${result.name}」：${a.name}（${fileSize(a.size)}）`, `"${task.name}" uploaded the result file "${result.name}": ${a.name} (${fileSize(a.size)})`) }, d.clock.now());
        return a;
      });
      return c.json(attachmentView(saved), 201);
    }),
    route("GET", "/api/applications/:id/results", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const app = await getApplication(d.db, param(c, "id"));
      if (!app || !(await maySeeApplication(d, app, user))) throw notFound(THE.application);
      return c.json((await resultsOf(d, app)).view);
    }),
    route("GET", "/api/applications/:id/results/:n", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const app = await getApplication(d.db, param(c, "id"));
      if (!app || !(await maySeeApplication(d, app, user))) throw notFound(THE.application);
      const { view, docs } = await resultsOf(d, app);
      if (!view.issued) throw new HttpError(409, "conflict", say("结果尚未出件，不能下载", "The results have not been issued yet"), { allowedActions: [] });
      const n = Number(param(c, "n"));
      const doc = Number.isInteger(n) ? view.results[n] : undefined;
      if (!doc) throw notFound(THE.resultDocument);
      const fileId = docs[n]!.fileId;
      // staff reading a case's result (the file issued, or the document rendered) is recorded like any file read
      if (app.applicantId !== user.id) await auditAccess(d, c, user, app.id, "view_file", [fileId ?? `result:${n}`]);
      const attached = fileId ? await getAttachment(d.db, fileId) : undefined;
      if (attached) return fileResponse(d, attached, requestLang(c.req.header("accept-language")));
      const applicant = (await d.db.get<{ display_name: string }>(sql`SELECT display_name FROM users WHERE id = ${app.applicantId}`))?.display_name ?? "";
      const dept = (await d.db.get<{ name: string }>(sql`SELECT name FROM departments WHERE id = ${doc.department}`))?.name ?? doc.department;
      const html = resultDocument(app, applicant, dept, doc, view.issuedAt!);
      const file = `${doc.name}-${app.id}.html`;
      return new Response(html, { status: 200, headers: {
        "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'",
        "Content-Disposition": contentDisposition(file, `result-${n + 1}.html`),
      } });
    }),
  ];
}

/** The result documents of a case and whether (and when) they were issued at the one exit. */
async function resultsOf(d: Deps, app: Application): Promise<{ view: ApplicationResultsView; docs: ResultDoc[] }> {
  const issued = await d.db.get<{ at: string; message: string; data: string }>(sql`SELECT at, message, data FROM events WHERE application_id = ${app.id} AND kind = 'results_issued' ORDER BY at DESC LIMIT 1`);
  const inst = await d.db.get<{ state: string }>(sql`SELECT state FROM flow_instances WHERE application_id = ${app.id}`);
  const results = ((inst ? fromJson<{ results?: ResultDoc[] }>(inst.state).results : undefined) ?? []);
  // The delivery is in the event's data (older events named it in the message).
  const delivery = issued ? (fromJson<{ delivery?: string }>(issued.data).delivery ?? /方式 (online|post|window)/.exec(issued.message)?.[1]) : undefined;
  const view: ApplicationResultsView = {
    issued: !!issued, ...(issued ? { issuedAt: issued.at } : {}), ...(delivery ? { delivery: delivery as "online" | "post" | "window" } : {}),
    results: await Promise.all(results.map(async (r, i) => {
      const f = r.fileId ? await getAttachment(d.db, r.fileId) : undefined;
      return {
        index: i, node: r.node, department: r.department, name: r.name, document: r.document, at: r.at,
        ...(f ? { file: { name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 } } : {}),
        ...(issued ? { url: `/api/applications/${encodeURIComponent(app.id)}/results/${i}` } : {}),
      };
    })),
  };
  return { view, docs: results };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** The printable result notice (电子结果文书) of one department's result, with a fingerprint for verification. */
function resultDocument(app: Application, applicant: string, department: string, doc: Omit<ResultDoc, "by">, issuedAt: string): string {
  const body = [app.id, doc.node, doc.department, doc.name, doc.document, doc.at, issuedAt].join("\n");
  const fingerprint = createHash("sha256").update(body).digest("hex");
  const row = (k: string, v: string) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.name)}</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.5rem;text-align:center}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.5rem;text-align:left;vertical-align:top}
th{width:9rem;background:#f2f4f7}.fp{font-family:monospace;word-break:break-all;font-size:.8rem;color:#444}</style></head><body>
<h1>${esc(doc.name)}</h1><table>
${row("办理部门", department)}${row("结果文书", doc.name)}${row("文书内容 / 编号", doc.document)}${row("申请人", applicant)}${row("申请编号", app.id)}
${row("部门办结时间", doc.at)}${row("统一出件时间", issuedAt)}</table>
<p>本文书由「一件事一次办」平台统一出件，可凭申请编号与校验码向办理部门核验。</p><p class="fp">校验码 (SHA-256)：${fingerprint}</p></body></html>\n`;
}
