// Every kind of formal document (文书) the service issues, by kind id, in the order a case meets them.
import { acceptanceNotice } from "./kinds/acceptance.js";
import { commitmentLetter } from "./kinds/commitment.js";
import { correctionNotice } from "./kinds/correction.js";
import { decisionDocument } from "./kinds/decision.js";
import { deficiencyPromise } from "./kinds/deficiency-promise.js";
import { noticeOnce } from "./kinds/notice-once.js";
import { refusalNotice } from "./kinds/refusal.js";
import { serviceReceipt } from "./kinds/service-receipt.js";
import type { DocumentKind } from "./types.js";

/** The document kinds, in case order. */
export const DOCUMENT_KINDS: ReadonlyArray<DocumentKind<any>> = [ // eslint-disable-line @typescript-eslint/no-explicit-any -- each kind has its own data type; the list holds them all
  noticeOnce, acceptanceNotice, correctionNotice, refusalNotice, deficiencyPromise, commitmentLetter, decisionDocument, serviceReceipt,
];

/** A kind by id, or undefined. */
export function documentKind(kind: string): DocumentKind<unknown> | undefined {
  return DOCUMENT_KINDS.find((k) => k.kind === kind) as DocumentKind<unknown> | undefined;
}
