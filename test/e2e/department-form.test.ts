// 本部门表单 in Chromium on the built product: a department's clerk opens a task and reads the applicant's data in
// the department's own form — its own section and field names, its own wording of a choice (男 in the smart form is
// 男性 in samr's form), sensitive values masked until revealed with a reason; another department sees only its own
// item; the page passes axe and reads at 1280 and 360 px.
import { expect, test } from "vitest";
import type { ApplicationView, TaskView } from "../../spec/api.js";
import { departmentFormsBundle, SHOP_WITH_SIGN } from "../fixtures/department-forms.js";
import { startTestServer } from "../helpers/server.js";
import { describeViolations, seriousViolations } from "./a11y.js";
import { loginHere, newPage, passwordOf, shoot } from "./browser.js";
import { httpSession } from "./server.js";
import { e2eSuite } from "./suite.js";

const KEY = "dept-form-shop";

/** The fixture with dates (tryout 10 #44): samr's form asks 出生日期 (format date) and 营业期限 (a 起止日期 range). */
function withDates(b: Record<string, any>): Record<string, any> {
  const range = { type: "object", "x-kind": "dateRange", properties: { start: { type: "string", format: "date", title: "起始日期" }, end: { type: "string", format: "date", title: "截止日期" }, longTerm: { type: "boolean", title: "长期" } } };
  b.items[0].form.schema.properties.riqi = { type: "object", title: "日期信息", properties: { csrq: { type: "string", format: "date", title: "出生年月" }, yyqx: { ...range, title: "营业期限" } } };
  Object.assign(b.form.schema.properties, { birthDate: { type: "string", format: "date", title: "出生日期" }, term: { ...range, title: "经营期限" } });
  b.form.provenance["/properties/birthDate"] = [{ item: "licence", pointer: "/properties/riqi/properties/csrq" }];
  b.form.provenance["/properties/term"] = [{ item: "licence", pointer: "/properties/riqi/properties/yyqx" }];
  return b;
}
const DATES = { birthDate: "1949-12-31", term: { start: "2026-12-08", end: "2046-12-07" } };

const suite = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const created = await designer("POST", "/api/bundles", withDates(departmentFormsBundle(KEY)));
  if (created.status !== 201) throw new Error(`creating ${KEY} failed: ${created.status} ${JSON.stringify(created.json)}`);
  const pub = await (await httpSession(server.url, "admin", "Admin#2026"))("POST", `/api/bundles/${KEY}/publish`, { changeSummary: "本部门表单端到端测试" });
  if (pub.status >= 300) throw new Error(`publishing ${KEY} failed: ${pub.status} ${JSON.stringify(pub.json)}`);
  return { server, bundleKey: KEY };
});

/** The field rows of a department's form under a heading: [label, value] in page order. */
const fieldsOf = (page: import("playwright-core").Page, group: string) =>
  page.getByRole("group", { name: group, exact: true }).locator(".item-form__field").evaluateAll((els) => els.map((el) => [el.querySelector("dt")!.textContent, el.querySelector("dd")!.textContent]));

test("a clerk reads the applicant's data in the department's own form, in its own words, and another department only its own", async () => {
  const base = suite.server.url;
  const applicant = await httpSession(base, "zhangsan", passwordOf("zhangsan"));
  const sub = await applicant<ApplicationView>("POST", "/api/applications", { bundleKey: KEY, version: 1, answers: { has_sign: true }, data: { ...SHOP_WITH_SIGN, ...DATES } });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);
  const id = sub.json.id;

  // samr's front desk: its own item 食品经营许可, in its own form's sections and words
  const wb = await newPage(suite.browser, suite.pageErrors, { bypassCSP: true }); // axe is injected as a script
  await wb.goto(`${base}/workbench/#/case/${encodeURIComponent(id)}`);
  await loginHere(wb, "clerk-samr", passwordOf("clerk-samr"));
  const panel = wb.locator("section[aria-labelledby=dept-forms-title]");
  await panel.getByRole("heading", { name: "本部门表单" }).waitFor();
  await panel.getByRole("heading", { name: /^食品经营许可/ }).waitFor();
  expect(await fieldsOf(wb, "店铺信息")).toEqual([["店铺名称", "张记面馆"], ["经营场所面积（平方米）", "45"]]);
  expect(await fieldsOf(wb, "负责人")).toEqual([["性别", "男性"], ["公民身份号码", "110***********002X"]]);
  expect(await panel.getByText("招牌内容").count()).toBe(0);
  // dates read as the rest of the page writes them, in the department's form and in the case's 申报内容 (#44)
  expect(await fieldsOf(wb, "日期信息")).toEqual([["出生年月", "1949年12月31日"], ["营业期限", "2026年12月8日 至 2046年12月7日"]]);
  expect(await panel.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  await expect.poll(() => wb.getByLabel("出生日期", { exact: true }).inputValue()).toBe("1949年12月31日");
  await wb.getByRole("button", { name: "English" }).click();
  await expect.poll(() => fieldsOf(wb, "日期信息")).toEqual([["出生年月", "31 Dec 1949"], ["营业期限", "8 Dec 2026 to 7 Dec 2046"]]);
  await wb.getByRole("button", { name: "中文" }).click();
  await panel.getByRole("heading", { name: "本部门表单" }).waitFor();
  await panel.getByText("负责人 / 公民身份号码已按规定隐藏；确需查看时请在「已隐藏的敏感信息」中说明原因。").waitFor();
  expect(describeViolations("本部门表单", await seriousViolations(wb))).toEqual([]);
  await shoot(wb, "dept-01-workbench-department-form");

  // revealed with a reason in the case, the real number shows in the department's form too
  const reveal = wb.locator("section[aria-labelledby=pv-title]");
  await reveal.getByRole("button", { name: "查看 身份证号" }).click();
  await reveal.getByLabel("查看原因").fill("核对负责人身份");
  await reveal.getByRole("button", { name: "确认查看" }).click();
  await expect.poll(() => fieldsOf(wb, "负责人")).toEqual([["性别", "男性"], ["公民身份号码", "11010519491231002X"]]);

  // accepted: urban's reviewer reads its own item 户外招牌设置 only, the phone number under its own name 联系电话
  const clerk = await httpSession(base, "clerk-samr", passwordOf("clerk-samr"));
  const desk = (await clerk<{ tasks: TaskView[] }>("GET", "/api/tasks/inbox")).json.tasks.find((t) => t.applicationId === id)!;
  expect((await clerk("POST", `/api/tasks/${desk.id}/complete`, { action: "accept" })).status).toBe(200);
  const urban = await newPage(suite.browser, suite.pageErrors);
  await urban.goto(`${base}/workbench/#/case/${encodeURIComponent(id)}`);
  await loginHere(urban, "reviewer-urban", passwordOf("reviewer-urban"));
  const own = urban.locator("section[aria-labelledby=dept-forms-title]");
  await own.getByRole("heading", { name: /^户外招牌设置/ }).waitFor();
  expect(await own.locator(".item-form__field").evaluateAll((els) => els.map((el) => [el.querySelector("dt")!.textContent, el.querySelector("dd")!.textContent])))
    .toEqual([["招牌内容", "张记面馆 since 1998"], ["联系电话", "13800138000"]]);
  expect(await own.getByText("食品经营许可").count()).toBe(0);
  await shoot(urban, "dept-02-workbench-department-form-urban");
  expect(suite.pageErrors).toEqual([]);
});
