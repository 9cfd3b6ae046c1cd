// Personal data access (个人信息保护): revealing a masked sensitive field of a case takes an explicit request with a
// reason, answered only to staff who may see the case (or supervisors), and recorded; supervisors and admins query
// and export the access log — who read which case, file or field, when, from where and why.
import { z } from "zod";
import type { AccessLogEntryView, RevealView } from "../../spec/api.js";
import { getAtPointer } from "../../spec/pointer.js";
import { badRequest, notFound, THE } from "../errors.js";
import { getApplication } from "../store/applications.js";
import { countAccess, listAccess, type AccessEntry, type AccessFilter } from "../store/access-log.js";
import { maskedCaseData } from "../security/masking.js";
import { auditAccess } from "../security/access-audit.js";
import { beijingText, toCsv } from "../csv.js";
import { decodeCursor, encodeCursor, INVALID_CURSOR, MAX_PAGE, notADate, notOneOf } from "../paging.js";
import { maySeeApplication } from "./materials.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";
import type { Context } from "hono";
import type { AppEnv } from "./route.js";
import { say, zodSay } from "../messages.js";

const RevealBody = z.strictObject({
  pointers: z.array(z.string().min(1).max(300)).min(1).max(50),
  reason: z.string().trim().min(2, zodSay("请说明查看原因", "Give the reason for viewing")).max(200),
});
const SUPERVISORS: ["supervisor", "admin"] = ["supervisor", "admin"];
const ACTIONS = ["view_case", "view_file", "reveal"] as const;
const ACTION_LABEL: Record<string, string> = { view_case: "查看案件", view_file: "下载文件", reveal: "查看敏感信息" };

const view = (e: AccessEntry): AccessLogEntryView => ({ at: e.at, username: e.username, department: e.department, applicationId: e.applicationId, action: e.action, target: e.target, reason: e.reason, ip: e.ip });

/** The filters of an access-log request; 400 naming a bad one. */
function filterOf(c: Context<AppEnv>): AccessFilter {
  const q = (k: string) => c.req.query(k)?.trim() || undefined;
  const day = (k: string) => {
    const v = q(k);
    if (v !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00+08:00`)) || new Date(Date.parse(`${v}T00:00:00+08:00`) + 8 * 3_600_000).toISOString().slice(0, 10) !== v)) throw badRequest("invalid_request", notADate(v), [{ pointer: `/${k}`, message: notADate(v) }]);
    return v;
  };
  const action = q("action");
  if (action !== undefined && !(ACTIONS as readonly string[]).includes(action)) {
    const wrong = notOneOf(say("操作", "action"), ACTIONS, action);
    throw badRequest("invalid_request", wrong, [{ pointer: "/action", message: wrong }]);
  }
  const from = day("from");
  const to = day("to");
  // Days are Beijing days: 00:00 +08:00 is 16:00 UTC the day before.
  const utc = (d: string, plus: number) => new Date(Date.parse(`${d}T00:00:00+08:00`) + plus * 86_400_000).toISOString();
  return { applicationId: q("application"), username: q("user"), action: action as AccessFilter["action"], from: from && utc(from, 0), to: to && utc(to, 1) };
}

/** Routes of /api/applications/:id/reveal and /api/access-log. */
export function accessRoutes(d: Deps): RouteDef[] {
  return [
    route("POST", "/api/applications/:id/reveal", ["clerk", "reviewer", "supervisor", "admin"], async (c, u) => {
      const user = must(u);
      const req = await body(c, RevealBody);
      const app = await getApplication(d.db, param(c, "id"));
      const supervisor = user.roles.includes("supervisor") || user.roles.includes("admin");
      if (!app || (!supervisor && !(await maySeeApplication(d, app, user)))) throw notFound(THE.application);
      const { masked } = await maskedCaseData(d.db, app);
      const known = new Set(masked.map((m) => m.pointer));
      const unknown = req.pointers.map((p, i) => ({ p, i })).filter(({ p }) => !known.has(p));
      if (unknown.length) {
        const notMasked = say("本案没有这一项已隐藏的敏感信息", "This case has no masked field here");
        throw badRequest("invalid_request", say("只能查看已隐藏的敏感信息", "Only masked sensitive fields can be revealed"), unknown.map(({ i }) => ({ pointer: `/pointers/${i}`, message: notMasked })));
      }
      await auditAccess(d, c, user, app.id, "reveal", req.pointers, req.reason);
      const out: RevealView = { values: Object.fromEntries(req.pointers.map((p) => [p, getAtPointer(app.data, p)])) };
      return c.json(out);
    }),
    route("GET", "/api/access-log", SUPERVISORS, async (c) => {
      const f = filterOf(c);
      const limit = Math.min(MAX_PAGE, Math.max(1, Number(c.req.query("limit") ?? MAX_PAGE) || MAX_PAGE));
      const cursor = c.req.query("cursor");
      const key = cursor ? decodeCursor(cursor, 2) : undefined;
      if (cursor && !key) throw badRequest("invalid_request", INVALID_CURSOR, [{ pointer: "/cursor", message: INVALID_CURSOR }]);
      const rows = await listAccess(d.db, f, limit + 1, key ? { at: String(key[0]), id: String(key[1]) } : undefined);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return c.json({ entries: page.map(view), total: await countAccess(d.db, f), ...(rows.length > limit && last ? { nextCursor: encodeCursor([last.at, last.id]) } : {}) });
    }),
    route("GET", "/api/access-log/export", SUPERVISORS, async (c) => {
      const f = filterOf(c);
      const out: Array<Array<string | number>> = [["时间（北京时间）", "用户", "部门", "申请编号", "操作", "对象", "原因", "地址"]];
      let after: { at: string; id: string } | undefined;
      for (;;) {
        const rows = await listAccess(d.db, f, 500, after);
        for (const e of rows) out.push([beijingText(e.at), e.username, e.department ?? "", e.applicationId, ACTION_LABEL[e.action] ?? e.action, e.target ?? "", e.reason ?? "", e.ip ?? ""]);
        if (rows.length < 500) break;
        after = { at: rows[rows.length - 1]!.at, id: rows[rows.length - 1]!.id };
      }
      return new Response(toCsv(out), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="access-log.csv"`, "Cache-Control": "no-store" } });
    }),
  ];
}
