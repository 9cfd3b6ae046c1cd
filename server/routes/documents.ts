// Formal documents (文书) of a case: the list of what is issued and issuable, issuing (staff of a department
// handling the case), and each issued document as a printable A4 page or a PDF (its staff and its applicant).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { HttpError, notFound, THE } from "../errors.js";
import { getApplication, type Application } from "../store/applications.js";
import type { User } from "../store/users.js";
import { caseAccess as access, caseFor } from "./case-access.js";
import { issueDocument, layoutOf, offersOf } from "../documents/issue.js";
import { getDocument } from "../documents/store.js";
import { DOCUMENT_CSP, renderHtml } from "../documents/html.js";
import { renderPdf } from "../documents/pdf.js";
import { FONT_FILES } from "../documents/fonts.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";
import { say } from "../messages.js";

const IssueBody = z.object({ kind: z.string().min(1).max(40), ref: z.string().min(1).max(100).optional() });

/** The case page a document's QR code leads to (YIJIAN_PUBLIC_URL when the server sits behind a proxy). */
function caseUrl(requestUrl: string, app: Application): string {
  const base = process.env.YIJIAN_PUBLIC_URL?.replace(/\/+$/, "") || new URL(requestUrl).origin;
  return `${base}/#/my/${encodeURIComponent(app.id)}`;
}

const fonts: Record<string, Buffer> = {};

/** Routes of /api/applications/:id/documents and /api/documents. */
export function documentRoutes(d: Deps): RouteDef[] {
  const issued = async (c: Parameters<RouteDef["handler"]>[0], u: User | undefined) => {
    const user = must(u);
    const doc = await getDocument(d.db, param(c, "docId"));
    const app = doc && (await getApplication(d.db, doc.applicationId));
    if (!doc || !app || !(await access(d, user, app))) throw notFound(THE.document);
    return { doc, app, layout: layoutOf(doc, caseUrl(c.req.url, app), app.caseNo ?? app.id) };
  };
  return [
    route("GET", "/api/applications/:id/documents", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const { app, who } = await caseFor(d, must(u), param(c, "id"));
      const offers = await offersOf(d.db, app, d.clock.now());
      return c.json({ documents: offers.map((o) => (who === "owner" ? { ...o, pending: [] } : o)) });
    }),
    route("POST", "/api/applications/:id/documents", ["clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const req = await body(c, IssueBody);
      const { app, who } = await caseFor(d, user, param(c, "id"));
      if (who !== "staff") throw new HttpError(403, "forbidden", say("只有办理本案的部门可以出具文书", "Only the department handling this case issues its documents"));
      const { doc, created } = await issueDocument(d.db, app, req.kind, req.ref, user.id, d.clock.now());
      return c.json({ id: doc.id, kind: doc.kind, ref: doc.ref, docNo: doc.docNo, issuedAt: doc.issuedAt, department: doc.department }, created ? 201 : 200);
    }),
    route("GET", "/api/documents/:docId/html", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const { doc, layout } = await issued(c, u);
      c.header("Content-Security-Policy", DOCUMENT_CSP);
      return c.html(renderHtml(layout, `/api/documents/${encodeURIComponent(doc.id)}/pdf`));
    }),
    route("GET", "/api/documents/:docId/pdf", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const { doc, layout } = await issued(c, u);
      const pdf = await renderPdf(layout, { author: layout.blocks.flatMap((b) => (b.t === "signature" ? b.lines : []))[0] ?? doc.department, createdAt: new Date(doc.issuedAt) });
      c.header("Content-Type", "application/pdf");
      c.header("Content-Disposition", `inline; filename*=UTF-8''${encodeURIComponent(`${layout.title}-${layout.docNo}.pdf`)}`);
      return c.body(new Uint8Array(pdf));
    }),
    route("GET", "/api/documents/fonts/:face", "anyone", async (c) => {
      const face = param(c, "face").replace(/\.otf$/, "");
      if (face !== "regular" && face !== "bold") throw notFound(THE.font);
      fonts[face] ??= readFileSync(FONT_FILES[face]);
      c.header("Content-Type", "font/otf");
      c.header("Cache-Control", "public, max-age=31536000, immutable");
      return c.body(new Uint8Array(fonts[face]!));
    }),
  ];
}
