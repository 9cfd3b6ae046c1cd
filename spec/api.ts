// The HTTP API contract between the server and the web apps (types only). Every route lives under /api and
// answers JSON; errors are always { error: { code, message, details } } with the HTTP status below.
//
// Route                                   Roles                      Purpose
// POST /api/auth/login                    anyone                     { username, password } → { user }; sets http-only cookie
// POST /api/auth/logout                   any logged-in              ends the session
// GET  /api/auth/me                       any logged-in              → { user }  (401 when not logged in)
// GET  /api/departments                   anyone                     → { departments }
// GET  /api/catalog                       anyone                     → { bundles: CatalogEntry[] }  (published only)
// GET  /api/catalog/:key                  anyone                     → PublishedBundle (latest published version)
// GET  /api/catalog/:key/versions/:v      anyone                     → PublishedBundle (an exact version)
// GET  /api/bundles                       designer, admin            → { bundles: BundleSummary[] }
// POST /api/bundles                       designer, admin            BundleDocument → 201 BundleSummary & { problems } (a draft,
//                                                                      stored with its problems; 400 only for what is not a one-thing)
// GET  /api/bundles/:key/draft            designer, admin            → { spec, updatedAt, updatedBy, updatedByName, revision } (+ ETag "revision")
// PUT  /api/bundles/:key/draft            designer, admin            BundleDocument, header If-Match: "revision" it was loaded with →
//                                          { spec, updatedAt, revision }; 409 draft_changed (someone saved since: who and when, details.revision
//                                          the current one; nothing written), 428 revision_required (no If-Match)
// POST /api/bundles/:key/publish          admin                      { changeSummary } → 201 { version, publishedAt }
// GET  /api/bundles/:key/versions         designer, admin            → { versions: VersionSummary[] }
// POST /api/bundles also takes NewBundleRequest (blank or copyFrom) → 201 BundleSummary; DELETE /api/bundles/:key
// (designer, admin; never published only); POST /api/bundles/:key/archive | /restore (admin); GET
// /api/bundles/:key/open-cases (designer, admin) → OpenCases
// POST /api/applications                  applicant                  SubmitRequest → 201 ApplicationView
//                                          409 version_superseded when a newer version is published (details.currentVersion; open cases stay on theirs)
// GET  /api/applications                  applicant                  → MyApplicationsView (own, one page; see Paged lists)
// GET  /api/applications/:id              owner; staff of a department with a task in it → ApplicationView
// GET  /api/tasks/inbox                   clerk, reviewer            → InboxView (own department, one page; see Paged lists)
// POST /api/tasks/:id/complete            clerk, reviewer (task's department) { action, comment, requestId } → { task, application }
// GET  /api/applications/:id/items        clerk, reviewer (a department with a task in it) → CaseItemsView (its own items only);
//                                          supervisor, admin (any case) → every item, read only, no department
// GET  /api/applications/:id/items/:item  clerk, reviewer (the item's department), supervisor, admin  → CaseItemDataView; 404 unknown item, 403 another department's
//
// Added by the server (additive): GET /api/health (anyone) → { ok, database }; GET|PUT|DELETE /api/drafts/:bundleKey
// (applicant) { version, answers, data } → FormDraft (resume on another device); GET|POST /api/webhooks, DELETE
// /api/webhooks/:id (admin); GET /api/tasks/inbox?status=done (handled tasks); GET /api/prefill/:bundleKey?version=N
// (applicant) → { version, data, fields: [{ pointer, value, source, origin, editable }] }; POST|GET
// /api/applications/:id/rating (applicant owner) { score 1..5, comment } → 201 { score, comment, at }, 409 if rated.
// Flow (bundles with a flow run on spec/flow): POST /api/tasks/:id/complete also takes the action's own fields —
// reject { reason | comment }, return_for_correction { deficiencies[] }, accept_with_deficiency { materials[], days? },
// approve { result? }, results_issued { delivery }, claim {}; allowedActions lists what applies now. POST
// /api/applications/:id/events (applicant owner) { type: "applicant_corrected", data?, answers? } |
// { type: "materials_supplied", materials[] } → ApplicationView; the owner's ApplicationView has caseActions[].
// Counter filing (帮办代办, server/counter/; the lead department's clerks only, 403 otherwise):
// POST /api/counter/sessions               clerk                      { bundleKey | draftCode, visitor: { idNumber, name, mobile? }, company?: { uscc, name } }
//                                          → 201 { session, draft? }; 400 identity_mismatch at /visitor/… or /company/…; 429 after 10 failures in 10 min
// GET  /api/counter/sessions/:id[/prefill?a.<q>=…]  clerk (its own)    → { session } | the applicant's prefill (as GET /api/prefill)
// GET|POST /api/counter/sessions/:id/attachments[?material=item/material|counter/authorisation]  clerk → the applicant's pending files | 201 file
// GET|DELETE /api/counter/sessions/:id/attachments/:fileId  clerk     → the file | { ok }
// POST /api/counter/sessions/:id/otp        clerk                      the submit content → 201 { challengeId, phone, expiresAt } (SMS to the applicant)
// POST /api/counter/sessions/:id/submit     clerk                      submit body without bundleKey/version + confirmation:
//                                          { method: "signature", signature: PNG data URL } | { method: "otp", challengeId, code } → 201 { application, filing }
// GET  /api/counter/filings/:applicationId[/authorisation]  applicant owner, handling staff, the filing clerk → { filing } | the letter
// POST /api/counter/draft-codes             applicant                  { bundleKey } → 201 { code, expiresAt } (show at the window; 30 min, once)
// Self-service terminal (自助终端, server/kiosk/, docs/kiosk.md):
// POST /api/kiosk/otp                      anyone                     { idNumber, name? (card read) } → 201 { challengeId, phone, expiresAt } (SMS to the account's phone)
// POST /api/kiosk/login                    anyone                     { idNumber, challengeId, code } → { user, expiresInMs }; sets the cookie (30 min)
// GET  /api/kiosk/cases/:caseNo            anyone                     → { case: { caseNo, bundleTitle, status, submittedAt, updatedAt, current[] } } (no personal data)
// Item catalogue (一张清单, docs/catalogue.md; shapes in spec/catalogue/api.ts):
// GET  /api/items?q&department&task_type&serve_type&online_level&cross_scope&origin&hasForm&published&usedBy&sort&page&pageSize
//                                          designer, admin            → CatalogueListView (page, total, facet counts)
// POST /api/items                          owner-department designer, admin  ItemDraft → 201 CatalogueItemView
// GET  /api/items/:id                      designer, admin            → CatalogueItemView { entry, draft, versions, usedBy, permissions }
// PUT  /api/items/:id/draft                owner, admin               ItemDraft → CatalogueItemView (403 other department / no department)
// POST /api/items/:id/publish              owner, admin               { changeSummary } → 201 PublishItemResult; 400 lists every missing element
// DELETE /api/items/:id                   owner, admin               → { id, name }; 409 naming every one-thing whose draft or published version holds it
// GET  /api/items/:id/versions             designer, admin            → { versions: ItemVersionSummary[] }
// GET  /api/items/:id/versions/:v          designer, admin            → ItemVersionView (immutable)
// POST /api/items/import[?dryRun=1][&validOnly=1]  designer with a department, admin  body: an .xlsx or JSON catalogue file
//                                          → ImportReport (spec/catalogue/import.ts); 400 import_invalid (details: the report) when
//                                          an item has problems and validOnly is not set; Accept: application/x-ndjson streams
//                                          ImportEvent lines (progress, then result or error)
// GET  /api/items/export?format=xlsx|json&<the list's filters>  designer, admin  → the matching drafts as a file
// GET  /api/items/import-template.xlsx     designer, admin            → the blank template (element names as headers)
// GET  /api/guides/items?q&department&task_type&page&pageSize  anyone  → GuideListView (latest published versions)
// GET  /api/guides/items/:id               anyone                     → GuideItemView
// GET  /api/guides/items/:id/situations/:sid  anyone                  → GuideSituationView
// GET  /api/bundles/:key/item-updates     designer, admin            → ItemUpdatesView (pinned items with a newer published version, with the diff)
// POST /api/bundles/:key/items/:id/upgrade designer, admin           { version? } → UpgradeItemResult (re-pinned, merge redone with every decision replayed, kept with its problems);
//                                          409 already newest; bundle items may be bare references { id, version } (resolved); an embedded catalogue
//                                          item must equal its pinned published version (400 at /items/i otherwise)
// CSRF: every non-GET /api request (login included) must send the header `X-Requested-With: yijian`, else 403 "csrf".
// Session: http-only cookie yj_session (SameSite=Lax); fetch with credentials "same-origin" (the default).
// invalid_submission details: pointers into the request body: /data/<field path> (field = its label) or /answers/<question>.
//
// Status codes: 400 invalid input (details lists every problem with its pointer), 401 not logged in,
// 403 role or department not allowed, 404 unknown id or route, 409 conflict (state does not allow it; details
// lists the allowed actions), 500 unexpected (with requestId; detail only in the server log).

