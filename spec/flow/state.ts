// The vocabulary of the flow state machine: its state, the events it accepts, the effects it asks the host
// (server or editor simulation) to carry out, and the typed error for an event the state does not allow.
// Everything is plain JSON (instants are ISO strings) so the server can store it as it is and replay it.
import { z } from "zod";
import { say, type Bilingual } from "../bilingual.js";
import { Id } from "../common.js";
import { issueMessage } from "../issue-messages.js";
import type { TaskRole } from "./schema.js";

/** Who acts: a user id, and for staff their department and roles. */
export const ActorSchema = z.object({ id: z.string().min(1), department: Id.optional(), roles: z.array(z.string()).optional() });
export type Actor = z.infer<typeof ActorSchema>;

/** The events' own validation messages in both languages (zod carries the Chinese; eventIssueMessage gives both back). */
const EVENT_MESSAGES = {
  deficiencyReason: say("每一项补正都必须说明原因", "Every deficiency needs a reason"),
  rejectReason: say("驳回必须说明理由", "A rejection needs a reason"),
  deficiencies: say("补正通知必须列出全部需补正的内容", "A correction notice must list every deficiency"),
  missingMaterials: say("容缺受理必须列出后补的材料", "Acceptance with deficiency must list the materials to supply later"),
  transferReason: say("转办必须说明理由", "A transfer needs a reason"),
  extendDays: say("延期天数至少 1 个工作日", "An extension is at least one working day"),
  extendReason: say("延期必须说明理由", "An extension needs a reason"),
} as const;
const BY_ZH = new Map<string, Bilingual>(Object.values(EVENT_MESSAGES).map((m) => [m.zh, m]));

/** A zod issue of an event in both languages: our own message, the suspension reason with its choices in words, or
 *  the field named by its label (issueMessage) — never zod's English ('Invalid option: expected one of …'). */
export function eventIssueMessage(issue: z.core.$ZodIssue, event: unknown): Bilingual {
  const own = BY_ZH.get(issue.message);
  if (own) return own;
  const type = event && typeof event === "object" ? (event as { type?: unknown }).type : undefined;
  if (type === "suspend" && issue.path.length === 1 && issue.path[0] === "reason") {
    const given = (event as { reason?: unknown }).reason;
    const zh = Object.values(SUSPEND_REASONS).join("、");
    const en = Object.values(SUSPEND_REASONS_EN).join(", ");
    return given === undefined || given === null || given === ""
      ? say(`请选择中止原因：${zh}`, `Choose the reason for the suspension: ${en}`)
      : say(`中止原因「${String(given)}」不是可选的原因，可选：${zh}`, `"${String(given)}" is not a reason for a suspension; the reasons are: ${en}`);
  }
  return issueMessage(issue, event);
}

/** One deficiency of a correction notice (一次性告知补正): a form field or a material, and why. */
export const DeficiencySchema = z.object({
  kind: z.enum(["field", "material"]),
  ref: z.string().min(1).describe("JSON pointer of the field in the form data, or the material id"),
  item: Id.optional().describe("the item the material or field belongs to"),
  label: z.string().optional(),
  reason: z.string().trim().min(1, EVENT_MESSAGES.deficiencyReason.zh),
});
export type Deficiency = z.infer<typeof DeficiencySchema>;

/**
 * Legal reasons to suspend the clock of a case (中止/暂停计时): the time they take does not count towards the limit
 * (《行政许可法》第四十五条: 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审; plus 现场勘验 and other statutory cases).
 */
export const SUSPEND_REASONS = {
  site_inspection: "现场勘验",
  expert_review: "专家评审",
  hearing: "听证",
  testing: "检验、检测、检疫",
  appraisal: "鉴定",
  tender: "招标、拍卖",
  other: "其他法定情形",
} as const;

