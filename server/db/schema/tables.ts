// The database schema, described ONCE and instantiated for both dialects (schema.sqlite.ts, schema.pg.ts), so
// SQLite and PostgreSQL can never drift apart. Only portable column types are used: text (ids, ISO-8601 UTC
// timestamps, JSON documents) and integer, so rows copy between dialects unchanged and checksum identically.
/* eslint-disable @typescript-eslint/no-explicit-any -- drizzle's builders differ per dialect; DialectKit erases them to one call shape */
import { sql } from "drizzle-orm";

/** The few drizzle builders both dialects share with the same call shape. */
export interface DialectKit {
  table: (name: string, columns: Record<string, any>, extra?: (t: any) => any[]) => any;
  text: (name: string) => any;
  integer: (name: string) => any;
  index: (name: string) => any;
  uniqueIndex: (name: string) => any;
  primaryKey: (config: { columns: any[] }) => any;
}

/** Builds every table of yijian with the given dialect's builders. */
export function defineSchema(k: DialectKit) {
  const { table, text, integer, index, uniqueIndex, primaryKey } = k;
  const json = (name: string) => text(name).notNull();
  const at = (name: string) => text(name).notNull();

  const departments = table("departments", {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    nameEn: text("name_en").notNull(),
  });

  const users = table("users", {
    id: text("id").primaryKey(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    roles: json("roles"),
    department: text("department"),
    profile: json("profile"),
    createdAt: at("created_at"),
  }, (t) => [uniqueIndex("users_username_uq").on(t.username), index("users_display_name_idx").on(t.displayName)]);

  const sessions = table("sessions", {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull(),
    createdAt: at("created_at"),
    expiresAt: at("expires_at"),
    ip: text("ip"),
  }, (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)]);

  const bundles = table("bundles", {
    key: text("key").primaryKey(),
    draft: json("draft"),
    createdAt: at("created_at"),
    createdBy: text("created_by").notNull(),
    updatedAt: at("updated_at"),
    updatedBy: text("updated_by").notNull(),
    archivedAt: text("archived_at"),
    archivedBy: text("archived_by"),
  });

  const bundleVersions = table("bundle_versions", {
    key: text("key").notNull(),
    version: integer("version").notNull(),
    spec: json("spec"),
    publishedAt: at("published_at"),
    publishedBy: text("published_by").notNull(),
    changeSummary: text("change_summary").notNull(),
  }, (t) => [primaryKey({ columns: [t.key, t.version] })]);

  const applications = table("applications", {
    id: text("id").primaryKey(),
    bundleKey: text("bundle_key").notNull(),
    version: integer("version").notNull(),
    applicantId: text("applicant_id").notNull(),
    answers: json("answers"),
    data: json("data"),
    status: text("status").notNull(),
    submittedAt: at("submitted_at"),
    updatedAt: at("updated_at"),
    requestId: text("request_id"),
    caseNo: text("case_no"),
    delivery: text("delivery"),
  }, (t) => [
    uniqueIndex("applications_request_uq").on(t.applicantId, t.requestId),
    uniqueIndex("applications_case_no_uq").on(t.caseNo),
    // Keyset paging of an applicant's cases (newest first, id breaks ties).
    index("applications_applicant_page_idx").on(t.applicantId, t.submittedAt, t.id),
    index("applications_bundle_idx").on(t.bundleKey, t.version),
  ]);

  const drafts = table("drafts", {
    applicantId: text("applicant_id").notNull(),
    bundleKey: text("bundle_key").notNull(),
    version: integer("version").notNull(),
    answers: json("answers"),
    data: json("data"),
    updatedAt: at("updated_at"),
  }, (t) => [primaryKey({ columns: [t.applicantId, t.bundleKey] })]);

  const flowInstances = table("flow_instances", {
    id: text("id").primaryKey(),
    applicationId: text("application_id").notNull(),
    bundleKey: text("bundle_key").notNull(),
    definitionVersion: integer("definition_version").notNull(),
    engine: text("engine").notNull(),
    state: json("state"),
    status: text("status").notNull(),
    rev: integer("rev").notNull(),
    createdAt: at("created_at"),
    updatedAt: at("updated_at"),
  }, (t) => [uniqueIndex("flow_instances_application_uq").on(t.applicationId)]);

  const tasks = table("tasks", {
    id: text("id").primaryKey(),
    instanceId: text("instance_id").notNull(),
    applicationId: text("application_id").notNull(),
    node: text("node").notNull(),
    activation: integer("activation").notNull(),
    name: text("name").notNull(),
    department: text("department").notNull(),
    role: text("role").notNull(),
    assignee: text("assignee"),
    status: text("status").notNull(),
    outcome: text("outcome"),
    comment: text("comment"),
    createdAt: at("created_at"),
    dueAt: text("due_at"),
    completedAt: text("completed_at"),
    completedBy: text("completed_by"),
    requestId: text("request_id"),
    // The case's one-thing, copied from its application at insert so inbox filters by one-thing hit an index.
    bundleKey: text("bundle_key"),
  }, (t) => [
    uniqueIndex("tasks_activation_uq").on(t.instanceId, t.node, t.activation),
    index("tasks_application_idx").on(t.applicationId),
    // Partial indexes on open work (their size follows the open tasks, not the history) in the lists' keyset orders:
    // most urgent first per department and overall, per department and one-thing; handled tasks newest first.
    index("tasks_open_due_idx").on(t.department, t.dueAt, t.createdAt, t.id).where(sql`status = 'open'`),
    index("tasks_open_all_due_idx").on(t.dueAt, t.createdAt, t.id).where(sql`status = 'open'`),
    index("tasks_open_bundle_idx").on(t.department, t.bundleKey, t.dueAt, t.createdAt, t.id).where(sql`status = 'open'`),
    index("tasks_done_idx").on(t.department, t.completedAt, t.id).where(sql`status = 'done'`),
    index("tasks_done_bundle_idx").on(t.department, t.bundleKey, t.completedAt, t.id).where(sql`status = 'done'`),
    // Overdue history (handled after the promised deadline), per department and overall.
    index("tasks_late_idx").on(t.department, t.completedAt, t.id).where(sql`status = 'done' AND due_at IS NOT NULL AND completed_at > due_at`),
    index("tasks_late_all_idx").on(t.completedAt, t.id).where(sql`status = 'done' AND due_at IS NOT NULL AND completed_at > due_at`),
  ]);

  // Task counts per department, role and status, maintained by every task write in server/store/tasks.ts (in the
  // same transaction), so inbox and supervision counts never count rows. Spread over shards so concurrent
  // completions in one department do not queue on one counter row; a count is the sum over the shards.
  const taskCounts = table("task_counts", {
    department: text("department").notNull(),
    role: text("role").notNull(),
    status: text("status").notNull(),
    shard: integer("shard").notNull(),
    n: integer("n").notNull(),
  }, (t) => [primaryKey({ columns: [t.department, t.role, t.status, t.shard] })]);

  // Closed-task statistics per Beijing day and department (handled, handled late, total handling minutes),
  // maintained with the counts; a period's statistics read days, never tasks.
  const closedStats = table("closed_stats", {
    day: text("day").notNull(),
    department: text("department").notNull(),
    shard: integer("shard").notNull(),
    closed: integer("closed").notNull(),
    late: integer("late").notNull(),
    handlingMinutes: integer("handling_minutes").notNull(),
  }, (t) => [primaryKey({ columns: [t.day, t.department, t.shard] })]);

  const timers = table("timers", {
    id: text("id").primaryKey(),
    dedupeKey: text("dedupe_key").notNull(),
    instanceId: text("instance_id"),
    kind: text("kind").notNull(),
    payload: json("payload"),
    dueAt: at("due_at"),
    firedAt: text("fired_at"),
    cancelledAt: text("cancelled_at"),
    claimedBy: text("claimed_by"),
    claimedUntil: text("claimed_until"),
    attempts: integer("attempts").notNull(),
    lastError: text("last_error"),
    createdAt: at("created_at"),
  }, (t) => [uniqueIndex("timers_dedupe_uq").on(t.dedupeKey), 
    // Partial: only pending timers, so a sweep's cost follows the due timers, not the history of fired ones.
    index("timers_pending_due_idx").on(t.dueAt).where(sql`fired_at IS NULL AND cancelled_at IS NULL`),
    // Cancelling a case's pending timers finds them by instance, without walking every pending timer.
    index("timers_instance_pending_idx").on(t.instanceId).where(sql`fired_at IS NULL AND cancelled_at IS NULL`)]);

  const events = table("events", {
    id: text("id").primaryKey(),
    applicationId: text("application_id"),
    instanceId: text("instance_id"),
    bundleKey: text("bundle_key"),
    definitionVersion: integer("definition_version"),
    actorId: text("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    department: text("department"),
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    data: json("data"),
    at: at("at"),
  }, (t) => [index("events_application_idx").on(t.applicationId, t.at)]);

  const webhookSubscriptions = table("webhook_subscriptions", {
    id: text("id").primaryKey(),
    url: text("url").notNull(),
    secret: text("secret").notNull(),
    topics: json("topics"),
    active: integer("active").notNull(),
    createdAt: at("created_at"),
    createdBy: text("created_by").notNull(),
  });

  const outbox = table("outbox", {
    id: text("id").primaryKey(),
    subscriptionId: text("subscription_id").notNull(),
    topic: text("topic").notNull(),
    payload: json("payload"),
    attempts: integer("attempts").notNull(),
    nextAttemptAt: at("next_attempt_at"),
    deliveredAt: text("delivered_at"),
    failedAt: text("failed_at"),
    lastError: text("last_error"),
    claimedBy: text("claimed_by"),
    claimedUntil: text("claimed_until"),
    createdAt: at("created_at"),
  }, (t) => [index("outbox_pending_due_idx").on(t.nextAttemptAt).where(sql`delivered_at IS NULL AND failed_at IS NULL`)]);

  const rateLimits = table("rate_limits", {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    windowStart: at("window_start"),
  });

  const licences = table("licences", {
    id: text("id").primaryKey(),
    holderId: text("holder_id").notNull(),
    type: text("type").notNull(),
    title: text("title").notNull(),
    fields: json("fields"),
    issuedAt: at("issued_at"),
  }, (t) => [uniqueIndex("licences_holder_type_uq").on(t.holderId, t.type)]);

  const ratings = table("ratings", {
    id: text("id").primaryKey(),
    applicationId: text("application_id").notNull(),
    applicantId: text("applicant_id").notNull(),
    score: integer("score").notNull(),
    comment: text("comment").notNull(),
    at: at("at"),
  }, (t) => [uniqueIndex("ratings_application_uq").on(t.applicationId), index("ratings_score_idx").on(t.score, t.at)]);

  // The rectification of a bad rating (差评整改): the lead department contacted the applicant and recorded what it
  // changed, within a working-day limit from the rating.
  const ratingRectifications = table("rating_rectifications", {
    applicationId: text("application_id").primaryKey(),
    department: text("department").notNull(),
    dueAt: text("due_at").notNull(),
    contact: text("contact").notNull(),
    measures: text("measures").notNull(),
    rectifiedBy: text("rectified_by").notNull(),
    rectifiedAt: at("rectified_at"),
  });

  // Uploaded material files (申请材料附件): checked against the material's limits by the server; the row keeps the
  // metadata and the sha256 that names the bytes in the file store; bound to an application at submission.
  const attachments = table("attachments", {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").notNull(),
    bundleKey: text("bundle_key").notNull(),
    version: integer("version").notNull(),
    material: text("material").notNull(),
    name: text("name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    // Empty: the bytes live in the file store (server/files/, content-addressed by sha256). Rows written before
    // migration 0013 held them as base64 here; startup moves them to the store and empties the column.
    content: text("content"),
    applicationId: text("application_id"),
    createdAt: at("created_at"),
  }, (t) => [index("attachments_owner_idx").on(t.ownerId, t.createdAt), index("attachments_application_idx").on(t.applicationId)]);

  // Materials the applicant declared "supplied later" (容缺后补) with a signed promise, recorded with the application.
  const materialPromises = table("material_promises", {
    applicationId: text("application_id").notNull(),
    material: text("material").notNull(),
    materialName: text("material_name").notNull(),
    deferralDays: integer("deferral_days").notNull(),
    promiseText: text("promise_text").notNull(),
    signedName: text("signed_name").notNull(),
    signedBy: text("signed_by").notNull(),
    signedAt: at("signed_at"),
  }, (t) => [primaryKey({ columns: [t.applicationId, t.material] })]);

  // Readable case numbers (办件编号): one counter row per lead department and Beijing day, moved in the submitting
  // transaction, so concurrent submissions on several processes never take the same serial.
  const caseCounters = table("case_counters", {
    prefix: text("prefix").primaryKey(),
    last: integer("last").notNull(),
  });

  // Formal documents (文书): each issued once per case, kind and subject (ref), numbered per department, kind and
  // Beijing year from a counter row (no gaps, no duplicates: the counter moves in the issuing transaction).
  const documentCounters = table("document_counters", {
    department: text("department").notNull(),
    kind: text("kind").notNull(),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  }, (t) => [primaryKey({ columns: [t.department, t.kind, t.year] })]);

  const documents = table("documents", {
    id: text("id").primaryKey(),
    applicationId: text("application_id").notNull(),
    kind: text("kind").notNull(),
    ref: text("ref").notNull(),
    department: text("department").notNull(),
    year: integer("year").notNull(),
    serial: integer("serial").notNull(),
    docNo: text("doc_no").notNull(),
    data: json("data"),
    issuedAt: at("issued_at"),
    issuedBy: text("issued_by").notNull(),
  }, (t) => [
    uniqueIndex("documents_subject_uq").on(t.applicationId, t.kind, t.ref),
    uniqueIndex("documents_serial_uq").on(t.department, t.kind, t.year, t.serial),
  ]);

  // Notifications (通知): the in-portal inbox, one row per event and recipient (the dedupe key makes it exactly once),
  // and the SMS each one sends, recorded exactly as it would be sent and delivered by a timer (retried).
  const notifications = table("notifications", {
    id: text("id").primaryKey(),
    dedupeKey: text("dedupe_key").notNull(),
    applicationId: text("application_id"),
    recipientId: text("recipient_id").notNull(),
    event: text("event").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    variables: json("variables"),
    createdAt: at("created_at"),
    readAt: text("read_at"),
  }, (t) => [uniqueIndex("notifications_dedupe_uq").on(t.dedupeKey), index("notifications_recipient_idx").on(t.recipientId, t.createdAt)]);

  const smsMessages = table("sms_messages", {
    id: text("id").primaryKey(),
    notificationId: text("notification_id").notNull(),
    phone: text("phone").notNull(),
    body: text("body").notNull(),
    status: text("status").notNull(),
    provider: text("provider"),
    providerRef: text("provider_ref"),
    createdAt: at("created_at"),
    sentAt: text("sent_at"),
  }, (t) => [uniqueIndex("sms_messages_notification_uq").on(t.notificationId)]);

  // Results at one exit (一口出件): how the applicant gets them (pick-up code, post with tracking number, online)
  // and the hand-over recorded by the clerk (送达回证).
  const resultHandovers = table("result_handovers", {
    applicationId: text("application_id").primaryKey(),
    method: text("method").notNull(),
    pickupCode: text("pickup_code"),
    carrier: text("carrier"),
    trackingNo: text("tracking_no"),
    address: text("address"),
    recipientName: text("recipient_name"),
    recipientIdNumber: text("recipient_id_number"),
    signature: text("signature"),
    handedOverAt: text("handed_over_at"),
    handedOverBy: text("handed_over_by"),
    createdAt: at("created_at"),
    updatedAt: at("updated_at"),
  });

  // Who read which case, file or sensitive field, when and why (个人信息访问记录): written with every staff read of a
  // case, every file download by someone other than its owner and every reveal of a masked field (with its reason).
  const accessLog = table("access_log", {
    id: text("id").primaryKey(),
    at: at("at"),
    userId: text("user_id").notNull(),
    username: text("username").notNull(),
    department: text("department"),
    applicationId: text("application_id").notNull(),
    action: text("action").notNull(),
    target: text("target"),
    reason: text("reason"),
    ip: text("ip"),
  }, (t) => [index("access_log_application_idx").on(t.applicationId, t.at), index("access_log_user_idx").on(t.userId, t.at), index("access_log_at_idx").on(t.at, t.id)]);

  // The deployment's own dictionary extensions, learned from staff decisions in the merge studio (a synonym of an
  // element or a role, a pair never to merge), with who made them and when; reverted rows stay for the record.
  const dictionaryExtensions = table("dictionary_extensions", {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    signature: text("signature").notNull(),
    extension: json("extension"),
    source: text("source").notNull(),
    note: text("note").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at"),
    revertedBy: text("reverted_by"),
    revertedAt: text("reverted_at"),
  }, (t) => [index("dictionary_extensions_signature_idx").on(t.signature, t.revertedAt), index("dictionary_extensions_created_idx").on(t.createdAt, t.id)]);

  // The item catalogue (一张清单, docs/catalogue.md): one row per item with its editable draft; the search columns
  // mirror the draft (staff search what they edit). Published versions are immutable rows, never updated or deleted;
  // they carry the published name, code and department for the public service-guide list.
  const catalogueItems = table("catalogue_items", {
    id: text("id").primaryKey(),
    code: text("code"),
    department: text("department").notNull(),
    name: text("name").notNull(),
    nameInitials: text("name_initials").notNull(),
    // name, 实施编码, department name and initials in lower case, the one column a text term is looked for in
    searchText: text("search_text").notNull(),
    deptName: text("dept_name").notNull(),
    taskType: text("task_type"),
    serveType: json("serve_type"),
    onlineLevel: text("online_level"),
    crossScope: text("cross_scope"),
    hasForm: integer("has_form").notNull(),
    origin: text("origin").notNull(),
    draft: json("draft"),
    draftUpdatedAt: at("draft_updated_at"),
    draftUpdatedBy: text("draft_updated_by").notNull(),
    latestVersion: integer("latest_version"),
    createdAt: at("created_at"),
  }, (t) => [
    uniqueIndex("catalogue_items_code_uq").on(t.code),
    // The list's orders (pinyin, 实施编码, last change) and its usual filters.
    index("catalogue_items_initials_idx").on(t.nameInitials, t.name, t.id),
    index("catalogue_items_department_idx").on(t.department, t.nameInitials, t.id),
    // Covering the facet counts: the GROUP BY walks it in order, and a text search scans it instead of the drafts.
    index("catalogue_items_facets_idx").on(t.department, t.taskType, t.serveType, t.onlineLevel, t.crossScope, t.origin, t.hasForm, t.latestVersion, t.searchText, t.nameInitials, t.name),
    index("catalogue_items_updated_idx").on(t.draftUpdatedAt, t.id),
    index("catalogue_items_origin_idx").on(t.origin),
  ]);

  // One row counting every change of the catalogue (moved in the writing transaction), so a process may keep the
  // facet counts of a search until the catalogue changes.
  const catalogueRevision = table("catalogue_revision", {
    id: text("id").primaryKey(),
    rev: integer("rev").notNull(),
  });

  const catalogueItemVersions = table("catalogue_item_versions", {
    itemId: text("item_id").notNull(),
    version: integer("version").notNull(),
    spec: json("spec"),
    name: text("name").notNull(),
    nameInitials: text("name_initials").notNull(),
    searchText: text("search_text").notNull(),
    code: text("code"),
    department: text("department").notNull(),
    deptName: text("dept_name").notNull(),
    taskType: text("task_type").notNull(),
    publishedAt: at("published_at"),
    publishedBy: text("published_by").notNull(),
    changeSummary: text("change_summary").notNull(),
  }, (t) => [primaryKey({ columns: [t.itemId, t.version] })]);

  // Assisted filing at the counter (帮办代办, server/counter/): a clerk's working session for one identified walk-in
  // applicant (or an agent of a company), the filing record of the submitted case (who filed it, on whose behalf, how
  // the applicant confirmed it: on-screen signature or one-time code), the short codes an applicant shows at the
  // window to hand over an online draft, and the link of an identity number (or USCC) to the account that holds it.
  const counterSessions = table("counter_sessions", {
    id: text("id").primaryKey(),
    clerkId: text("clerk_id").notNull(),
    department: text("department").notNull(),
    bundleKey: text("bundle_key").notNull(),
    version: integer("version").notNull(),
    applicantId: text("applicant_id").notNull(),
    party: text("party").notNull(),
    role: text("role").notNull(),
    visitorName: text("visitor_name").notNull(),
    visitorIdNumber: text("visitor_id_number").notNull(),
    phone: text("phone"),
    accountCreated: integer("account_created").notNull(),
    draftCodeId: text("draft_code_id"),
    createdAt: at("created_at"),
    expiresAt: at("expires_at"),
    applicationId: text("application_id"),
  }, (t) => [index("counter_sessions_clerk_idx").on(t.clerkId, t.createdAt)]);

  const counterFilings = table("counter_filings", {
    applicationId: text("application_id").primaryKey(),
    sessionId: text("session_id").notNull(),
    filedBy: text("filed_by").notNull(),
    filedByName: text("filed_by_name").notNull(),
    department: text("department").notNull(),
    applicantId: text("applicant_id").notNull(),
    party: text("party").notNull(),
    role: text("role").notNull(),
    visitorName: text("visitor_name").notNull(),
    visitorIdNumber: text("visitor_id_number").notNull(),
    authorisationId: text("authorisation_id"),
    confirmation: text("confirmation").notNull(),
    signature: text("signature"),
    otpChallengeId: text("otp_challenge_id"),
    confirmedPhone: text("confirmed_phone"),
    contentSha256: text("content_sha256").notNull(),
    draftTakenOver: integer("draft_taken_over").notNull(),
    filedAt: at("filed_at"),
  }, (t) => [index("counter_filings_filer_idx").on(t.filedBy, t.filedAt), index("counter_filings_applicant_idx").on(t.applicantId)]);

  const counterDraftCodes = table("counter_draft_codes", {
    id: text("id").primaryKey(),
    codeHash: text("code_hash").notNull(),
    applicantId: text("applicant_id").notNull(),
    bundleKey: text("bundle_key").notNull(),
    createdAt: at("created_at"),
    expiresAt: at("expires_at"),
    usedAt: text("used_at"),
    usedBy: text("used_by"),
  }, (t) => [uniqueIndex("counter_draft_codes_code_uq").on(t.codeHash), index("counter_draft_codes_draft_idx").on(t.applicantId, t.bundleKey)]);

  const applicantIdentities = table("applicant_identities", {
    holderId: text("holder_id").primaryKey(),
    userId: text("user_id").notNull(),
    source: text("source").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at"),
  });

  // One-time codes (短信验证码) sent through the notification interface, for a purpose (counter confirmation, kiosk
  // login) and bound to a context; only a salted hash of the code is kept.
  const oneTimeCodes = table("one_time_codes", {
    id: text("id").primaryKey(),
    purpose: text("purpose").notNull(),
    userId: text("user_id").notNull(),
    phone: text("phone").notNull(),
    codeHash: text("code_hash").notNull(),
    context: text("context").notNull(),
    // SHA-256 of what the code is about (an ID number, a phone, an account): sends are throttled per subject.
    subject: text("subject").notNull().default(""),
    attempts: integer("attempts").notNull(),
    createdAt: at("created_at"),
    expiresAt: at("expires_at"),
    consumedAt: text("consumed_at"),
  }, (t) => [index("one_time_codes_phone_idx").on(t.phone, t.createdAt), index("one_time_codes_subject_idx").on(t.subject, t.purpose, t.createdAt)]);

  return {
    dictionaryExtensions,
    departments, users, sessions, bundles, bundleVersions, applications, drafts, flowInstances, tasks, taskCounts, closedStats, timers,
    events, webhookSubscriptions, outbox, rateLimits, licences, ratings, ratingRectifications, attachments, materialPromises,
    documentCounters, documents, notifications, smsMessages, resultHandovers, accessLog, caseCounters,
    counterSessions, counterFilings, counterDraftCodes, applicantIdentities, oneTimeCodes,
    catalogueItems, catalogueItemVersions, catalogueRevision,
  };
}

/** Every table with the column its rows are ordered by for copying and checksums (primary key columns). */
export const TABLE_KEYS: Record<string, string[]> = {
  departments: ["id"], users: ["id"], sessions: ["id"], bundles: ["key"], bundle_versions: ["key", "version"],
  applications: ["id"], drafts: ["applicant_id", "bundle_key"], flow_instances: ["id"], tasks: ["id"], timers: ["id"],
  events: ["id"], webhook_subscriptions: ["id"], outbox: ["id"], rate_limits: ["key"], licences: ["id"], ratings: ["id"], rating_rectifications: ["application_id"],
  attachments: ["id"], material_promises: ["application_id", "material"],
  document_counters: ["department", "kind", "year"], case_counters: ["prefix"], documents: ["id"], notifications: ["id"], sms_messages: ["id"], result_handovers: ["application_id"],
  dictionary_extensions: ["id"], catalogue_items: ["id"], catalogue_item_versions: ["item_id", "version"], catalogue_revision: ["id"],
  task_counts: ["department", "role", "status", "shard"], closed_stats: ["day", "department", "shard"], access_log: ["id"],
  counter_sessions: ["id"], counter_filings: ["application_id"], counter_draft_codes: ["id"], applicant_identities: ["holder_id"], one_time_codes: ["id"],
};
