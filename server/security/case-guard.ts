// What an applicant may send to their own case after submission, checked like a submission: the event body is
// type-checked with unknown members refused, a correction may not change fields prefilled as not editable, and
// files in the corrected form data are checked on their bytes.
import { z } from "zod";
import { badRequest } from "../errors.js";
import { lockedProblems, prefillFor } from "../prefill.js";
import type { ServerLang } from "../submission-messages.js";
import type { Published } from "../store/bundles.js";
import type { User } from "../store/users.js";
import type { LicenceProvider } from "../licences/provider.js";
import { checkFormFiles } from "./form-data-guard.js";
import { say, zodSay } from "../messages.js";

const MAX_KEYS = 2000;
const Obj = z.record(z.string().max(200), z.unknown()).refine((o) => Object.keys(o).length <= MAX_KEYS, zodSay(`最多 ${MAX_KEYS} 项`, `At most ${MAX_KEYS} entries`));
const RequestId = z.string().min(8).max(100).optional();
const Materials = z.array(z.string().min(1).max(200)).max(100);

/** An applicant's event on their case (POST /api/applications/:id/events): strict, every member typed. */
export const CaseEventBody = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("applicant_corrected"), requestId: RequestId, answers: Obj.optional(), data: Obj.optional(), materials: Materials.default([]) }),
  z.strictObject({ type: z.literal("materials_supplied"), requestId: RequestId, materials: Materials.min(1) }),
]);
export type CaseEventRequest = z.infer<typeof CaseEventBody>;

/** Checks the form data of a submission or correction against its locks and its files; returns the data to use. */
export async function guardFormData(published: Published, user: User, licences: LicenceProvider, data: Record<string, unknown>, lang: ServerLang): Promise<Record<string, unknown>> {
  const locked = lockedProblems(await prefillFor(published.spec, user, licences), data, published.spec.form.schema, lang);
  if (locked.length) throw badRequest("invalid_submission", say("预填信息不可修改", "Prefilled information cannot be changed"), locked);
  const files = await checkFormFiles(data);
  if (files.problems.length) throw badRequest("invalid_submission", say(`表单中的文件有 ${files.problems.length} 处问题`, files.problems.length === 1 ? "A file in the form has a problem" : `${files.problems.length} files in the form have problems`), files.problems);
  return files.data;
}
