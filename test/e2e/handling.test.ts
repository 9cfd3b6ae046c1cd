// The handling a real window needs, in Chromium on the built product: the front desk sends a correction notice
// naming a material (picked from this case's materials only); the applicant's correction page offers an upload for
// it and refuses to resubmit until it is uploaded; a promised material shows 已补交 once its file is in; the review
// is suspended for a site inspection with the clock stopped and resumed (the deadline moves on), then transferred to
// another department with a reason; a bad rating reaches the lead department, which records the rectification.
import { expect, test } from "vitest";
import type { ApplicationView, TaskView } from "../../spec/api.js";
import { flowBundle } from "../fixtures/flow.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { startTestServer } from "../helpers/server.js";
import { loginHere, newPage, passwordOf, shoot } from "./browser.js";
import { httpSession } from "./server.js";
import { e2eSuite } from "./suite.js";

const KEY = "desk-shop";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** The flow fixture whose licence item asks for a business licence, a floor plan (optional) and a lease (容缺, 3 days). */
function bundle() {
  const b = flowBundle(KEY) as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
  b.items[0] = { ...b.items[0], materials: [
    { id: "licence-copy", material_name: "营业执照副本", necessity: "必要", source_type: "10", accept: ["application/pdf"] },
    { id: "floor-plan", material_name: "经营场所平面图", necessity: "非必要", source_type: "10", accept: ["application/pdf"] },
    { id: "lease", material_name: "场地租赁合同", necessity: "容缺后补", source_type: "10", deferral_days: 3, accept: ["application/pdf"] },
  ] };
  return b;
}

const suite = e2eSuite(async () => {
  const server = await startTestServer({ env: { YIJIAN_SWEEP_MS: "200" } });
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const created = await designer("POST", "/api/bundles", bundle());
  if (created.status !== 201) throw new Error(`creating ${KEY} failed: ${created.status} ${JSON.stringify(created.json)}`);
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  const pub = await admin("POST", `/api/bundles/${KEY}/publish`, { changeSummary: "办理功能端到端测试" });
  if (pub.status >= 300) throw new Error(`publishing ${KEY} failed: ${pub.status} ${JSON.stringify(pub.json)}`);
  return { server, bundleKey: KEY };
});

