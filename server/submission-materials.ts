// The materials part of a submission: files the applicant uploaded beforehand (bound to the new application) and
// materials declared "supplied later" (容缺后补) with a signed promise. Checked completely before anything is
// written (every problem with its pointer, and every required material of the situation supplied one way or
// another), then recorded in the submission's transaction.
import { z } from "zod";
import type { ProblemDetail } from "../spec/api.js";
import type { Bundle } from "../spec/bundle.js";
import type { Queryable } from "./db/database.js";
import { HttpError } from "./errors.js";
import { applicableMaterialKeys, deferralDaysOf, materialsOf, promiseText, type MaterialRef } from "./materials.js";
import { resolveNotice } from "../spec/guide.js";
import { requiredAtSubmit } from "../spec/material-rules.js";
import { message, problem, type ServerLang } from "./submission-messages.js";
import type { Application } from "./store/applications.js";
import { bindAttachments, getAttachment, insertPromise } from "./store/attachments.js";
import { appendEvent } from "./store/events.js";
import type { User } from "./store/users.js";
import { iso } from "./util.js";
import { say } from "./messages.js";
import { escapePointer } from "../spec/pointer.js";
import { countEn } from "../spec/bilingual.js";

/** The `materials` member of a submit request. */
export const SubmitMaterialsSchema = z.object({
  attachments: z.array(z.string().min(1).max(100)).max(200).default([]),
  deferred: z.array(z.object({ material: z.string().min(1).max(200), signedName: z.string().max(100), agreed: z.boolean() })).max(100).default([]),
}).default({ attachments: [], deferred: [] });
export type SubmitMaterials = z.infer<typeof SubmitMaterialsSchema>;

/** What to record once the materials check passed. */
export interface MaterialsPlan { attachments: string[]; deferred: Array<{ ref: MaterialRef; signedName: string; days: number }> }

/** The checked materials: what to record, or every problem found (with its code, in the request's language). */
export interface MaterialsCheck { plan: MaterialsPlan; problems: ProblemDetail[] }

/** The pointer of a required material that was neither uploaded nor promised (the portal puts it at that material). */
export function requiredMaterialPointer(key: string): string {
  return `/materials/required/${escapePointer(key)}`;
}

/** Checks the materials of a submission against the published version, the answers and the user: the files and
 * promises sent, and that every required material of the situation is uploaded, held as an e-licence or promised. */
export async function checkMaterials(q: Queryable, bundle: Bundle, key: { bundleKey: string; version: number }, answers: Record<string, unknown>, data: Record<string, unknown>, m: SubmitMaterials, user: User, lang: ServerLang = "zh-CN"): Promise<MaterialsCheck> {
  const refs = materialsOf(bundle);
  const applicable = applicableMaterialKeys(bundle, answers as never, data);
  const problems: ProblemDetail[] = [];
  const withFiles = new Set<string>();
  const seen = new Set<string>();
  for (const [i, id] of m.attachments.entries()) {
    const pointer = `/materials/attachments/${i}`;
    if (seen.has(id)) { problems.push(problem(lang, "attachment_duplicate", pointer, { id })); continue; }
    seen.add(id);
    const a = await getAttachment(q, id);
    if (!a || a.ownerId !== user.id) { problems.push(problem(lang, "attachment_unknown", pointer, { id })); continue; }
    if (a.applicationId) { problems.push(problem(lang, "attachment_used", pointer, { name: a.name })); continue; }
    if (a.bundleKey !== key.bundleKey || a.version !== key.version) { problems.push(problem(lang, "attachment_other_version", pointer, { name: a.name })); continue; }
    const name = refs.get(a.material)?.material.material_name ?? a.material;
    if (!applicable.has(a.material)) { problems.push(problem(lang, "material_not_needed", pointer, { name }, name)); continue; }
    withFiles.add(a.material);
  }
  const deferred: MaterialsPlan["deferred"] = [];
  const deferredKeys = new Set<string>();
  for (const [i, dm] of m.deferred.entries()) {
    const pointer = `/materials/deferred/${i}`;
    const ref = refs.get(dm.material);
    if (!ref || !applicable.has(dm.material)) { problems.push(problem(lang, "deferral_unknown", `${pointer}/material`, { id: dm.material })); continue; }
    const name = ref.material.material_name;
    if (ref.material.necessity !== "容缺后补") { problems.push(problem(lang, "deferral_not_allowed", `${pointer}/material`, { name }, name)); continue; }
    if (deferredKeys.has(dm.material)) { problems.push(problem(lang, "deferral_duplicate", `${pointer}/material`, { name }, name)); continue; }
    if (withFiles.has(dm.material)) { problems.push(problem(lang, "deferral_has_file", `${pointer}/material`, { name }, name)); continue; }
    if (!dm.agreed) problems.push(problem(lang, "deferral_not_agreed", `${pointer}/agreed`, { name }, name));
    if (dm.signedName.trim() !== user.displayName) problems.push(problem(lang, "deferral_signature", `${pointer}/signedName`, { realName: user.displayName }, name));
    deferredKeys.add(dm.material);
    deferred.push({ ref, signedName: dm.signedName.trim(), days: deferralDaysOf(ref) });
  }
  for (const n of resolveNotice(bundle, answers as never, {}, data).materials) {
    const k = `${n.item}/${n.id}`;
    if (!requiredAtSubmit(n) || withFiles.has(k) || deferredKeys.has(k)) continue;
    const item = refs.get(k)?.itemName ?? n.item;
    problems.push(problem(lang, n.deferrable ? "material_missing_deferrable" : "material_missing", requiredMaterialPointer(k), { name: n.name, item }, n.name));
  }
  return { plan: { attachments: [...seen], deferred }, problems };
}

/** Records the checked materials with the just-inserted application (same transaction). */
export async function recordMaterials(q: Queryable, app: Application, plan: MaterialsPlan, user: User, now: Date, lang: ServerLang = "zh-CN"): Promise<void> {
  if (plan.attachments.length && (await bindAttachments(q, plan.attachments, user.id, app.id)) !== plan.attachments.length) {
    throw new HttpError(409, "conflict", message(lang, "attachments_changed"), { allowedActions: [] });
  }
  for (const d of plan.deferred) {
    await insertPromise(q, app.id, { material: d.ref.key, materialName: d.ref.material.material_name, deferralDays: d.days, promiseText: promiseText(d.ref, d.days, d.signedName), signedName: d.signedName, signedBy: user.id, signedAt: iso(now) });
  }
  const actor = { id: user.id, name: user.displayName };
  if (plan.attachments.length) await appendEvent(q, { applicationId: app.id, bundleKey: app.bundleKey, actor, kind: "materials_attached", message: say(`提交材料文件 ${plan.attachments.length} 份`, `Submitted ${countEn(plan.attachments.length, "material file", "material files")}`) }, now);
  if (plan.deferred.length) {
    await appendEvent(q, { applicationId: app.id, bundleKey: app.bundleKey, actor, kind: "deficiency_promised",
      message: say(
        `申请人签署容缺承诺书，承诺后补：${plan.deferred.map((d) => `${d.ref.material.material_name}（受理后 ${d.days} 个工作日内）`).join("、")}`,
        `The applicant signed the promise to supply later: ${plan.deferred.map((d) => `"${d.ref.material.material_name}" (within ${countEn(d.days, "working day", "working days")} of acceptance)`).join(", ")}`,
      ),
      data: { materials: plan.deferred.map((d) => d.ref.key) } }, now);
  }
}
