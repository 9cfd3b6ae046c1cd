// Designers' bundles: one mutable draft per key (always a valid spec), published by an admin as immutable versions.
import { z } from "zod";
import { validateBundle } from "../../spec/index.js";
import { badRequest, HttpError, notFound } from "../errors.js";
import { isUniqueViolation } from "../db/database.js";
import { appendEvent } from "../store/events.js";
import { flowProblems } from "../flow/machine-runner.js";
import { getDraft, insertBundle, insertVersion, listBundles, listVersions, updateDraft } from "../store/bundles.js";
import type { User } from "../store/users.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";
import type { Context } from "hono";
import type { AppEnv } from "./route.js";

/** Validates a bundle document from a request; 400 with every violation and its pointer. */
async function specBody(c: Context<AppEnv>) {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpError(400, "invalid_request", "请求体不是合法的 JSON (malformed JSON body)", [{ pointer: "", message: "malformed JSON" }]);
  }
  const r = validateBundle(raw);
  if (!r.ok) throw badRequest("invalid_spec", `一件事规格有 ${r.problems.length} 处错误 (invalid bundle spec)`, r.problems);
  return r.value;
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
      const spec = await specBody(c);
      const now = d.clock.now();
      await d.db.tx(async (q) => {
        if (!(await insertBundle(q, spec.key, spec, user.username, now))) throw new HttpError(409, "conflict", `一件事 ${spec.key} 已存在 (key exists)`, { allowedActions: [] });
        await appendEvent(q, { bundleKey: spec.key, actor: actor(user), kind: "bundle_created", message: `新建一件事「${spec.title}」` }, now);
      });
      const summary = (await listBundles(d.db)).find((b) => b.key === spec.key);
      return c.json(summary, 201);
    }),
    route("GET", "/api/bundles/:key/draft", designers, async (c) => {
      const draft = await getDraft(d.db, param(c, "key"));
      if (!draft) throw notFound("该一件事");
      return c.json(draft);
    }),
    route("PUT", "/api/bundles/:key/draft", designers, async (c, u) => {
      const user = must(u);
      const key = param(c, "key");
      const spec = await specBody(c);
      if (spec.key !== key) throw badRequest("invalid_spec", "key 与地址不一致 (key differs from the URL)", [{ pointer: "/key", message: `expected "${key}"` }]);
      const now = d.clock.now();
      await d.db.tx(async (q) => {
        if (!(await updateDraft(q, key, spec, user.username, now))) throw notFound("该一件事");
        await appendEvent(q, { bundleKey: key, actor: actor(user), kind: "draft_saved", message: "保存草稿" }, now);
      });
      return c.json({ spec, updatedAt: now.toISOString() });
    }),
    route("POST", "/api/bundles/:key/publish", ["admin"], async (c, u) => {
      const user = must(u);
      const key = param(c, "key");
      const { changeSummary } = await body(c, PublishBody);
      const now = d.clock.now();
      try {
        const version = await d.db.tx(async (q) => {
          const draft = await getDraft(q, key);
          if (!draft) throw notFound("该一件事");
          const r = validateBundle(draft.spec);
          if (!r.ok) throw badRequest("invalid_spec", "草稿不合法，不能发布 (draft is invalid)", r.problems);
          const flow = flowProblems(r.value, 0);
          if (flow.length) throw badRequest("invalid_spec", `审批流程有 ${flow.length} 处错误，不能发布 (flow has errors)`, flow);
          const v = await insertVersion(q, key, r.value, user.username, changeSummary, now);
          await appendEvent(q, { bundleKey: key, definitionVersion: v, actor: actor(user), kind: "published", message: `发布版本 ${v}${changeSummary ? `：${changeSummary}` : ""}` }, now);
          return v;
        });
        return c.json({ version, publishedAt: now.toISOString() }, 201);
      } catch (err) {
        if (isUniqueViolation(err)) throw new HttpError(409, "conflict", "同时有另一次发布，请重试 (concurrent publish, retry)", { allowedActions: ["publish"] });
        throw err;
      }
    }),
    route("GET", "/api/bundles/:key/versions", designers, async (c) => {
      const key = param(c, "key");
      if (!(await getDraft(d.db, key))) throw notFound("该一件事");
      return c.json({ versions: await listVersions(d.db, key) });
    }),
  ];
}
