// The server's rules for material files and 容缺 promises: which material of a published version a file is for,
// its limits (accepted types, max size) enforced on the bytes themselves (the declared type must match the file's
// content — the client is never trusted), and the check of the materials part of a submission.
import type { Bundle } from "../spec/bundle.js";
import type { Material } from "../spec/item.js";
import { RESULT_FILE_MAX_MB, RESULT_FILE_TYPES } from "../spec/api.js";
import type { BilingualProblem } from "./errors.js";
import { say } from "./messages.js";
import { resolveNotice, type Answers } from "../spec/guide.js";
import { contentMismatch } from "./security/file-check.js";
import { fileSize, typeLabel } from "../spec/files.js";

/** Hard cap of one upload whatever a material declares (the request body limit of the upload route). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Files an applicant may hold that are not yet part of a submitted application. */
export const MAX_PENDING_FILES = 200;
/** Working days to supply a 容缺 material when its item gives no deferral_days. */
export const DEFAULT_DEFERRAL_DAYS = 5;

/** What a file is checked against: its name in messages, the accepted types and the size limit. */
export type FileLimits = Pick<Material, "material_name" | "accept" | "max_size_mb">;

/** A material of a bundle version, by its key "item/material". */
export interface MaterialRef { key: string; itemId: string; itemName: string; material: Material }

/** Every material of a bundle, keyed "item/material". */
export function materialsOf(bundle: Pick<Bundle, "items">): Map<string, MaterialRef> {
  const out = new Map<string, MaterialRef>();
  for (const it of bundle.items) for (const m of it.materials) out.set(`${it.id}/${m.id}`, { key: `${it.id}/${m.id}`, itemId: it.id, itemName: it.task_name, material: m });
  return out;
}

/** Keys of the materials that apply to these answers (the one-time notice), so an applicant uploads only those. */
export function applicableMaterialKeys(bundle: Pick<Bundle, "items" | "guide">, answers: Answers, data: Record<string, unknown> = {}): Set<string> {
  return new Set(resolveNotice(bundle, answers, {}, data).materials.map((m) => `${m.item}/${m.id}`));
}

/** Problems of a file for a material: empty, too large, a type the material does not accept, bytes that are not
 * a well-formed file of that type (server/security/file-check.ts). */
export async function fileProblems(ref: { material: FileLimits }, declared: string, bytes: Buffer): Promise<BilingualProblem[]> {
  const m = ref.material;
  const field = m.material_name;
  const max = m.max_size_mb * 1024 * 1024;
  if (bytes.length === 0) return [{ pointer: "/file", field, code: "file_empty", message: say(`「${field}」的文件是空的`, `The file for "${field}" is empty`) }];
  if (bytes.length > max) return [{ pointer: "/file", field, code: "file_too_large", message: tooLarge(field, bytes.length, m.max_size_mb) }];
  const type = declared.split(";")[0]!.trim().toLowerCase();
  const accepted = m.accept.map((a) => a.toLowerCase());
  if (!accepted.includes(type)) {
    const zh = accepted.map(typeLabel).join("、");
    const en = accepted.map(typeLabel).join(", ");
    return [{ pointer: "/file", field, code: "type_not_accepted", message: type
      ? say(`「${field}」只接受 ${zh} 格式，不接受 ${typeLabel(type)}`, `"${field}" accepts only ${en} files, not ${typeLabel(type)}`)
      : say(`「${field}」只接受 ${zh} 格式，无法判断所选文件的格式`, `"${field}" accepts only ${en} files; the chosen file's type is unknown`) }];
  }
  const mismatch = await contentMismatch(type, bytes);
  if (mismatch) {
    return [{ pointer: "/file", field, code: "content_mismatch", message: say(`「${field}」的文件与其格式不符：${mismatch.zh}`, `The file for "${field}" does not match its type: ${mismatch.en}`) }];
  }
  return [];
}

/** The message of a file over its material's size limit. */
export function tooLarge(field: string, bytes: number, maxMb: number) {
  return say(`「${field}」的文件为 ${fileSize(bytes)}，超过上限 ${maxMb} MB`, `The file for "${field}" is ${fileSize(bytes)}, over the ${maxMb} MB limit`);
}


/** The text of the 容缺 promise (容缺受理承诺书) for a material, composed by the server — never taken from the client. */
export function promiseText(ref: MaterialRef, days: number, signer: string): string {
  return `本人${signer}承诺：办理「${ref.itemName}」时暂缺「${ref.material.material_name}」，将在受理后 ${days} 个工作日内补交；` +
    `所提交的其他材料真实有效。如逾期未补交，同意终止办理或撤销办理结果，并记入信用记录。`;
}

/** Working days the applicant has to supply a deferred material. */
export function deferralDaysOf(ref: MaterialRef): number {
  return ref.material.deferral_days ?? DEFAULT_DEFERRAL_DAYS;
}

/** Result files one task may hold (every upload is kept for the audit; only the approved one is issued). */
export const MAX_RESULT_FILES_PER_TASK = 10;

/** The limits of a result file, named after the result document for messages. */
export function resultFileLimits(resultName: string): FileLimits {
  return { material_name: resultName, accept: RESULT_FILE_TYPES, max_size_mb: RESULT_FILE_MAX_MB };
}

/** The attachments.material value of a task's result file (never of the form "item/material", so never a material). */
export function resultFileKey(taskId: string): string {
  return `result:${taskId}`;
}
