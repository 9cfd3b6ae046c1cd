// Issued documents: one per case, kind and subject, with its number and the data it was drawn from (a re-print
// reads exactly as first issued, even after the case moved on).
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { fromJson, iso, newId } from "../util.js";

/** An issued document. */
export interface IssuedDocument { id: string; applicationId: string; kind: string; ref: string; department: string; year: number; serial: number; docNo: string; data: unknown; issuedAt: string; issuedBy: string }

interface Row { id: string; application_id: string; kind: string; ref: string; department: string; year: number; serial: number; doc_no: string; data: string; issued_at: string; issued_by: string }

const toDoc = (r: Row): IssuedDocument => ({
  id: r.id, applicationId: r.application_id, kind: r.kind, ref: r.ref, department: r.department, year: Number(r.year), serial: Number(r.serial),
  docNo: r.doc_no, data: fromJson(r.data), issuedAt: r.issued_at, issuedBy: r.issued_by,
});

/** Stores an issued document (a duplicate subject raises a unique violation: the caller re-reads the first one). */
export async function insertDocument(q: Queryable, d: Omit<IssuedDocument, "id" | "issuedAt">, now: Date): Promise<IssuedDocument> {
  const id = newId();
  await q.run(sql`INSERT INTO documents (id, application_id, kind, ref, department, year, serial, doc_no, data, issued_at, issued_by)
    VALUES (${id}, ${d.applicationId}, ${d.kind}, ${d.ref}, ${d.department}, ${d.year}, ${d.serial}, ${d.docNo}, ${JSON.stringify(d.data)}, ${iso(now)}, ${d.issuedBy})`);
  return { ...d, id, issuedAt: iso(now) };
}

/** The document issued for a subject, if any. */
export async function findDocument(q: Queryable, applicationId: string, kind: string, ref: string): Promise<IssuedDocument | undefined> {
  const r = await q.get<Row>(sql`SELECT * FROM documents WHERE application_id = ${applicationId} AND kind = ${kind} AND ref = ${ref}`);
  return r && toDoc(r);
}

/** One issued document by id. */
export async function getDocument(q: Queryable, id: string): Promise<IssuedDocument | undefined> {
  const r = await q.get<Row>(sql`SELECT * FROM documents WHERE id = ${id}`);
  return r && toDoc(r);
}

/** Every document issued for a case, oldest first. */
export async function documentsOf(q: Queryable, applicationId: string): Promise<IssuedDocument[]> {
  const rows = await q.all<Row>(sql`SELECT * FROM documents WHERE application_id = ${applicationId} ORDER BY issued_at, doc_no`);
  return rows.map(toDoc);
}
