// 新建一件事: the request for a blank one-thing or a copy, checked field by field with the same key rules the
// editor shows (format, uniqueness), the lead department from the registry and the source draft when copying.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { ProblemDetail } from "../../spec/api.js";
import { CATEGORIES } from "../../spec/bundle.js";
import { blankBundle, bundleKeyProblem, copyBundle } from "../../spec/new-bundle.js";
import type { Queryable } from "../db/database.js";
import { badRequest, HttpError } from "../errors.js";
import { getDraft, listBundles } from "../store/bundles.js";

const NewBundleBody = z.object({
  key: z.string({ error: "请填写标识 (key required)" }),
  title: z.string({ error: "请填写名称 (title required)" }).trim().min(1, "请填写名称 (title required)").max(100, "名称最多 100 个字 (title too long)"),
  category: z.enum(CATEGORIES, { error: `主题分类只能是：${CATEGORIES.join("、")} (unknown category)` }).optional(),
  audience: z.enum(["person", "enterprise"], { error: "服务对象只能是个人 person 或企业 enterprise (unknown audience)" }).optional(),
  lead: z.string().optional(),
  copyFrom: z.string().optional(),
});

/** The draft a 新建一件事 request asks for; 400 naming each wrong field, 409 when the key is taken. */
export async function newBundleSpec(q: Queryable, raw: unknown): Promise<Record<string, unknown>> {
  const parsed = NewBundleBody.safeParse(raw ?? {});
  if (!parsed.success) {
    throw badRequest("invalid_request", "新建一件事的信息不完整 (invalid new bundle)", parsed.error.issues.map((i) => ({ pointer: `/${i.path.join("/")}`, message: i.message })));
  }
  const req = parsed.data;
  const problems: ProblemDetail[] = [];
  const formatProblem = bundleKeyProblem(req.key);
  if (formatProblem) problems.push({ pointer: "/key", message: formatProblem });
  let source: Record<string, unknown> | undefined;
  if (req.copyFrom !== undefined) {
    source = (await getDraft(q, req.copyFrom))?.spec;
    if (!source) problems.push({ pointer: "/copyFrom", message: `要复制的一件事「${req.copyFrom}」不存在 (unknown source)` });
  } else if (!req.lead) {
    problems.push({ pointer: "/lead", message: "请选择牵头部门 (lead department required)" });
  } else if (!(await q.get(sql`SELECT id FROM departments WHERE id = ${req.lead}`))) {
    problems.push({ pointer: "/lead", message: `牵头部门「${req.lead}」不在部门名录中 (unknown department)` });
  }
  if (problems.length) throw badRequest("invalid_request", `新建一件事有 ${problems.length} 处需要修改 (invalid new bundle)`, problems);
  const taken = new Map((await listBundles(q)).map((b) => [b.key, b.title]));
  const takenProblem = bundleKeyProblem(req.key, taken);
  if (takenProblem) throw new HttpError(409, "conflict", takenProblem, { allowedActions: [], problems: [{ pointer: "/key", message: takenProblem }] });
  return source ? copyBundle(source, req.key, req.title) : blankBundle({ ...req, lead: req.lead! });
}