/** The suspension reasons in English. */
export const SUSPEND_REASONS_EN: Record<keyof typeof SUSPEND_REASONS, string> = {
  site_inspection: "on-site inspection", expert_review: "expert review", hearing: "a hearing", testing: "inspection, testing or quarantine",
  appraisal: "an appraisal", tender: "a tender or auction", other: "another statutory reason",
};
const SUSPEND_REASON_CODES = Object.keys(SUSPEND_REASONS) as [keyof typeof SUSPEND_REASONS, ...Array<keyof typeof SUSPEND_REASONS>];
/** A reason given in words (中文 or English, as the refusal lists them) stands for its code. */
const SUSPEND_REASON_BY_WORDS = new Map<string, string>(SUSPEND_REASON_CODES.flatMap((code) => [[SUSPEND_REASONS[code], code], [SUSPEND_REASONS_EN[code], code]]));
/** The reason of a suspension: its code, or its name in either language. */
export const SuspendReasonSchema = z.preprocess((v) => (typeof v === "string" ? SUSPEND_REASON_BY_WORDS.get(v.trim()) ?? v : v), z.enum(SUSPEND_REASON_CODES));
export type SuspendReason = z.infer<typeof SuspendReasonSchema>;

const base = { actor: ActorSchema, requestId: z.string().min(1).max(200).optional() };
const task = { ...base, taskId: z.string().min(1), comment: z.string().max(2000).optional() };
const DataRecord = z.record(z.string(), z.unknown());
/** The applicant's signed 容缺 promises still to be kept when the case is accepted (容缺受理承诺书, signed at submission):
 *  set by the server from its own records, never taken from a request; kept whichever way the case is accepted. */
const SignedPromises = z.array(z.object({ material: z.string().min(1), days: z.number().int().min(1).max(365) })).optional()
  .describe("the applicant's signed promises to supply materials later (material key, working days after acceptance), set by the server");

/** Every event the machine accepts; the server validates request bodies with the same schema. */
export const FlowEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("submit"), ...base, answers: DataRecord.default({}), data: DataRecord.default({}) }),
  z.object({ type: z.literal("claim"), ...task }),
  z.object({
    type: z.literal("approve"), ...task,
    result: z.object({ name: z.string().optional(), document: z.string().min(1), fileId: z.string().min(1).max(100).optional().describe("the uploaded result file (the host checks it belongs to the task)") }).optional().describe("the department's result document (证照/批文)"),
  }),
  z.object({ type: z.literal("reject"), ...task, reason: z.string().trim().min(1, EVENT_MESSAGES.rejectReason.zh) }),
  z.object({ type: z.literal("return_for_correction"), ...task, deficiencies: z.array(DeficiencySchema).min(1, EVENT_MESSAGES.deficiencies.zh) }),
  z.object({ type: z.literal("accept"), ...task, signed: SignedPromises }),
  z.object({
    type: z.literal("accept_with_deficiency"), ...task,
    materials: z.array(z.string().min(1)).min(1, EVENT_MESSAGES.missingMaterials.zh),
    deadline: z.string().datetime({ offset: true }).optional().describe("when they must be supplied; default: the node's deficiencyDays"),
    days: z.number().int().min(1).max(365).optional(),
    signed: SignedPromises,
  }),
  z.object({ type: z.literal("notify_promise"), ...task, conditions: z.string().optional(), signed: SignedPromises }),
  z.object({ type: z.literal("results_issued"), ...task, delivery: z.enum(["online", "post", "window"]).default("online") }),
  z.object({ type: z.literal("applicant_corrected"), ...base, data: DataRecord.optional(), answers: DataRecord.optional(), materials: z.array(z.string()).default([]) }),
  z.object({ type: z.literal("materials_supplied"), ...base, materials: z.array(z.string().min(1)).min(1) }),
  z.object({ type: z.literal("withdraw"), ...base, reason: z.string().trim().max(200).default("") }),
  z.object({ type: z.literal("timer_fired"), timerId: z.string().min(1), requestId: z.string().optional() }),
  z.object({ type: z.literal("rate"), ...base, score: z.number().int().min(1).max(5), comment: z.string().max(2000).default("") }),
  z.object({
    type: z.literal("transfer"), ...task,
    to: z.object({ department: Id, assignee: z.string().min(1).max(128).optional() }).describe("the department (and maybe the person) the task goes to"),
    toName: z.object({ zh: z.string().max(200), en: z.string().max(200) }).optional().describe("the target in words (department name, person), set by the server from its registry for the audit trail"),
    reason: z.string().trim().min(1, EVENT_MESSAGES.transferReason.zh).max(500),
  }),
  z.object({
    type: z.literal("suspend"), ...task,
    reason: SuspendReasonSchema,
    note: z.string().trim().max(500).optional().describe("正在进行的事项（检验日期、专家评审等）；原因为其他法定情形时必填"),
  }),
  z.object({ type: z.literal("resume"), ...task }),
  z.object({
    type: z.literal("extend"), ...task,
    days: z.number().int().min(1, EVENT_MESSAGES.extendDays.zh).max(365),
    reason: z.string().trim().min(1, EVENT_MESSAGES.extendReason.zh).max(500),
  }),
]);
export type FlowEvent = z.infer<typeof FlowEventSchema>;

