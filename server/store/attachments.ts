// Material files (申请材料附件) and 容缺 promises: a row holds a file's metadata and its sha256, the bytes live in
// the file store (server/files/, named by that hash, so damage is found by hashing again), owned by the applicant who uploaded them
// and bound to an application when it is submitted; promises are recorded with the application. A department's
// result file (证照/批文 attached on approval) is a row too: owned by the staff member, bound to the case at upload,
// its material "result:<task id>" (server/materials.ts resultFileKey), so it is never taken for an applicant's material.
import { createHash } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { iso, newId } from "../util.js";
import { fileStore } from "../files/index.js";

/** An attachment without its content. */
export interface AttachmentMeta {
  id: string; ownerId: string; bundleKey: string; version: number; material: string; name: string; mime: string; size: number;
  sha256: string; applicationId: string | null; createdAt: string;
}

interface Row { id: string; owner_id: string; bundle_key: string; version: number; material: string; name: string; mime: string; size: number; sha256: string; application_id: string | null; created_at: string }

const META = sql`id, owner_id, bundle_key, version, material, name, mime, size, sha256, application_id, created_at`;
const toMeta = (r: Row): AttachmentMeta => ({
  id: r.id, ownerId: r.owner_id, bundleKey: r.bundle_key, version: Number(r.version), material: r.material, name: r.name, mime: r.mime,
  size: Number(r.size), sha256: r.sha256, applicationId: r.application_id, createdAt: r.created_at,
});

/** Stores a checked file: its bytes in the file store first (so a row never names missing bytes), then its row. */
export async function insertAttachment(q: Queryable, a: Omit<AttachmentMeta, "id" | "createdAt">, content: Buffer, now: Date): Promise<AttachmentMeta> {
  const id = "att_" + newId();
  const sha256 = await fileStore().put(content);
  await q.run(sql`INSERT INTO attachments (id, owner_id, bundle_key, version, material, name, mime, size, sha256, content, application_id, created_at)
    VALUES (${id}, ${a.ownerId}, ${a.bundleKey}, ${a.version}, ${a.material}, ${a.name}, ${a.mime}, ${content.length}, ${sha256}, ${null}, ${a.applicationId}, ${iso(now)})`);
  return { ...a, size: content.length, sha256, id, createdAt: iso(now) };
}

/** One attachment's metadata. */
export async function getAttachment(q: Queryable, id: string): Promise<AttachmentMeta | undefined> {
  const r = await q.get<Row>(sql`SELECT ${META} FROM attachments WHERE id = ${id}`);
  return r && toMeta(r);
}

/** One attachment's bytes, when they are stored intact (undefined when missing or damaged). */
export async function attachmentContent(q: Queryable, id: string): Promise<Buffer | undefined> {
  const a = await getAttachment(q, id);
  if (!a) return undefined;
  const bytes = await fileStore().read(a.sha256);
  return bytes && createHash("sha256").update(bytes).digest("hex") === a.sha256 ? bytes : undefined;
}

/** An applicant's files not yet bound to an application, for one one-thing (resumable on another device). */
export async function pendingAttachments(q: Queryable, ownerId: string, bundleKey: string): Promise<AttachmentMeta[]> {
  const rows = await q.all<Row>(sql`SELECT ${META} FROM attachments WHERE owner_id = ${ownerId} AND bundle_key = ${bundleKey} AND application_id IS NULL ORDER BY created_at, id`);
  return rows.map(toMeta);
}

/** SQL: a file row added to the case after it was submitted (a correction's or a promise's file, not one it came with). */
export function addedSinceSubmission(applicationId: string): SQL {
  return sql`created_at > (SELECT submitted_at FROM applications WHERE id = ${applicationId})`;
}

/** The file with these very bytes the owner already gave for this material — not yet submitted for this one-thing's
 *  version, or added to this case since it was submitted — so a repeated upload (a retry, the same photo chosen
 *  again) is the same file, not one more copy that counts against the caps. A file the case was submitted with is
 *  not one of them: sending it again in answer to a correction is a new answer the clerk sees. */