/** Roles a user can hold. */
export type Role = "admin" | "designer" | "clerk" | "reviewer" | "applicant" | "supervisor";

/** The logged-in user as the apps see it. */
export interface UserView { id: string; username: string; displayName: string; roles: Role[]; department?: string }

/** Error body of every non-2xx answer. */
export interface ApiError { error: { code: string; message: string; details?: unknown; requestId?: string } }

/** One problem in a request body, with the JSON pointer of where it is. */
export interface ProblemDetail { pointer: string; message: string; field?: string; code?: string }

/** How results reach the applicant, chosen at submit: online, by post (with the address) or at the window. */
export interface ResultDelivery { method: "online" | "post" | "window"; address?: PostalAddress }

/** A postal address in China for results sent by post (邮寄). */
export interface PostalAddress { recipient: string; phone: string; region: string; detail: string; postalCode: string }

/** A published one-thing in the applicant catalog. */
export interface CatalogEntry { key: string; title: string; category: string; summary: string; audience: "person" | "enterprise"; version: number; itemCount: number; lead: string }

/** A published, immutable version of a bundle. */
/** `guides`: the ids of its items with a published service guide (GET /api/catalog/:key), the only ones to link. */
export interface PublishedBundle { key: string; version: number; publishedAt: string; spec: import("./bundle.js").Bundle; guides?: string[] }

