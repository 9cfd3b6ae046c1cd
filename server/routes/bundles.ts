// Designers' bundles: one mutable draft per key, published by an admin as immutable versions. A draft is work in
// progress: saving it keeps every problem it still has (listed in the answer); only publishing refuses problems.
import { z } from "zod";
import { validateBundle, type Bundle, type SpecProblem } from "../../spec/index.js";
import { draftShapeProblems } from "../../spec/draft-shape.js";
import { badRequest, HttpError, notFound, THE } from "../errors.js";
import { isUniqueViolation } from "../db/database.js";
import { appendEvent } from "../store/events.js";
import { flowProblems } from "../flow/machine-runner.js";
import { departmentDirectory, unknownBundleDepartments } from "../bundle-departments.js";
import { deleteUnpublished, getDraft, type Draft, insertBundle, insertVersion, listBundles, listVersions, openCasesByVersion, setArchived, updateDraft } from "../store/bundles.js";
import { newBundleSpec } from "./bundle-new.js";
import { checkPins, pinProblems, resolveReferences } from "../catalogue/pins.js";
import type { Queryable } from "../db/database.js";
import { localized, requestLang, say } from "../messages.js";
import type { User } from "../store/users.js";
import { body, jsonBody, must, param, route, type Deps, type RouteDef } from "./route.js";
import type { Context } from "hono";
import type { AppEnv } from "./route.js";
import { beijingDateTimeEn, countEn } from "../../spec/bilingual.js";
import { beijingDateTime } from "../../spec/beijing-time.js";

/** A draft to save as it is, with its problems: 400 only for what cannot be stored (not a one-thing, a reference
 *  to no published item version, a pinned catalogue item changed here); a valid draft is stored with its defaults. */
async function savableDraft(d: Deps, raw: unknown): Promise<{ spec: Record<string, unknown>; problems: SpecProblem[] }> {
  const shape = draftShapeProblems(raw);
  if (shape.length) throw badRequest("invalid_spec", say(`不是可以保存的一件事草稿（${shape.length} 处），未保存`, `This is not a one-thing draft that can be saved (${countEn(shape.length, "problem", "problems")}); nothing was saved`), shape);
  const resolved = (await resolveReferences(d.db, raw)) as Record<string, unknown>;
  await checkPins(d.db, resolved);
  const r = validateBundle(resolved, { draft: true });
  return r.ok ? { spec: r.value as unknown as Record<string, unknown>, problems: [] } : { spec: resolved, problems: r.problems };
}

/** The published form of a stored draft, or one 400 listing every problem at once (spec, pinned items, then the flow
 *  as the runner compiles it); why: a draft keeps its problems, publishing is where they must all be solved. */
async function publishable(q: Queryable, stored: Record<string, unknown>): Promise<Bundle> {
  const r = validateBundle(stored);
  const pins = await pinProblems(q, stored);
  const departmentNames = await departmentDirectory(q);
  const departments = new Set(Object.keys(departmentNames));
  const unknown = r.ok ? unknownBundleDepartments(r.value, departments) : [];
  // the flow compiles only from a valid spec; a missing flow is said at once whatever else is wrong
  const flow = r.ok ? flowProblems(r.value, 0, { departments, departmentNames }) : stored.flow === undefined ? flowProblems(stored as unknown as Bundle, 0) : [];
  const problems = [...(r.ok ? [] : r.problems), ...pins, ...unknown, ...flow];
  if (!problems.length && r.ok) return r.value;
  const onlyFlow = r.ok && !pins.length && !unknown.length;
  throw badRequest("invalid_spec", onlyFlow
    ? say(`审批流程有 ${flow.length} 处错误，不能发布`, `The approval flow has ${countEn(flow.length, "error", "errors")} and cannot be published`)
    : say(`草稿有 ${problems.length} 个问题，不能发布`, `The draft has ${countEn(problems.length, "problem", "problems")} and cannot be published`), problems);
}

/** The revision a draft save is based on, from If-Match ("rev", W/"rev" or rev); why: without it a save made on a
 *  stale copy would silently erase another designer's work, so a save that names none is refused (428). */