export async function sameFile(q: Queryable, a: Pick<AttachmentMeta, "ownerId" | "bundleKey" | "version" | "material" | "sha256" | "applicationId">): Promise<AttachmentMeta | undefined> {
  const where = a.applicationId
    ? sql`application_id = ${a.applicationId} AND ${addedSinceSubmission(a.applicationId)}`
    : sql`application_id IS NULL AND bundle_key = ${a.bundleKey} AND version = ${a.version}`;
  const r = await q.get<Row>(sql`SELECT ${META} FROM attachments WHERE owner_id = ${a.ownerId} AND material = ${a.material} AND sha256 = ${a.sha256} AND ${where} ORDER BY created_at, id LIMIT 1`);
  return r ? toMeta(r) : undefined;
}

/** How many unbound files an applicant holds (a quota against abuse). */
export async function countPending(q: Queryable, ownerId: string): Promise<number> {
  const r = await q.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM attachments WHERE owner_id = ${ownerId} AND application_id IS NULL`);
  return Number(r?.n ?? 0);
}

/** The files of an application. */
export async function attachmentsOf(q: Queryable, applicationId: string): Promise<AttachmentMeta[]> {
  const rows = await q.all<Row>(sql`SELECT ${META} FROM attachments WHERE application_id = ${applicationId} ORDER BY created_at, id`);
  return rows.map(toMeta);
}

/** How many files an application holds under one material key (caps the result files of a task). */
export async function countOfMaterial(q: Queryable, applicationId: string, material: string): Promise<number> {
  const r = await q.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM attachments WHERE application_id = ${applicationId} AND material = ${material}`);
  return Number(r?.n ?? 0);
}

/** Binds unbound files of the owner to an application; returns how many were bound (callers compare). */
export async function bindAttachments(q: Queryable, ids: string[], ownerId: string, applicationId: string): Promise<number> {
  let n = 0;
  for (const id of ids) n += await q.run(sql`UPDATE attachments SET application_id = ${applicationId} WHERE id = ${id} AND owner_id = ${ownerId} AND application_id IS NULL`);
  return n;
}

/** Deletes an unbound file of its owner. */
export async function deletePending(q: Queryable, id: string, ownerId: string): Promise<boolean> {
  return (await q.run(sql`DELETE FROM attachments WHERE id = ${id} AND owner_id = ${ownerId} AND application_id IS NULL`)) > 0;
}

/** A material the applicant promised to supply later (容缺后补), with the promise they signed. */
export interface MaterialPromise { material: string; materialName: string; deferralDays: number; promiseText: string; signedName: string; signedBy: string; signedAt: string }

/** Records a signed promise with its application. */
export async function insertPromise(q: Queryable, applicationId: string, p: MaterialPromise): Promise<void> {
  await q.run(sql`INSERT INTO material_promises (application_id, material, material_name, deferral_days, promise_text, signed_name, signed_by, signed_at)
    VALUES (${applicationId}, ${p.material}, ${p.materialName}, ${p.deferralDays}, ${p.promiseText}, ${p.signedName}, ${p.signedBy}, ${p.signedAt})`);
}

/** The promises recorded with an application. */
export async function promisesOf(q: Queryable, applicationId: string): Promise<MaterialPromise[]> {
  const rows = await q.all<{ material: string; material_name: string; deferral_days: number; promise_text: string; signed_name: string; signed_by: string; signed_at: string }>(
    sql`SELECT * FROM material_promises WHERE application_id = ${applicationId} ORDER BY material`,
  );
  return rows.map((r) => ({ material: r.material, materialName: r.material_name, deferralDays: Number(r.deferral_days), promiseText: r.promise_text, signedName: r.signed_name, signedBy: r.signed_by, signedAt: r.signed_at }));
}
