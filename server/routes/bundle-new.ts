// 新建一件事: the request for a blank one-thing or a copy, checked field by field with the same key rules the
// editor shows (format, uniqueness), the lead department from the registry and the source draft when copying.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { CATEGORIES } from "../../spec/bundle.js";
import { blankBundle, bundleKeyIssue, copyBundle } from "../../spec/new-bundle.js";
import type { Queryable } from "../db/database.js";
import { badRequest, HttpError, type BilingualProblem } from "../errors.js";
import { countEn, say, type Bilingual } from "../messages.js";
import { getDraft, listBundles } from "../store/bundles.js";

// The body's own problems, by the code zod reports (zod messages are strings; the handler answers in one language).
const BODY_PROBLEMS: Record<string, Bilingual> = {
  key_required: say("请填写标识", "Enter a key"),
  title_required: say("请填写名称", "Enter a name"),
  title_long: say("名称最多 100 个字", "A name has at most 100 characters"),
  category_unknown: say(`主题分类只能是：${CATEGORIES.join("、")}`, `The category must be one of: ${CATEGORIES.join(", ")}`),
  audience_unknown: say("服务对象只能是 person（个人）或 enterprise（企业）", "The audience must be person or enterprise"),
  text_expected: say("须为文字", "Must be text"),
};

const NewBundleBody = z.object({
  key: z.string({ error: "key_required" }),
  title: z.string({ error: "title_required" }).trim().min(1, "title_required").max(100, "title_long"),
  category: z.enum(CATEGORIES, { error: "category_unknown" }).optional(),
  audience: z.enum(["person", "enterprise"], { error: "audience_unknown" }).optional(),
  lead: z.string({ error: "text_expected" }).optional(),
  copyFrom: z.string({ error: "text_expected" }).optional(),
});

const keyProblem = (key: string, taken?: ReadonlyMap<string, string>) => {
  const p = bundleKeyIssue(key, taken);
  return p && say(p.zh, p.en);
};

/** The draft a 新建一件事 request asks for; 400 naming each wrong field, 409 when the key is taken. */
export async function newBundleSpec(q: Queryable, raw: unknown): Promise<Record<string, unknown>> {
  const parsed = NewBundleBody.safeParse(raw ?? {});
  if (!parsed.success) {
    throw badRequest("invalid_request", say("新建一件事的信息不完整", "The new one-thing is incomplete"), parsed.error.issues.map((i) => ({ pointer: `/${i.path.join("/")}`, message: BODY_PROBLEMS[i.message] ?? i.message })));
  }
  const req = parsed.data;
  const problems: BilingualProblem[] = [];
  const formatProblem = keyProblem(req.key);
  if (formatProblem) problems.push({ pointer: "/key", message: formatProblem });
  let source: Record<string, unknown> | undefined;
  if (req.copyFrom !== undefined) {
    source = (await getDraft(q, req.copyFrom))?.spec;
    if (!source) problems.push({ pointer: "/copyFrom", message: say(`要复制的一件事「${req.copyFrom}」不存在`, `There is no one-thing "${req.copyFrom}" to copy`) });
  } else if (!req.lead) {
    problems.push({ pointer: "/lead", message: say("请选择牵头部门", "Choose the lead department") });
  } else if (!(await q.get(sql`SELECT id FROM departments WHERE id = ${req.lead}`))) {
    problems.push({ pointer: "/lead", message: say(`牵头部门「${req.lead}」不在部门名录中`, `The lead department "${req.lead}" is not in the department registry`) });
  }
  if (problems.length) throw badRequest("invalid_request", say(`新建一件事有 ${problems.length} 处需要修改`, `The new one-thing has ${countEn(problems.length, "problem", "problems")} to fix`), problems);
  const taken = new Map((await listBundles(q)).map((b) => [b.key, b.title]));
  const takenProblem = keyProblem(req.key, taken);
  if (takenProblem) throw new HttpError(409, "conflict", takenProblem, { allowedActions: [], problems: [{ pointer: "/key", message: takenProblem }] });
  return source ? copyBundle(source, req.key, req.title) : blankBundle({ ...req, lead: req.lead! });
}
