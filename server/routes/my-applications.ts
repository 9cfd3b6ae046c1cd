// 我的办件: the applicant's cases one page at a time (newest first, keyset on applications_applicant_page_idx), and
// the drafts they saved but have not submitted yet, so both can be listed side by side.
import type { Context } from "hono";
import type { ApplicationSummary, DraftSummary, MyApplicationsView } from "../../spec/api.js";
import { encodeCursor, pageParams, QueryProblems } from "../paging.js";
import { APPLICATION_KEY_ARITY, applicationsPageOf, listFormDrafts, type Application } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";
import type { User } from "../store/users.js";
import { must, type AppEnv, type Deps } from "./route.js";

/** Default page of 我的办件 (the screen loads more on request). */
const MY_PAGE = 20;

async function titleOf(d: Deps, key: string, version: number): Promise<string> {
  return (await getPublished(d.db, key, version))?.spec.title ?? key;
}

/** A case as its list row: no timeline, no tasks (the case page loads those). */
async function summaryOf(d: Deps, a: Application): Promise<ApplicationSummary> {
  return {
    id: a.id, ...(a.caseNo ? { caseNo: a.caseNo } : {}), bundleKey: a.bundleKey, bundleTitle: await titleOf(d, a.bundleKey, a.version), version: a.version,
    status: a.status, submittedAt: a.submittedAt, updatedAt: a.updatedAt,
  };
}

/** GET /api/applications: one page of the applicant's own cases. */
export async function myApplicationsHandler(d: Deps, c: Context<AppEnv>, u: User | undefined): Promise<Response> {
  const user = must(u);
  const problems = new QueryProblems();
  const { limit, cursor } = pageParams(c, APPLICATION_KEY_ARITY, problems, MY_PAGE);
  problems.throwIfAny();
  const page = await applicationsPageOf(d.db, user.id, limit, cursor);
  const view: MyApplicationsView = {
    applications: await Promise.all(page.rows.map((a) => summaryOf(d, a))), ...(page.next ? { nextCursor: encodeCursor(page.next) } : {}),
  };
  return c.json(view);
}

/** GET /api/drafts: the applicant's saved drafts with their one-thing's title. */
export async function myDraftsHandler(d: Deps, c: Context<AppEnv>, u: User | undefined): Promise<Response> {
  const drafts = await listFormDrafts(d.db, must(u).id);
  const out: DraftSummary[] = await Promise.all(drafts.map(async (x) => ({ ...x, bundleTitle: await titleOf(d, x.bundleKey, x.version) })));
  return c.json({ drafts: out });
}
