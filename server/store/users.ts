// Users and their sessions (database-backed, so any server process can serve any request).
import { createHash, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Role, UserView } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { fromJson, iso, newId } from "../util.js";

/** A user as the server knows it (never sent as is: the hash stays here). */
export interface User extends UserView { passwordHash: string; profile: Record<string, unknown> }

interface UserRow { id: string; username: string; display_name: string; password_hash: string; roles: string; department: string | null; profile: string }

function toUser(r: UserRow): User {
  return {
    id: r.id, username: r.username, displayName: r.display_name, passwordHash: r.password_hash,
    roles: fromJson<Role[]>(r.roles), ...(r.department ? { department: r.department } : {}), profile: fromJson(r.profile),
  };
}

/** The public view of a user. */
export function userView(u: User): UserView {
  return { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles, ...(u.department ? { department: u.department } : {}) };
}

/** Finds a user by login name. */
export async function findUserByName(q: Queryable, username: string): Promise<User | undefined> {
  const r = await q.get<UserRow>(sql`SELECT * FROM users WHERE username = ${username}`);
  return r && toUser(r);
}

/** Finds a user by id. */
export async function findUser(q: Queryable, id: string): Promise<User | undefined> {
  const r = await q.get<UserRow>(sql`SELECT * FROM users WHERE id = ${id}`);
  return r && toUser(r);
}

/** Creates a user unless the name exists; returns whether it was created. */
export async function insertUser(q: Queryable, u: { username: string; displayName: string; passwordHash: string; roles: Role[]; department?: string; profile?: Record<string, unknown> }, now: Date): Promise<boolean> {
  const n = await q.run(sql`INSERT INTO users (id, username, display_name, password_hash, roles, department, profile, created_at)
    VALUES (${newId()}, ${u.username}, ${u.displayName}, ${u.passwordHash}, ${JSON.stringify(u.roles)}, ${u.department ?? null}, ${JSON.stringify(u.profile ?? {})}, ${iso(now)})
    ON CONFLICT (username) DO NOTHING`);
  return n > 0;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Opens a session and returns the cookie token (only its hash is stored, so a leaked table opens nothing). */
export async function createSession(q: Queryable, userId: string, now: Date, lifetimeMs: number, ip: string | null): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await q.run(sql`INSERT INTO sessions (id, user_id, created_at, expires_at, ip)
    VALUES (${hashToken(token)}, ${userId}, ${iso(now)}, ${iso(new Date(now.getTime() + lifetimeMs))}, ${ip})`);
  return token;
}

/** The user of a live session, or undefined when the token is unknown or expired. */
export async function sessionUser(q: Queryable, token: string, now: Date): Promise<User | undefined> {
  const r = await q.get<UserRow>(sql`SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${hashToken(token)} AND s.expires_at > ${iso(now)}`);
  return r && toUser(r);
}

/** Ends a session. */
export async function deleteSession(q: Queryable, token: string): Promise<void> {
  await q.run(sql`DELETE FROM sessions WHERE id = ${hashToken(token)}`);
}

/** Removes expired sessions (housekeeping by the sweeper). */
export async function purgeSessions(q: Queryable, now: Date): Promise<number> {
  return q.run(sql`DELETE FROM sessions WHERE expires_at <= ${iso(now)}`);
}