/** A bundle as listed to designers. */
/** `draftUpdatedBy` / `publishedBy` are the account's username (kept for audit); `…Name` its display name to show (null
 *  for the system, which seeds the built-in one-things, or an account since removed). */
export interface BundleSummary { key: string; title: string; category: string; latestVersion: number | null; draftUpdatedAt: string; draftUpdatedBy: string; draftUpdatedByName: string | null; archivedAt: string | null }

/** A new one-thing: blank (title, category, audience, lead) or a copy of another one-thing's draft (copyFrom). */
export interface NewBundleRequest { key: string; title: string; category?: string; audience?: "person" | "enterprise"; lead?: string; copyFrom?: string }

/** Cases still running on each published version (shown before publishing or archiving). */
export interface OpenCases { versions: Array<{ version: number; open: number }> }

/** One published version in the history. */
export interface VersionSummary { version: number; publishedAt: string; publishedBy: string; publishedByName: string | null; changeSummary: string }

/** What the applicant submits: the exact version filled on, the guide answers and the form data. */
export interface SubmitRequest { bundleKey: string; version: number; answers: Record<string, unknown>; data: Record<string, unknown>; requestId?: string }

/** Application statuses as the applicant sees them. */
export type ApplicationStatus = "submitted" | "in_review" | "correction_requested" | "approved" | "rejected" | "completed" | "withdrawn";

/** One entry of a case's timeline / audit trail; `messageEn` is the English of `message` (older entries may lack it),
 * `system` marks what the system did (timers, rules) rather than a person. */
export interface TimelineEntry { at: string; actor: string; system?: boolean; department?: string; kind: string; message: string; messageEn?: string }

/** A sensitive field masked in a case view: its data pointer, its label and the dictionary element it stands for. */
export interface MaskedFieldView { pointer: string; label: string; element: string }

/**
 * One item's own form filled with a case's data (the department's view, and what a department system consumes): the
 * item's form as the department wrote it, and the applicant's data in that form's keys, sections and wording of
 * choices — split from the one smart form by the merge's provenance (spec/merge/split.ts), computed from the stored
 * case data, so it always says what the case says (after a correction too).
 */
export interface CaseItemDataView {
  applicationId: string; caseNo?: string; bundleKey: string; version: number;
  item: string; name: string; department: string; deptName: string; taskCode?: string;
  /** Whether the item applies to this case (the guide's answers); one that does not is not handled in it. */
  applies: boolean;
  /** The item's own form (JSON Schema and layout) with its own labels. */
  form: { schema: Record<string, unknown>; uiSchema?: Record<string, unknown> };
  data: Record<string, unknown>;
  /** Sensitive fields shown masked in `data` (as in the case view); casePointer is the case's field to reveal. */
  masked: Array<MaskedFieldView & { casePointer: string }>;
  /** Set when another department's item is shown because a task about it was transferred to the reader's department. */
  viaTask?: string;
}

