// Issuing a document: check the case offers it, take the next number of its department, kind and year, store the
// data it was drawn from — all in one transaction (a concurrent issue of the same subject gets the first one back).
import type { Database, Queryable } from "../db/database.js";
import { isUniqueViolation } from "../db/database.js";
import { HttpError } from "../errors.js";
import type { Application } from "../store/applications.js";
import { loadDocContext } from "./context.js";
import { formatDocNo, nextSerial } from "./numbering.js";
import { documentKind, DOCUMENT_KINDS } from "./registry.js";
import { documentsOf, findDocument, insertDocument, type IssuedDocument } from "./store.js";
import type { Layout } from "./types.js";
import { say } from "../messages.js";

/** What a case offers: for every kind, the documents issued and the subjects still to issue (or why none). */
export interface DocumentOffer { kind: string; title: string; titleEn: string; issued: IssuedDocument[]; pending: string[]; why?: string; whyEn?: string }

/** The documents of a case, issued and issuable, kind by kind. */
export async function offersOf(q: Queryable, app: Application, now: Date): Promise<DocumentOffer[]> {
  const cx = await loadDocContext(q, app, now);
  const issued = await documentsOf(q, app.id);
  return DOCUMENT_KINDS.map((k) => {
    const { subjects, why } = k.subjects(cx);
    const mine = issued.filter((d) => d.kind === k.kind);
    return { kind: k.kind, title: k.title, titleEn: k.titleEn, issued: mine, pending: subjects.map((s) => s.ref).filter((r) => !mine.some((d) => d.ref === r)), ...(why ? { why: why.zh, whyEn: why.en } : {}) };
  });
}

/** Issues (or returns the already issued) document of a kind for a subject of the case. */
export async function issueDocument(db: Database, app: Application, kind: string, ref: string | undefined, by: string, now: Date): Promise<{ doc: IssuedDocument; created: boolean }> {
  const k = documentKind(kind);
  if (!k) throw new HttpError(404, "not_found", say(`没有这种文书：${kind}`, `There is no document kind "${kind}"`));
  try {
    return await db.tx(async (q) => {
      const cx = await loadDocContext(q, app, now);
      const { subjects, why } = k.subjects(cx);
      const subject = ref ? subjects.find((s) => s.ref === ref) : subjects[0];
      if (!subject) {
        const reason = why ?? say(`没有编号为 ${ref} 的对象`, `There is nothing numbered ${ref}`);
        throw new HttpError(409, "not_available", say(`现在不能出具「${k.title}」：${reason.zh}`, `The ${k.titleEn} cannot be issued now: ${reason.en}`), [{ pointer: ref ? "/ref" : "/kind", message: reason }]);
      }
      const existing = await findDocument(q, app.id, kind, subject.ref);
      if (existing) return { doc: existing, created: false };
      const { year, serial } = await nextSerial(q, subject.department, kind, now);
      const docNo = formatDocNo(cx.departmentName(subject.department), k.numberWord, year, serial);
      const doc = await insertDocument(q, { applicationId: app.id, kind, ref: subject.ref, department: subject.department, year, serial, docNo, data: k.data(cx, subject), issuedBy: by }, now);
      return { doc, created: true };
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Someone issued the same subject at the same moment: theirs stands (and our number was never taken).
    const subjectRef = ref ?? (await documentsOf(db, app.id)).find((d) => d.kind === kind)?.ref ?? "case";
    const doc = await findDocument(db, app.id, kind, subjectRef);
    if (!doc) throw err;
    return { doc, created: false };
  }
}

/** The layout of an issued document (from its stored data, never the case as it is now). */
export function layoutOf(doc: IssuedDocument, qrUrl: string, caseNo: string): Layout {
  const k = documentKind(doc.kind);
  if (!k) throw new Error(`document ${doc.id}: unknown kind ${doc.kind}`);
  return k.layout(doc.data, { docNo: doc.docNo, issuedAt: doc.issuedAt, qrUrl, caseNo });
}