async function upload(base: string, cookieOf: () => Promise<string>, query: string): Promise<{ id: string }> {
  const res = await fetch(`${base}${query}`, { method: "POST", body: new Uint8Array(PDF), headers: { "x-requested-with": "yijian", "content-type": "application/pdf", "x-file-name": encodeURIComponent("文件.pdf"), cookie: await cookieOf() } });
  if (res.status !== 201) throw new Error(`upload ${query}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

async function cookie(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json", "x-requested-with": "yijian" }, body: JSON.stringify({ username, password: passwordOf(username) }) });
  return (res.headers.get("set-cookie") ?? "").split(";")[0]!;
}

test("correction with a material, suspension with the clock stopped and resumed, transfer, and the rectification of a bad rating", async () => {
  const base = suite.server.url;
  const applicantCookie = await cookie(base, "zhangsan");
  const asApplicant = async () => applicantCookie;
  const applicant = await httpSession(base, "zhangsan", passwordOf("zhangsan"));
  const licence = await upload(base, asApplicant, `/api/attachments?bundleKey=${KEY}&version=1&material=${encodeURIComponent("licence/licence-copy")}`);
  const sub = await applicant<ApplicationView>("POST", "/api/applications", {
    bundleKey: KEY, version: 1, answers: {}, data: VALID_DATA,
    materials: { attachments: [licence.id], deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] },
  });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);
  const id = sub.json.id;
  const taskOf = async (username: string) => {
    const desk = await httpSession(base, username, passwordOf(username));
    return (await desk<{ tasks: TaskView[] }>("GET", "/api/tasks/inbox")).json.tasks.find((t) => t.applicationId === id)!;
  };

  // 1. The front desk sees nothing required is missing (the lease is promised) and returns the case for a floor plan.
  const wb = await newPage(suite.browser, suite.pageErrors);
  await wb.goto(`${base}/workbench/#/case/${encodeURIComponent(id)}`);
  await loginHere(wb, "clerk-samr", passwordOf("clerk-samr"));
  const decision = wb.locator("form[aria-labelledby=decision-title]");
  await decision.getByText("必要材料已齐全。").waitFor();
  await decision.getByText("已承诺后补：场地租赁合同").waitFor();
  await decision.getByRole("button", { name: "退回补正", exact: true }).click();
  const what = wb.getByLabel("补正项 1");
  const options = await what.locator("optgroup[label='需准备的材料'] option").allTextContents();
  expect(options).toEqual(["营业执照副本", "经营场所平面图", "场地租赁合同"]);
  await what.selectOption({ label: "经营场所平面图" });
  await wb.getByLabel("原因 1").fill("请提交标明食品处理区、就餐区的平面图");
  await decision.getByRole("button", { name: "再加一项" }).click();
  const area = (await wb.getByLabel("补正项 2").locator("option").allTextContents()).find((o) => o.endsWith("经营面积"))!;
  await wb.getByLabel("补正项 2").selectOption({ label: area });
  await wb.getByLabel("原因 2").fill("面积与租赁合同不符");
  await shoot(wb, "desk-10-workbench-correction-with-material");
  await decision.getByRole("button", { name: "确认退回补正" }).click();
  await wb.getByText("已办理：退回补正").waitFor();

  // 2. The applicant's correction page offers exactly the material, refuses to go on without it, then accepts it.
  const portal = await newPage(suite.browser, suite.pageErrors);
  await portal.goto(`${base}/#/my/${encodeURIComponent(id)}`);
  await loginHere(portal, "zhangsan", passwordOf("zhangsan"));
  await portal.getByRole("heading", { name: "您的申请需要补正" }).waitFor();
  await portal.getByRole("button", { name: "修改并重新提交" }).click();
  await portal.getByRole("heading", { name: "补正通知所列内容" }).waitFor();
  expect(await portal.locator(".notice-list li").allTextContents()).toEqual(["材料 经营场所平面图：请提交标明食品处理区、就餐区的平面图", `表单内容 ${area}：面积与租赁合同不符`]);
  await portal.getByText("表单内容：面积与租赁合同不符").first().waitFor();
  // what the government holds stays locked in the correction form too (the tryout could change 公民身份号码 here)
  await expect.poll(() => portal.getByLabel(/^申请人姓名/).getAttribute("readonly")).not.toBeNull();
  await portal.getByText("已由您的实名信息预填，不可修改").waitFor();
  await portal.getByLabel(/^经营面积/).fill("60");
  await portal.getByRole("button", { name: "提交补正" }).click();
  await portal.getByText("请先上传「经营场所平面图」").waitFor();
  await shoot(portal, "desk-11-portal-correction-material-missing");
  await portal.locator("#correct-file-0").setInputFiles({ name: "平面图.pdf", mimeType: "application/pdf", buffer: PDF });
  await portal.getByText("已上传：平面图.pdf").waitFor();
  await portal.getByRole("button", { name: "提交补正" }).click();
  await portal.getByText("已提交，等待部门继续办理。").waitFor();
  await expect.poll(() => portal.locator("#facts-title .badge").getAttribute("data-status")).toBe("in_review");

  // 3. The promised lease arrives: the materials card says 已补交, no longer 已承诺后补.
  await upload(base, asApplicant, `/api/applications/${id}/attachments?material=${encodeURIComponent("licence/lease")}`);
  await portal.reload();
  const lease = portal.locator(".material", { hasText: "场地租赁合同" });
  await lease.getByText("已补交").waitFor();
  expect(await lease.getByText("已承诺后补").count()).toBe(0);
  await shoot(portal, "desk-12-portal-promised-material-supplied");

  // 4. Accepted; the reviewer suspends for a site inspection, then resumes: the clock card tells both.
  const clerk = await httpSession(base, "clerk-samr", passwordOf("clerk-samr"));
  expect((await clerk("POST", `/api/tasks/${(await taskOf("clerk-samr")).id}/complete`, { action: "accept" })).status).toBe(200);
  const review = await taskOf("reviewer-samr");
  const rv = await newPage(suite.browser, suite.pageErrors);
  await rv.goto(`${base}/workbench/#/case/${encodeURIComponent(id)}?task=${encodeURIComponent(review.id)}`);
  await loginHere(rv, "reviewer-samr", passwordOf("reviewer-samr"));
  const panel = rv.locator("form[aria-labelledby=decision-title]");
  // 不予通过 without a comment is stopped; the problem is of that action and goes when another is chosen
  await panel.getByRole("button", { name: "不予通过", exact: true }).click();
  await rv.getByRole("alert").getByText("不予通过时必须填写意见说明").waitFor();
  await panel.getByRole("button", { name: "中止（暂停计时）" }).click();
  expect(await rv.getByText("不予通过时必须填写意见说明").count()).toBe(0);
  // no reason is chosen for the reviewer: confirming without one is stopped, and the case's clock runs on
  await panel.getByRole("button", { name: "确认中止（暂停计时）" }).click();
  await rv.getByRole("alert").getByText("请选择中止的法定事由").waitFor();
  await expect.poll(async () => (await rv.evaluate(() => document.activeElement?.id))).toBe("suspend-reason");
  await rv.getByLabel("法定事由").selectOption({ label: "现场勘验" });
  await rv.getByLabel("说明（如勘验时间、专家评审安排）").fill("定于下周二现场核查后厨布局");
  await shoot(rv, "desk-13-workbench-suspend");
  await panel.getByRole("button", { name: "确认中止（暂停计时）" }).click();
  await rv.getByText(/因现场勘验中止办理，暂停计时/).waitFor();
  expect(await panel.getByRole("button").allTextContents()).toEqual(["恢复办理"]);
  await shoot(rv, "desk-14-workbench-suspended");
  await panel.getByRole("button", { name: "恢复办理" }).click();
  await rv.getByText("已办理：恢复办理").waitFor();
  await rv.getByText(/现场勘验：.* 至 .*，0 个工作日/).waitFor();

  // 5. Extended by 2 working days with a reason, within the node's statutory limit: the task's due date moves on.
  const before = (await taskOf("reviewer-samr")).dueAt!;
  await panel.getByRole("button", { name: "延期" }).click();
  await rv.getByLabel("延长工作日数（最多 3 个）").fill("5");
  await rv.getByLabel("延期理由").fill("需等待消防部门出具意见");
  await panel.getByRole("button", { name: "确认延期" }).click();
  await rv.getByText("延长天数须为 1–3 的整数").waitFor();
  await rv.getByLabel("延长工作日数（最多 3 个）").fill("2");
  await shoot(rv, "desk-18-workbench-extend");
  await panel.getByRole("button", { name: "确认延期" }).click();
  await rv.getByText("已办理：延期").waitFor();
  const after = (await taskOf("reviewer-samr")).dueAt!;
  expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
  expect(await rv.locator("form[aria-labelledby=decision-title]").getByRole("button", { name: "延期" }).count()).toBe(0);

  // 6. Transferred to 城市管理局 with a reason: it leaves this inbox and lands in theirs.
  await rv.locator("form[aria-labelledby=decision-title]").getByRole("button", { name: "转办" }).click();
  await rv.getByLabel("转办部门").selectOption({ label: "城市管理局" });
  await rv.getByLabel("转办人员").selectOption({ label: "城市管理局审核员" });
  await rv.getByLabel("转办理由").fill("门头招牌设置属城管审批，请协同审查");
  await shoot(rv, "desk-15-workbench-transfer");
  await rv.getByRole("button", { name: "确认转办" }).click();
  await rv.getByText("已办理：转办").waitFor();
  expect(await rv.locator("form[aria-labelledby=decision-title]").count()).toBe(0);
  const moved = await taskOf("reviewer-urban");
  expect(moved).toMatchObject({ id: review.id, department: "urban" });
  // The receiving reviewer reads the form of the item the task is about, not only their own items' (tryout 10 #22).
  const ur = await newPage(suite.browser, suite.pageErrors);
  await ur.goto(`${base}/workbench/#/case/${encodeURIComponent(id)}?task=${encodeURIComponent(moved.id)}`);
  await loginHere(ur, "reviewer-urban", passwordOf("reviewer-urban"));
  const forms = ur.locator("section[aria-labelledby=dept-forms-title]");
  await forms.getByText(/已转办给本部门：这是该环节所办事项的表单（市场监督管理局的事项）/).waitFor();
  await forms.getByRole("heading", { name: /食品经营许可/ }).waitFor();
  await forms.scrollIntoViewIfNeeded();
  await shoot(ur, "desk-15b-workbench-transferred-form");
  await ur.context().close();

  // 7. Finished and rated 不满意 with a reason; the lead department records the rectification.
  const urban = await httpSession(base, "reviewer-urban", passwordOf("reviewer-urban"));
  expect((await urban("POST", `/api/tasks/${moved.id}/complete`, { action: "approve", result: { document: "JY-2026-0001" } })).status).toBe(200);
  expect((await clerk("POST", `/api/tasks/${(await taskOf("clerk-samr")).id}/complete`, { action: "results_issued", delivery: "online" })).status).toBe(200);
  expect((await applicant("POST", `/api/applications/${id}/rating`, { score: 2, comment: "补正来回两次，窗口没有一次说清楚" })).status).toBe(201);
  await wb.goto(`${base}/workbench/#/ratings`);
  const card = wb.locator(".rating", { hasText: "补正来回两次" });
  await card.getByText(/待整改，.* 前/).waitFor();
  await card.getByRole("button", { name: "登记整改" }).click();
  await card.getByRole("button", { name: "保存整改" }).click();
  await card.getByText("请填写联系申请人的情况").waitFor();
  await card.getByLabel("联系申请人情况").fill("已电话联系申请人致歉，说明补正要求");
  await card.getByLabel("整改措施").fill("补正通知改为一次性列明材料清单并附样例");
  await shoot(wb, "desk-16-workbench-rating-rectify");
  await card.getByRole("button", { name: "保存整改" }).click();
  await card.getByText("已整改").waitFor();
  await card.getByText(/补正通知改为一次性列明材料清单并附样例/).waitFor();
  await shoot(wb, "desk-17-workbench-rating-rectified");
  const supervisor = await newPage(suite.browser, suite.pageErrors);
  await supervisor.goto(`${base}/workbench/#/ratings`);
  await loginHere(supervisor, "supervisor", "Supervise#2026");
  await supervisor.locator(".rating", { hasText: "补正来回两次" }).getByText("已整改").waitFor();
  expect(suite.pageErrors).toEqual([]);
}, 180_000);
