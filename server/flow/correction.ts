// The applicant's answer to a correction notice (一次性告知补正) is accepted only when it supplies everything the
// notice lists: a file uploaded to the application after the notice for each material, and a value for each field.
// Anything missing is refused with 400 naming each item, so the case never goes on with a material still absent.
import type { Correction } from "../../spec/flow/state.js";
import { getAtPointer } from "../../spec/pointer.js";
import type { Queryable } from "../db/database.js";
import { HttpError, type BilingualProblem } from "../errors.js";
import { attachmentsOf } from "../store/attachments.js";
import { say } from "../messages.js";

const empty = (v: unknown) => v === undefined || v === null || (typeof v === "string" && !v.trim()) || (Array.isArray(v) && !v.length);

/** The material key ("item/material") a deficiency's file is uploaded under, or a suffix to match when it names no item. */
export function deficiencyMaterialKey(d: { ref: string; item?: string }): string {
  return d.item ? `${d.item}/${d.ref}` : d.ref;
}

/**
 * Checks a correction against its notice; returns the material keys supplied (for the audit trail and promises),
 * or throws 400 listing every deficiency not yet supplied (pointer /materials/<key> or /data/<field>).
 */
export async function checkCorrection(q: Queryable, applicationId: string, correction: Correction, data: Record<string, unknown>): Promise<string[]> {
  const files = (await attachmentsOf(q, applicationId)).filter((f) => f.createdAt >= correction.at && !f.material.startsWith("result:"));
  const problems: BilingualProblem[] = [];
  const supplied: string[] = [];
  for (const d of correction.deficiencies) {
    const name = d.label ?? d.ref;
    if (d.kind === "material") {
      const key = deficiencyMaterialKey(d);
      const file = files.find((f) => (d.item ? f.material === key : f.material.endsWith(`/${d.ref}`)));
      if (file) supplied.push(file.material);
      else problems.push({ pointer: `/materials/${key}`, field: name, message: say(`请上传补正材料「${name}」：${d.reason}`, `Upload the corrected material "${name}": ${d.reason}`) });
    } else if (empty(getAtPointer(data, d.ref))) {
      problems.push({ pointer: `/data${d.ref}`, field: name, message: say(`请填写补正内容「${name}」：${d.reason}`, `Fill in the correction for "${name}": ${d.reason}`) });
    }
  }
  if (problems.length) {
    const n = problems.length;
    throw new HttpError(400, "correction_incomplete", say(`补正通知列出的 ${n} 项尚未补齐`, `${n} of the items the correction notice lists ${n === 1 ? "is" : "are"} not answered yet`), problems);
  }
  return supplied;
}