/** JSON Schema (draft 2020-12) of the events, for API documentation and clients. */
export function flowEventMetaSchema(): Record<string, unknown> {
  return z.toJSONSchema(FlowEventSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
export type FlowEventInput = z.input<typeof FlowEventSchema>;
export type FlowEventType = FlowEvent["type"];

/** Task actions (events carrying a taskId). */
export const TASK_ACTIONS = ["claim", "approve", "reject", "return_for_correction", "accept", "accept_with_deficiency", "notify_promise", "results_issued", "transfer", "suspend", "resume", "extend"] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** Task actions in words, for refusals a person reads ("当前状态不允许「恢复办理」", never the action's code). */
export const TASK_ACTION_NAMES: Record<TaskAction, Bilingual> = {
  claim: say("签收", "claim"), approve: say("审批通过", "approve"), reject: say("不予通过", "reject"),
  return_for_correction: say("退回补正", "return for correction"), accept: say("受理", "accept"),
  accept_with_deficiency: say("容缺受理", "accept with a promise"), notify_promise: say("督促补交承诺材料", "remind of the promise"),
  results_issued: say("出件", "issue the results"), transfer: say("转办", "transfer"), suspend: say("中止", "suspend"),
  resume: say("恢复办理", "resume"), extend: say("延长时限", "extend the time limit"),
};

/** Lifecycle of a case. */
export type CaseStatus = "created" | "running" | "waiting_applicant" | "completed" | "rejected" | "withdrawn";

/** A task for a department role (and maybe one person). */
export interface Task {
  id: string;
  node: string;
  token: string;
  kind: "acceptance" | "review" | "manual" | "results";
  name: string;
  department: string;
  role: TaskRole;
  assignee?: string;
  status: "open" | "done" | "cancelled";
  outcome?: string;
  createdAt: string;
  dueAt?: string;
  statutoryDueAt?: string;
  /** The case clock is stopped (中止, waiting for the applicant): no deadline runs; dueAt moves on when it resumes. */
  paused?: boolean;
  round: number;
  escalatedTo?: { department: string; role: TaskRole; assignee?: string };
}

/** A parallel region a token is inside: which split, which join, which split instance. */
export interface Frame { split: string; join: string; instance: string }

/** Countersign progress of a review node. */
export interface Countersign { mode: "any" | "all" | "sequence" | "ratio"; signers: string[]; approvals: string[]; rejections: string[]; next: number; needed: number }

/** A token: one thread of control at one node, with what that node's visit holds. */
export interface Token {
  id: string;
  node: string;
  frames: Frame[];
  enteredAt: string;
  dueAt?: string;
  statutoryDueAt?: string;
  timers: string[];
  countersign?: Countersign;
  overdue?: boolean;
  /** Working days this visit's limit was extended by (延期, once per visit). */
  extendedDays?: number;
}

/** A scheduled timer; gone from the state once fired or cancelled. */
export interface Timer {
  id: string;
  kind: "reminder" | "node_due" | "case_reminder" | "case_due" | "case_statutory_due" | "promise_deadline" | "correction_deadline";
  dueAt: string;
  node?: string;
  token?: string;
  promise?: string;
  correction?: string;
  /** While held back in a pause: since when (the pause's start, or the node's start within it). */
  heldSince?: string;
}

/** A promise by the applicant: missing materials by a deadline (容缺) or conditions met (告知承诺). */
export interface PromiseRecord {
  id: string;
  kind: "materials" | "conditions";
  node: string;
  at: string;
  materials: string[];
  supplied: string[];
  conditions?: string;
  deadline?: string;
  timer?: string;
  status: "pending" | "fulfilled" | "broken" | "to_verify";
}

/** The correction request the case waits on (一次性告知补正). */
export interface Correction { id: string; node: string; task: string; token: string; by: string; at: string; deficiencies: Deficiency[]; deadline?: string; timer?: string; resolvedAt?: string }

/** A suspension of the case for a legal reason (中止): who, why, since when; the clock stands still meanwhile. */
export interface Suspension { id: string; node: string; task: string; token: string; by: string; at: string; reason: SuspendReason; note?: string; resumedAt?: string; resumedBy?: string; days?: number }

/** A department's result document collected for the one exit (一口出件). */
export interface ResultDoc { node: string; department: string; name: string; document: string; at: string; by: string; fileId?: string }

/** The case clock: limits run from acceptance in working days and pause while the case waits for the applicant. */
export interface Clock {
  startedAt?: string;
  dueAt?: string;
  statutoryDueAt?: string;
  timers: string[];
  pausedSince?: string;
  pauseReason?: "correction" | "promised_materials" | "suspended";
  pausedDays: number;
  pauses: Array<{ from: string; to: string; reason: string; days: number }>;
  overdue?: boolean;
  statutoryOverdue?: boolean;
  /** Timers held back while paused, re-scheduled (later by the paused working days) on resume. */
  suspended: Timer[];
}

/** The state of one case. */
export interface FlowState {
  caseId: string;
  /** Secret key the ids of this case's tasks and timers are made with (spec/flow/ids.ts); never shown. */
  idKey?: string;
  version: number;
  status: CaseStatus;
  applicant?: string;
  answers: Record<string, unknown>;
  data: Record<string, unknown>;
  seq: number;
  events: number;
  tokens: Token[];
  joins: Record<string, { join: string; expected: number; arrived: number }>;
  tasks: Record<string, Task>;
  timers: Record<string, Timer>;
  clock: Clock;
  correction?: Correction;
  corrections: Correction[];
  correctionsByNode: Record<string, number>;
  /** The suspension in force (中止), if any; the case's tasks wait for it to be lifted. */
  suspension?: Suspension;
  /** Past suspensions (absent in states stored before suspensions existed). */
  suspensions?: Suspension[];
  promises: PromiseRecord[];
  results: ResultDoc[];
  path: string[];
  outcome?: { status: "completed" | "rejected" | "withdrawn"; reason?: string; at: string; node?: string };
  rating?: { score: number; comment: string; at: string; by: string };
  submittedAt?: string;
}

/** One audit entry: who, when, what, against which definition version. */
export interface LogEntry {
  seq: number;
  at: string;
  actor: string;
  department?: string;
  kind: string;
  message: string;
  /** The same message in English (entries written before it existed have none). */
  messageEn?: string;
  node?: string;
  task?: string;
  version: number;
  requestId?: string;
  details?: Record<string, unknown>;
}

/** What the host must carry out, in order, in the same transaction as storing the new state. */
export type Effect =
  | { type: "create_task"; task: Task }
  | { type: "update_task"; task: Task }
  | { type: "close_task"; taskId: string; outcome: string; by?: string }
  | { type: "schedule_timer"; timer: Timer }
  | { type: "cancel_timer"; timerId: string }
  | { type: "append_event"; entry: LogEntry }
  | { type: "outbox"; topic: string; payload: Record<string, unknown> }
  | { type: "notify_applicant"; kind: string; message: string; details?: Record<string, unknown> }
  | { type: "notify_staff"; kind: "reminder" | "overdue" | "escalation" | "transfer"; department: string; role: TaskRole; assignee?: string; taskId?: string; message: string }
  | { type: "credit_record"; subject: string; promiseId: string; materials: string[]; deadline?: string; reason: string };

/** Why an event was refused. The server maps not_found → 404, forbidden → 403, invalid → 400, the rest → 409. */
export interface FlowError {
  code: "not_allowed" | "conflict" | "forbidden" | "not_found" | "invalid";
  message: string | Bilingual;
  /** The actions this state allows (for this task when the event named one). */
  allowed: string[];
  problems?: Array<{ pointer: string; message: string | Bilingual }>;
}

/** Outcome of a transition. */
export type TransitionResult = { ok: true; state: FlowState; effects: Effect[] } | { ok: false; error: FlowError };
