// The materials part of a submission: files the applicant uploaded beforehand (bound to the new application) and
// materials declared "supplied later" (容缺后补) with a signed promise. Checked completely before anything is
// written (every problem with its pointer), then recorded in the submission's transaction.
import { z } from "zod";
import type { ProblemDetail } from "../spec/api.js";
import type { Bundle } from "../spec/bundle.js";
import type { Queryable } from "./db/database.js";
import { HttpError } from "./errors.js";
import { applicableMaterialKeys, deferralDaysOf, materialsOf, promiseText, type MaterialRef } from "./materials.js";
import type { Application } from "./store/applications.js";
import { bindAttachments, getAttachment, insertPromise } from "./store/attachments.js";
import { appendEvent } from "./store/events.js";
import type { User } from "./store/users.js";
import { iso } from "./util.js";

/** The `materials` member of a submit request. */
export const SubmitMaterialsSchema = z.object({
  attachments: z.array(z.string().min(1).max(100)).max(200).default([]),
  deferred: z.array(z.object({ material: z.string().min(1).max(200), signedName: z.string().max(100), agreed: z.boolean() })).max(100).default([]),
}).default({ attachments: [], deferred: [] });
export type SubmitMaterials = z.infer<typeof SubmitMaterialsSchema>;

/** What to record once the materials check passed. */
export interface MaterialsPlan { attachments: string[]; deferred: Array<{ ref: MaterialRef; signedName: string; days: number }> }

/** Checks the materials of a submission against the published version, the answers and the user; throws 400 listing every problem. */
export async function checkMaterials(q: Queryable, bundle: Bundle, key: { bundleKey: string; version: number }, answers: Record<string, unknown>, data: Record<string, unknown>, m: SubmitMaterials, user: User): Promise<MaterialsPlan> {
  const refs = materialsOf(bundle);
  const applicable = applicableMaterialKeys(bundle, answers as never, data);
  const problems: ProblemDetail[] = [];
  const withFiles = new Set<string>();
  const seen = new Set<string>();
  for (const [i, id] of m.attachments.entries()) {
    const pointer = `/materials/attachments/${i}`;
    if (seen.has(id)) { problems.push({ pointer, message: `文件重复提交: ${id}` }); continue; }
    seen.add(id);
    const a = await getAttachment(q, id);
    if (!a || a.ownerId !== user.id) { problems.push({ pointer, message: `文件不存在或不属于您: ${id}` }); continue; }
    if (a.applicationId) { problems.push({ pointer, message: `文件「${a.name}」已随另一申请提交` }); continue; }
    if (a.bundleKey !== key.bundleKey || a.version !== key.version) { problems.push({ pointer, message: `文件「${a.name}」是为另一事项版本上传的，请重新上传` }); continue; }
    if (!applicable.has(a.material)) { problems.push({ pointer, field: refs.get(a.material)?.material.material_name, message: `按您的情形不需要材料「${refs.get(a.material)?.material.material_name ?? a.material}」，请删除该文件` }); continue; }
    withFiles.add(a.material);
  }
  const deferred: MaterialsPlan["deferred"] = [];
  const deferredKeys = new Set<string>();
  for (const [i, dm] of m.deferred.entries()) {
    const pointer = `/materials/deferred/${i}`;
    const ref = refs.get(dm.material);
    if (!ref || !applicable.has(dm.material)) { problems.push({ pointer: `${pointer}/material`, message: `没有这项适用的材料: ${dm.material}` }); continue; }
    const field = ref.material.material_name;
    if (ref.material.necessity !== "容缺后补") { problems.push({ pointer: `${pointer}/material`, field, message: `「${field}」不允许容缺后补，须在提交时上传` }); continue; }
    if (deferredKeys.has(dm.material)) { problems.push({ pointer: `${pointer}/material`, field, message: `「${field}」重复声明` }); continue; }
    if (withFiles.has(dm.material)) { problems.push({ pointer: `${pointer}/material`, field, message: `「${field}」已上传文件，无需容缺后补` }); continue; }
    if (!dm.agreed) problems.push({ pointer: `${pointer}/agreed`, field, message: `须同意「${field}」的容缺承诺书` });
    if (dm.signedName.trim() !== user.displayName) problems.push({ pointer: `${pointer}/signedName`, field, message: `承诺书签名须与实名「${user.displayName}」一致` });
    deferredKeys.add(dm.material);
    deferred.push({ ref, signedName: dm.signedName.trim(), days: deferralDaysOf(ref) });
  }
  if (problems.length) throw new HttpError(400, "invalid_submission", `材料有 ${problems.length} 处需要修改 (invalid materials)`, problems);
  return { attachments: [...seen], deferred };
}

/** Records the checked materials with the just-inserted application (same transaction). */
export async function recordMaterials(q: Queryable, app: Application, plan: MaterialsPlan, user: User, now: Date): Promise<void> {
  if (plan.attachments.length && (await bindAttachments(q, plan.attachments, user.id, app.id)) !== plan.attachments.length) {
    throw new HttpError(409, "conflict", "材料文件已被删除或已随另一申请提交，请刷新后重试 (attachments changed)", { allowedActions: [] });
  }
  for (const d of plan.deferred) {
    await insertPromise(q, app.id, { material: d.ref.key, materialName: d.ref.material.material_name, deferralDays: d.days, promiseText: promiseText(d.ref, d.days, d.signedName), signedName: d.signedName, signedBy: user.id, signedAt: iso(now) });
  }
  const actor = { id: user.id, name: user.displayName };
  if (plan.attachments.length) await appendEvent(q, { applicationId: app.id, bundleKey: app.bundleKey, actor, kind: "materials_attached", message: `提交材料文件 ${plan.attachments.length} 份` }, now);
  if (plan.deferred.length) {
    await appendEvent(q, { applicationId: app.id, bundleKey: app.bundleKey, actor, kind: "deficiency_promised",
      message: `申请人签署容缺承诺书，承诺后补：${plan.deferred.map((d) => `${d.ref.material.material_name}（受理后 ${d.days} 个工作日内）`).join("、")}`,
      data: { materials: plan.deferred.map((d) => d.ref.key) } }, now);
  }
}
