// Caps on what one applicant can make the server store for a submitted case, so a case cannot grow without bound.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { HttpError } from "../errors.js";
import type { MaterialRef } from "../materials.js";
import { addedSinceSubmission } from "../store/attachments.js";
import { countEn, say } from "../messages.js";

/** Files an applicant may add to one material of a submitted case (a correction or a promised file, resent a few times). */
export const MAX_CASE_FILES_PER_MATERIAL = 5;
/** Files an applicant may add to a submitted case in all. */
export const MAX_CASE_FILES = 30;

/** Refuses (409) a file for a submitted case once the material or the case holds its cap of applicant files. The
 *  material's cap counts the files added since the case was submitted: the ones it was submitted with (perhaps the
 *  very files a correction refuses) never stop the applicant from sending the corrected one (tryout 10 #18). */
export async function checkCaseFileQuota(q: Queryable, applicationId: string, ref: MaterialRef): Promise<void> {
  const r = await q.get<{ total: number; same: number }>(sql`SELECT COUNT(*) AS total,
      COALESCE(SUM(CASE WHEN material = ${ref.key} AND ${addedSinceSubmission(applicationId)} THEN 1 ELSE 0 END), 0) AS same
    FROM attachments WHERE application_id = ${applicationId} AND material NOT LIKE 'result:%'`);
  const total = Number(r?.total ?? 0);
  const same = Number(r?.same ?? 0);
  if (same >= MAX_CASE_FILES_PER_MATERIAL) {
    throw new HttpError(409, "conflict", say(`材料「${ref.material.material_name}」提交后已补传 ${same} 个文件，达到上限 ${MAX_CASE_FILES_PER_MATERIAL} 个`, `Material "${ref.material.material_name}" has had ${countEn(same, "file", "files")} added since it was submitted, its limit of ${MAX_CASE_FILES_PER_MATERIAL}`), { allowedActions: [] });
  }
  if (total >= MAX_CASE_FILES) {
    throw new HttpError(409, "conflict", say(`该申请已有 ${total} 个材料文件，达到上限 ${MAX_CASE_FILES} 个`, `This application already has ${total} material files, its limit of ${MAX_CASE_FILES}`), { allowedActions: [] });
  }
}