/** GET /api/applications/:id/items → the viewer's department's items of the case, each with its own form and data;
 *  department is the reader's, absent for a supervisor or admin, who reads every department's items. */
export interface CaseItemsView { applicationId: string; caseNo?: string; department?: string; items: CaseItemDataView[] }

/** POST /api/applications/:id/reveal → the revealed values by pointer (each reveal is recorded with its reason). */
export interface RevealView { values: Record<string, unknown> }

/** One entry of the access log (GET /api/access-log, supervisors and admins; export as CSV). */
export interface AccessLogEntryView { at: string; username: string; department: string | null; applicationId: string; action: "view_case" | "view_file" | "reveal"; target: string | null; reason: string | null; ip: string | null }

/** An application with its status and timeline. */
export interface ApplicationView {
  id: string; bundleKey: string; bundleTitle: string; version: number; status: ApplicationStatus; submittedAt: string;
  /** The readable case number (办件编号, e.g. SAMR-20261202-0007); the id stays the key. */
  caseNo?: string;
  /** How the applicant wants the results (and the postal address when by post). */
  delivery?: ResultDelivery;
  applicant: string; answers: Record<string, unknown>; data: Record<string, unknown>; timeline: TimelineEntry[]; tasks: TaskView[];
  /** For staff: the sensitive fields shown masked in `data` (reveal: POST /api/applications/:id/reveal with a reason). */
  masked?: MaskedFieldView[];
  /** The flow's clock, suspension and correction notice (cases run by the flow state machine). */
  handling?: CaseHandlingView;
}

/**
 * Where a case stands in its flow, for the applicant and the handling staff: the case deadlines (moved by pauses,
 * suspensions and extensions), the pause or suspension (中止) in force, past suspensions, the correction notice
 * waiting for the applicant (exactly what it lists) and the 容缺 promises.
 */
export interface CaseHandlingView {
  dueAt?: string; statutoryDueAt?: string; pausedDays: number;
  /** Years of these deadlines whose holiday arrangement is not published yet: counted on the statutory days off only. */
  provisionalYears?: number[];
  paused?: { since: string; reason: "correction" | "promised_materials" | "suspended" };
  suspension?: { reason: string; note?: string; since: string; node: string; task: string };
  suspensions: Array<{ reason: string; note?: string; from: string; to: string; days: number }>;
  correction?: { at: string; deadline?: string; deficiencies: Array<{ kind: "field" | "material"; ref: string; item?: string; label?: string; reason: string }> };
  promises: Array<{ materials: string[]; supplied: string[]; deadline?: string; status: string }>;
  /** Open tasks that may be extended now (延期), with the most working days each may be extended by. */
  extensions: Record<string, number>;
}

/** A task in a department's inbox. */
export interface TaskView {
  /** caseNo: the case's readable number (办件编号) — what staff see and search by; applicationId only links. */
  id: string; applicationId: string; caseNo?: string; bundleTitle: string; department: string; role: "clerk" | "reviewer"; name: string;
  status: "open" | "done"; outcome?: string; createdAt: string; dueAt?: string; sla?: "on_time" | "due_soon" | "overdue"; applicant: string;
  /** The case clock is stopped (suspended, or waiting for the applicant): no deadline runs, dueAt moves on when it resumes. */
  paused?: boolean;
  allowedActions: string[];
}

// Electronic supervision (全程电子监察), added by the workbench (additive):
// GET /api/supervision?department=<id>&sla=on_time|due_soon|overdue   admin, supervisor → SupervisionView
//   every open task of every department, most overdue first, and a per-department summary (never filtered by sla).
// GET /api/supervision/cases/:id                                      admin, supervisor → ApplicationView (read-only)

/** How a deadline stands (the inbox's colours): on time, due within a working day, or past it. */
export type SlaState = "on_time" | "due_soon" | "overdue";

/** One open task as the supervisor sees it, with its case's deadlines. */
export interface SupervisionItem {
  taskId: string; applicationId: string; caseNo?: string; bundleKey: string; bundleTitle: string; applicant: string; applicationStatus: ApplicationStatus;
  submittedAt: string; department: string; role: "clerk" | "reviewer"; node: string; taskName: string; assignee?: string; createdAt: string;
  /** The node's promised deadline (承诺时限) and its state. */
  dueAt?: string; sla?: SlaState;
  /** Whole working days past the promised deadline (0 while not overdue, or overdue less than a working day). */
  overdueWorkingDays: number;
  /** The node's statutory deadline (法定时限) and its state, when the flow defines one. */
  statutoryDueAt?: string; statutorySla?: SlaState;
  /** The whole case's promised and statutory deadlines (flows with a case limit), and whether its clock is paused. */
  caseDueAt?: string; caseStatutoryDueAt?: string; caseSla?: SlaState; casePaused: boolean;
}

