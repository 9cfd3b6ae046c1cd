// Route declarations: every /api route states who may call it. The app registers them with a guard that answers
// 401 without a session and 403 without one of the roles, before the handler runs (test/api/access.test.ts walks
// this table and checks every route refuses).
import type { Context } from "hono";
import type { z } from "zod";
import type { Role } from "../../spec/api.js";
import type { Database } from "../db/database.js";
import type { FlowRunner } from "../flow/runner.js";
import type { Logger } from "../log.js";
import type { User } from "../store/users.js";
import type { Clock } from "../util.js";
import type { ServerConfig } from "../config.js";
import type { LicenceProvider } from "../licences/provider.js";
import { HttpError } from "../errors.js";
import { say } from "../messages.js";
import { issueMessage } from "../../spec/issue-messages.js";
import { parseJsonBody } from "../security/json-body.js";
import { escapePointer } from "../../spec/pointer.js";

/** Who may call a route: anyone, any logged-in user, or users holding one of the roles. */
export type Access = "anyone" | "logged-in" | Role[];

/** Hono environment of the app: the request id, the logged-in user, the caller's address and whether TLS was used. */
export type AppEnv = { Variables: { requestId: string; user: User | undefined; clientIp: string; tls: boolean } };

/** What every handler can use. */
export interface Deps { db: Database; flow: FlowRunner; clock: Clock; log: Logger; config: ServerConfig; licences: LicenceProvider }

/** One API route. */
export interface RouteDef {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  access: Access;
  handler: (c: Context<AppEnv>, user: User | undefined) => Promise<Response>;
}

/** Declares a route (reads as a table in each routes file). */
export function route(method: RouteDef["method"], path: string, access: Access, handler: RouteDef["handler"]): RouteDef {
  return { method, path, access, handler };
}

/** A task of another department than the staff member's (the task routes refuse it the same way). */
export const OTHER_DEPARTMENTS_TASK = say("该任务不属于您的部门", "This task belongs to another department");

/** The logged-in user of a route that requires one. */
export function must(user: User | undefined): User {
  if (!user) throw new HttpError(401, "unauthenticated", say("请先登录", "Please log in first"));
  return user;
}

/** Reads a JSON body with bounded nesting; 400 when malformed or too deep. */
export async function jsonBody(c: Context<AppEnv>): Promise<unknown> {
  return parseJsonBody(await c.req.text());
}

/** Reads and validates a JSON body; every problem is listed with its pointer into the body. */
export async function body<T>(c: Context<AppEnv>, schema: z.ZodType<T>): Promise<T> {
  const raw = await jsonBody(c);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    // Each problem names the field and what is wrong in the asker's language (spec/issue-messages.ts), never zod's text.
    throw new HttpError(400, "invalid_request", say("请求内容不合法", "The request body is not valid"), parsed.error.issues.map((i) => ({
      pointer: i.path.map((p) => "/" + escapePointer(String(p))).join(""), message: issueMessage(i, raw),
    })));
  }
  return parsed.data;
}

/** A positive integer path parameter, or 404 (an unknown version is not found, not a bad request). */
export function intParam(c: Context<AppEnv>, name: string): number {
  const v = Number(c.req.param(name));
  if (!Number.isInteger(v) || v < 1) throw new HttpError(404, "not_found", say(`${name} 不存在`, `${name} was not found`));
  return v;
}

/** A path parameter of the route (always present when the route matched). */
export function param(c: Context<AppEnv>, name: string): string {
  const v = c.req.param(name) as string | undefined;
  if (v === undefined) throw new HttpError(404, "not_found", say(`${name} 不存在`, `${name} was not found`));
  return v;
}
