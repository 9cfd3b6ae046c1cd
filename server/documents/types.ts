// The shape of a formal document kind (文书), in the house shape of a flow node type: what it holds (data, built
// from the case), when it may be issued (checks), and how it reads (a layout of blocks that both the A4 HTML page and
// the PDF are drawn from, so the printed and the downloaded document can never differ).
import type { Bundle } from "../../spec/bundle.js";
import type { FlowState } from "../../spec/flow/state.js";
import type { Application } from "../store/applications.js";
import type { User } from "../store/users.js";
import { type Bilingual } from "../messages.js";

/** Everything a document is built from: the case, its one-thing version, its flow state and the people involved. */
export interface DocContext {
  app: Application;
  spec: Bundle;
  /** The flow state (cases run by the state machine); undefined for the interim single review. */
  state?: FlowState;
  applicant: User;
  departmentName: (id: string) => string;
  /** Display name of a user id (staff who acted), the id itself when unknown. */
  userName: (id: string) => string;
  /** Uploaded materials of the case: material key and file name. */
  files: Array<{ material: string; name: string }>;
  /** Signed 容缺 promises recorded with the application. */
  promises: Array<{ material: string; materialName: string; deferralDays: number; promiseText: string; signedName: string; signedAt: string }>;
  /** The hand-over of the results, when recorded (送达回证). */
  handover?: Handover;
  /** The staff decision that refused the case (acceptance or review), from the audit trail. */
  rejection?: { node: string; department: string; reason: string; at: string };
  now: Date;
}

/** How the results reached the applicant (一口出件). */
export interface Handover {
  method: "window" | "post" | "online";
  pickupCode?: string; carrier?: string; trackingNo?: string; address?: string;
  recipientName?: string; recipientIdNumber?: string; signature?: string; handedOverAt?: string; handedOverBy?: string;
}

/** One block of a document's layout, drawn in order. */
export type Block =
  | { t: "heading"; text: string }
  | { t: "para"; text: string; indent?: boolean }
  | { t: "fields"; rows: Array<[string, string]> }
  | { t: "table"; head: string[]; rows: string[][]; widths: number[] }
  | { t: "list"; items: string[] }
  | { t: "signature"; lines: string[] }
  | { t: "sign-here"; labels: string[]; image?: string }
  | { t: "note"; text: string };

/** A document ready to draw: title, number, addressee and body blocks. */
export interface Layout {
  title: string;
  docNo: string;
  /** 主送: to whom it is addressed (followed by a colon). */
  addressee?: string;
  blocks: Block[];
  /** URL the QR code points to (the case page). */
  qrUrl: string;
  /** Case number shown under the QR code. */
  caseNo: string;
}

/** A subject a document can be issued for: its ref (e.g. one correction notice of several) and its department. */
export interface DocSubject { ref: string; department: string }

/** A kind of document. `D` is the snapshot stored when it is issued (so a re-print reads exactly as first issued). */
export interface DocumentKind<D = unknown> {
  kind: string;
  /** The document's name (文书名称). */
  title: string;
  titleEn: string;
  /** 文号 word between the department and the year, e.g. 受 in 市场监管局受〔2026〕7号. */
  numberWord: string;
  /** The subjects this case offers now (empty with `why` when it cannot be issued yet). */
  subjects(cx: DocContext): { subjects: DocSubject[]; why?: Bilingual };
  /** The document's data for a subject. */
  data(cx: DocContext, subject: DocSubject): D;
  /** Its layout from the stored data and its number. */
  layout(data: D, meta: { docNo: string; issuedAt: string; qrUrl: string; caseNo: string }): Layout;
}