/** Open, due-soon and overdue task counts of one department. */
export interface SupervisionDepartmentSummary { department: string; name: string; nameEn?: string; open: number; dueSoon: number; overdue: number }

/** The supervision view: summary of every department, the (filtered) task list and when it was computed. */
export interface SupervisionView {
  generatedAt: string;
  filters: { department?: string; sla?: SlaState };
  summary: SupervisionDepartmentSummary[];
  totals: { open: number; dueSoon: number; overdue: number };
  items: SupervisionItem[];
  /** Items matching the filters; truncated when more pages follow (nextCursor fetches the next one). */
  total: number; truncated: boolean; nextCursor?: string;
}

// Materials and results (added with the applicant portal's attachments, 容缺 and one-exit downloads):
// POST /api/attachments?bundleKey&version&material=<item>/<material>  applicant  raw file body (Content-Type = its
//      type, X-File-Name = encodeURIComponent(name)) → 201 AttachmentView; 413 file_too_large / 415 unsupported_type /
//      400 (empty) with details [{ pointer: "/file", field: material name, message }]; the type must be one the
//      material accepts AND match the file's bytes; the size at most the material's max_size_mb.
// GET  /api/attachments?bundleKey=K                   applicant  → { attachments: AttachmentView[] } (own, not yet submitted)
// GET  /api/attachments/:id                           owner; staff of a department with a task in its application → the file
// DELETE /api/attachments/:id                         applicant owner, only before submission → { ok }
// POST /api/applications/:id/attachments?material=…   applicant owner: a file for an accepted case (容缺 materials due)
// GET  /api/applications/:id/materials                owner; staff with a task → ApplicationMaterialsView
// GET  /api/applications/:id/results                  owner; staff with a task → ApplicationResultsView
// GET  /api/applications/:id/results/:n               owner; staff with a task; 409 until results are issued → the
//      printable result document (text/html attachment) of the n-th department result.
// SubmitRequest.materials (optional): { attachments: [ids], deferred: [{ material, signedName, agreed }] }; deferred
// only for applicable 容缺后补 materials, signedName = the account's real name; problems at /materials/…. A
// materials_supplied event is refused (400) for a material with no file uploaded to the application.

/** An uploaded material file. */
export interface AttachmentView { id: string; material: string; name: string; mime: string; size: number; sha256: string; createdAt: string; url: string }

/** The materials part of a submission. */
export interface SubmitMaterials { attachments?: string[]; deferred?: Array<{ material: string; signedName: string; agreed: boolean }> }

/** One material of an application: its limits, files and the 容缺 promise signed for it. */
export interface ApplicationMaterialView {
  key: string; item: string; itemName: string; id: string; name: string; necessity: "必要" | "非必要" | "容缺后补"; heldByGovernment: boolean;
  accept: string[]; maxSizeMb: number; deferralDays?: number; attachments: AttachmentView[];
  promise?: { text: string; signedName: string; signedAt: string; deferralDays: number };
}

/** The materials of an application. */
export interface ApplicationMaterialsView { materials: ApplicationMaterialView[] }

/** The results of a case: each department's result document, downloadable once issued at the one exit. */
export interface ApplicationResultsView {
  issued: boolean; issuedAt?: string; delivery?: "online" | "post" | "window";
  results: Array<{ index: number; node: string; department: string; name: string; document: string; at: string; url?: string; file?: ResultFileView }>;
}

// Result files (added with the department's real result documents at the one exit):
// POST /api/tasks/:id/result-file                     staff who may act on the open task of a node declaring a result;
//      raw file body like POST /api/attachments; PDF / OFD / JPEG / PNG up to 20 MB, bytes matching the type → 201
//      AttachmentView (material "result:<task id>"); 403 another department or a user who may not act, 409 task closed
//      or the node issues no result, 413 / 415 / 400 with details [{ pointer: "/file", field: result name }].
// POST /api/tasks/:id/complete { action: "approve", result: { document, name?, fileId? } } — fileId must be a result
//      file uploaded for that task (400 at /result/fileId otherwise); the results list then shows the file and
//      GET …/results/:n serves its bytes (its own type, attachment) once issued — still 409 before.