function draftRevision(header: string | undefined): string {
  const rev = (header ?? "").trim().replace(/^W\//, "").replace(/^"(.*)"$/, "$1").trim();
  if (!rev) {
    throw new HttpError(428, "revision_required", say("保存草稿须说明基于哪一版：请求头 If-Match 应为载入草稿时得到的 revision，未保存",
      "Saving a draft must name the revision it is based on: send the revision the draft was loaded with in the If-Match header; nothing was saved"), { header: "If-Match" });
  }
  return rev;
}

/** 409 for a save based on an older revision: who saved since and when (Beijing time), with the current revision. */
function staleDraft(current: Draft): HttpError {
  const who = current.updatedByName ?? current.updatedBy;
  return new HttpError(409, "draft_changed", say(`草稿已被 ${who} 于 ${beijingDateTime(current.updatedAt)} 修改，请重新载入后再保存`,
    `The draft was changed by ${who} at ${beijingDateTimeEn(current.updatedAt)} (Beijing time): reload it before saving`),
  { revision: current.updatedAt, updatedAt: current.updatedAt, updatedBy: current.updatedBy, updatedByName: current.updatedByName, allowedActions: ["reload", "overwrite"] });
}

const actor = (u: User) => ({ id: u.id, name: u.displayName });
const PublishBody = z.object({ changeSummary: z.string().max(1000).default("") });

/** Routes of /api/bundles. */
export function bundleRoutes(d: Deps): RouteDef[] {
  const designers: ["designer", "admin"] = ["designer", "admin"];
  return [
    route("GET", "/api/bundles", designers, async (c) => c.json({ bundles: await listBundles(d.db) })),
    route("POST", "/api/bundles", designers, async (c, u) => {
      const user = must(u);
      const raw = await jsonBody(c);
      // a whole bundle document (import), or 新建一件事: blank or a copy of another one-thing. Either is a draft, stored
      // with its problems (publishing refuses them); only a document that is not a one-thing at all is refused
      const { spec, problems } = await savableDraft(d, raw && typeof raw === "object" && "schemaVersion" in raw ? raw : await newBundleSpec(d.db, raw));
      const key = String(spec.key);
      const title = typeof spec.title === "string" && spec.title ? spec.title : key;
      const now = d.clock.now();
      await d.db.tx(async (q) => {
        if (!(await insertBundle(q, key, spec, user.username, now))) throw new HttpError(409, "conflict", say(`标识「${key}」已被使用，请换一个`, `The key "${key}" is already used: choose another`), { allowedActions: [] });
        await appendEvent(q, { bundleKey: key, actor: actor(user), kind: "bundle_created", message: `新建一件事「${title}」` }, now);
      });
      const summary = (await listBundles(d.db)).find((b) => b.key === key);
      return c.json({ ...summary, problems: localized(requestLang(c.req.header("accept-language")), problems) }, 201);
    }),
    route("GET", "/api/bundles/:key/draft", designers, async (c) => {
      const draft = await getDraft(d.db, param(c, "key"));
      if (!draft) throw notFound(THE.bundle);
      const checked = validateBundle(draft.spec, { draft: true });
      c.header("ETag", `"${draft.updatedAt}"`);
      return c.json({ ...draft, revision: draft.updatedAt, problems: localized(requestLang(c.req.header("accept-language")), checked.ok ? [] : checked.problems) });
    }),
    route("PUT", "/api/bundles/:key/draft", designers, async (c, u) => {
      const user = must(u);
      const key = param(c, "key");
      const { spec, problems } = await savableDraft(d, await jsonBody(c));
      if (spec.key !== key) throw badRequest("invalid_spec", say("标识与地址中的不一致", "The key differs from the one in the address"), [{ pointer: "/key", message: say(`标识应为「${key}」`, `The key should be "${key}"`) }]);
      const base = draftRevision(c.req.header("if-match"));
      const now = d.clock.now();
      const revision = await d.db.tx(async (q) => {
        const saved = await updateDraft(q, key, spec, user.username, now, base);
        if (!saved) {
          const current = await getDraft(q, key);
          throw current ? staleDraft(current) : notFound(THE.bundle);
        }
        await appendEvent(q, { bundleKey: key, actor: actor(user), kind: "draft_saved", message: "保存草稿" }, new Date(saved));
        return saved;
      });
      c.header("ETag", `"${revision}"`);
      return c.json({ spec, updatedAt: revision, revision, problems: localized(requestLang(c.req.header("accept-language")), problems) });
    }),
    route("POST", "/api/bundles/:key/publish", ["admin"], async (c, u) => {
      const user = must(u);
      const key = param(c, "key");
      const { changeSummary } = await body(c, PublishBody);
      const now = d.clock.now();
      try {
        const version = await d.db.tx(async (q) => {
          const draft = await getDraft(q, key);
          if (!draft) throw notFound(THE.bundle);
          if (draft.archivedAt) throw new HttpError(409, "conflict", say("该一件事已归档，请先恢复再发布", "This one-thing is archived: restore it before publishing"), { allowedActions: ["restore"] });
          const value = await publishable(q, draft.spec);
          const v = await insertVersion(q, key, value, user.username, changeSummary, now);
          await appendEvent(q, { bundleKey: key, definitionVersion: v, actor: actor(user), kind: "published", message: `发布版本 ${v}${changeSummary ? `：${changeSummary}` : ""}` }, now);
          return v;
        });
        return c.json({ version, publishedAt: now.toISOString() }, 201);
      } catch (err) {
        if (isUniqueViolation(err)) throw new HttpError(409, "conflict", say("同时有另一次发布，请重试", "Another publication happened at the same time: try again"), { allowedActions: ["publish"] });
        throw err;
      }
    }),
    route("GET", "/api/bundles/:key/versions", designers, async (c) => {
      const key = param(c, "key");
      if (!(await getDraft(d.db, key))) throw notFound(THE.bundle);
      return c.json({ versions: await listVersions(d.db, key) });
    }),
    route("GET", "/api/bundles/:key/open-cases", designers, async (c) => {
      const key = param(c, "key");
      if (!(await getDraft(d.db, key))) throw notFound(THE.bundle);
      return c.json({ versions: await openCasesByVersion(d.db, key) });
    }),
    route("DELETE", "/api/bundles/:key", designers, async (c, u) => {
      const user = must(u);
      const key = param(c, "key");
      await d.db.tx(async (q) => {
        const draft = await getDraft(q, key);
        if (!draft) throw notFound(THE.bundle);
        if (!(await deleteUnpublished(q, key))) {
          throw new HttpError(409, "conflict", say("该一件事已发布过，不能删除；可以归档，停止受理新的申请", "This one-thing has been published and cannot be deleted; archive it to stop new applications"), { allowedActions: ["archive"] });
        }
        const title = typeof draft.spec.title === "string" ? draft.spec.title : key;
        await appendEvent(q, { bundleKey: key, actor: actor(user), kind: "bundle_deleted", message: `删除未发布的一件事「${title}」` }, d.clock.now());
      });
      return c.json({ ok: true });
    }),
    route("POST", "/api/bundles/:key/archive", ["admin"], async (c, u) => archiveRoute(d, c, must(u), true)),
    route("POST", "/api/bundles/:key/restore", ["admin"], async (c, u) => archiveRoute(d, c, must(u), false)),
  ];
}

/** Archives a published bundle (out of the catalogue, open cases keep running) or restores it. */
async function archiveRoute(d: Deps, c: Context<AppEnv>, user: User, archive: boolean) {
  const key = param(c, "key");
  const now = d.clock.now();
  const open = await d.db.tx(async (q) => {
    const draft = await getDraft(q, key);
    if (!draft) throw notFound(THE.bundle);
    const versions = await openCasesByVersion(q, key);
    if (archive && versions.length === 0) {
      throw new HttpError(409, "conflict", say("该一件事从未发布，无需归档；不再需要可以直接删除", "This one-thing was never published, so there is nothing to archive; delete it if it is not needed"), { allowedActions: ["delete"] });
    }
    if (archive === !!draft.archivedAt) throw new HttpError(409, "conflict", archive ? say("该一件事已经归档", "This one-thing is already archived") : say("该一件事没有归档", "This one-thing is not archived"), { allowedActions: [archive ? "restore" : "archive"] });
    await setArchived(q, key, archive ? now : null, archive ? user.username : null);
    const n = versions.reduce((sum, v) => sum + v.open, 0);
    await appendEvent(q, { bundleKey: key, actor: actor(user), kind: archive ? "bundle_archived" : "bundle_restored", message: archive ? `归档一件事，停止受理新的申请；${n} 件在办案件继续办理` : "恢复一件事，重新受理申请" }, now);
    return n;
  });
  return c.json({ key, archived: archive, archivedAt: archive ? now.toISOString() : null, openCases: open });
}
