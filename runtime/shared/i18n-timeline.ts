// Strings of a case's timeline and audit trail: who acted (the system itself is named in the user's language), and
// the English words for entries written before events kept their English (older cases still read in English).
export const TIMELINE_ZH = {
  "tl.system": "系统",
  "tl.event": "办理记录",
} as const;

/** Words for each kind of event, shown in English for entries that have no English message of their own. */
const KIND_EN: Record<string, string> = {
  submitted: "The applicant submitted the application", materials_attached: "Material files submitted", deficiency_promised: "The applicant signed a promise to supply materials later",
  accepted: "Accepted", accepted_with_deficiency: "Accepted with materials to follow", notify_promise: "Accepted on a written commitment",
  correction_requested: "Correction notice sent", corrected: "The applicant made the corrections", materials_supplied: "The applicant supplied the promised materials",
  waiting_materials: "Waiting for the promised materials", approved: "Approved", rejected: "Not approved", auto_approved: "Approved instantly by rule",
  auto_rejected: "Refused instantly by rule", auto_manual: "Sent to a reviewer", suspended: "Suspended; the clock is stopped", suspension_lifted: "Resumed after a suspension",
  extended: "Time limit extended", results_issued: "Results issued", case_completed: "Case completed", case_rejected: "Not granted", case_withdrawn: "The applicant withdrew the application",
  correction_expired: "Not corrected in time: counts as withdrawn", promise_broken: "Promise to supply materials broken", rated: "Service rated", claimed: "Task claimed",
  transferred: "Task transferred", parallel_split: "Split into parallel branches", branch_arrived: "A parallel branch arrived", joined: "All parallel branches done",
  branch: "Branch chosen", reminder: "Reminder sent", case_due_soon: "The case is close to its time limit", case_overdue: "The case passed its promised time limit",
  case_statutory_overdue: "The case passed its statutory time limit", node_overdue: "A step passed its time limit", node_escalated: "A step was escalated", step_skipped: "A step was skipped: its item does not apply to this case",
  timeout_approved: "Approved by default after the time limit", clock_resumed: "Clock resumed", task_created: "Task created", sla_due_soon: "Task due soon", sla_overdue: "Task overdue",
  material_uploaded: "Material uploaded", result_file_uploaded: "Result file uploaded", results_posted: "Results posted", results_handed_over: "Results delivered",
  rating_rectified: "Bad rating put right", published: "Published",
};

export const TIMELINE_EN: Record<keyof typeof TIMELINE_ZH, string> = {
  "tl.system": "System",
  "tl.event": "Case event",
};

/** What an entry says in a language: its own text, or (English, older entries) the words for its kind. */
export function timelineMessage(e: { kind: string; message: string; messageEn?: string }, lang: string): string {
  if (lang !== "en") return e.message;
  return e.messageEn ?? KIND_EN[e.kind] ?? TIMELINE_EN["tl.event"];
}