/** The file a department attached to its result document. */
export interface ResultFileView { name: string; mime: string; size: number; sha256: string }

/** Types a department may attach as its result file (证照/批文): PDF, OFD (the national e-document format), JPEG, PNG. */
export const RESULT_FILE_TYPES = ["application/pdf", "application/ofd", "image/jpeg", "image/png"];
/** Size limit of one result file, in MB (the workbench shows it; the server enforces it on the bytes). */
export const RESULT_FILE_MAX_MB = 20;

// Paged lists (keyset cursors, at most 50 rows a request; ?limit=1..50&cursor=<nextCursor of the previous page>):
// GET /api/tasks/inbox?status=open|done&q=<case number or applicant's full name>&bundle=<key>&sla=overdue|due_soon
//     &dueFrom=YYYY-MM-DD&dueTo=YYYY-MM-DD (Beijing days, inclusive)   clerk, reviewer → InboxView
// GET /api/applications?cursor&limit                       applicant → MyApplicationsView (own, newest first)
// GET /api/drafts                                           applicant → { drafts: DraftSummary[] }
// GET /api/supervision?department&sla&cursor&limit          admin, supervisor → SupervisionView (+ nextCursor)
// GET /api/supervision/overdue?department&cursor&limit      admin, supervisor → OverdueHistoryView
// GET /api/supervision/stats?from=YYYY-MM-DD&to=YYYY-MM-DD  admin, supervisor → ClosedStatsView
// GET /api/supervision/export?kind=open|overdue|stats&…     admin, supervisor → text/csv (UTF-8 with BOM, every row)

/** A department's inbox page, with the counts of the viewer's open and handled tasks (from the task summary). */
export interface InboxView { tasks: TaskView[]; nextCursor?: string; counts: { open: number; done: number } }

/** One of the applicant's cases in 我的办件. */
export interface ApplicationSummary {
  id: string; caseNo?: string; bundleKey: string; bundleTitle: string; version: number; status: ApplicationStatus; submittedAt: string; updatedAt: string;
}

/** A page of the applicant's cases. */
export interface MyApplicationsView { applications: ApplicationSummary[]; nextCursor?: string }

/** A saved, not yet submitted application (草稿). */
export interface DraftSummary { bundleKey: string; bundleTitle: string; version: number; updatedAt: string }

/** A step handled after its promised deadline (超期办结记录). */
export interface OverdueHistoryItem {
  taskId: string; applicationId: string; caseNo?: string; bundleTitle: string; department: string; taskName: string; node: string;
  createdAt: string; dueAt: string; completedAt: string; completedBy?: string; outcome?: string; overdueWorkingDays: number;
}

/** A page of the overdue history. */
export interface OverdueHistoryView { items: OverdueHistoryItem[]; nextCursor?: string; filters: { department?: string } }

/** Handled steps of one department over a period: how many, how many late, average handling time. */
export interface ClosedStatsRow { department: string; name: string; nameEn?: string; closed: number; late: number; onTimeRate: number | null; avgHandlingHours: number | null }

/** Closed-step statistics for the Beijing days from..to. */
export interface ClosedStatsView { from: string; to: string; rows: ClosedStatsRow[]; totals: Omit<ClosedStatsRow, "department" | "name" | "nameEn"> }

// 好差评 handled by the departments (added with the rectification of bad ratings):
// GET  /api/ratings?bad=1                        lead department's staff (their one-things), supervisor/admin (all) → RatingsView
// POST /api/ratings/:applicationId/rectification  staff of the lead department { contact, measures } → RatedCaseView;
//      400 when either is empty, 409 for a rating that is not bad or is rectified already.

/** One rating as the departments see it, with its rectification (差评整改) when it is a bad one. */
export interface RatedCaseView {
  applicationId: string; bundleKey: string; bundleTitle: string; applicant: string; score: number; comment: string; at: string;
  lead: string; leadName: string; bad: boolean;
  /** none (not a bad rating), pending (due by dueAt), overdue, done. */
  status: "none" | "pending" | "overdue" | "done"; dueAt?: string;
  rectification?: { contact: string; measures: string; by: string; at: string };
}

/** The ratings list with its counts. */
export interface RatingsView { ratings: RatedCaseView[]; summary: { total: number; bad: number; pending: number; overdue: number } }
