// Loads what a document is built from: the case, the exact one-thing version it was filed on, its flow state, the
// applicant, the materials received and promised, the hand-over of its results.
import { sql } from "drizzle-orm";
import type { FlowState } from "../../spec/flow/state.js";
import type { Queryable } from "../db/database.js";
import type { Application } from "../store/applications.js";
import { attachmentsOf, promisesOf } from "../store/attachments.js";
import { getPublished } from "../store/bundles.js";
import { findUser } from "../store/users.js";
import { fromJson } from "../util.js";
import { getHandover } from "../results/handover-store.js";
import type { DocContext } from "./types.js";

/** The document context of a case (throws when its version is gone, which publishing never allows). */
export async function loadDocContext(q: Queryable, app: Application, now: Date): Promise<DocContext> {
  const [published, applicant, files, promises, stateRow, depts, handover] = await Promise.all([
    getPublished(q, app.bundleKey, app.version), findUser(q, app.applicantId), attachmentsOf(q, app.id), promisesOf(q, app.id),
    q.get<{ state: string }>(sql`SELECT state FROM flow_instances WHERE application_id = ${app.id}`),
    q.all<{ id: string; name: string }>(sql`SELECT id, name FROM departments`), getHandover(q, app.id),
  ]);
  const rejected = await q.get<{ message: string; data: string; department: string | null; at: string }>(sql`SELECT message, data, department, at FROM events
    WHERE application_id = ${app.id} AND kind = 'rejected' ORDER BY at DESC LIMIT 1`);
  if (!published || !applicant) throw new Error(`case ${app.id}: version ${app.bundleKey}@${app.version} or applicant missing`);
  const state = stateRow ? fromJson<FlowState>(stateRow.state) : undefined;
  const names = new Map(depts.map((d) => [d.id, d.name]));
  const staffIds = new Set<string>();
  for (const t of Object.values(state?.tasks ?? {})) if (t.assignee) staffIds.add(t.assignee);
  for (const c of [...(state?.corrections ?? []), ...(state?.correction ? [state.correction] : [])]) staffIds.add(c.by);
  for (const r of state?.results ?? []) staffIds.add(r.by);
  if (handover?.handedOverBy) staffIds.add(handover.handedOverBy);
  const staff = new Map<string, string>();
  for (const id of staffIds) staff.set(id, (await findUser(q, id))?.displayName ?? id);
  return {
    app, spec: published.spec, ...(state ? { state } : {}), applicant,
    departmentName: (id) => names.get(id) ?? id,
    userName: (id) => (id === "system" ? "系统" : staff.get(id) ?? id),
    files: files.filter((f) => !f.material.startsWith("result:")).map((f) => ({ material: f.material, name: f.name })),
    promises, ...(handover ? { handover } : {}), ...(rejected ? { rejection: rejectionOf(rejected, state, published.spec.lead) } : {}), now,
  };
}

/** The refusal recorded in the audit trail: its node, department and the reason after the message's prefix. */
function rejectionOf(e: { message: string; data: string; department: string | null; at: string }, state: FlowState | undefined, lead: string) {
  const data = fromJson<{ node?: string; task?: string }>(e.data);
  const task = data.task ? state?.tasks[data.task] : undefined;
  const reason = e.message.includes("：") ? e.message.slice(e.message.lastIndexOf("：") + 1) : e.message;
  return { node: data.node ?? task?.node ?? "", department: task?.department ?? e.department ?? lead, reason, at: e.at };
}
