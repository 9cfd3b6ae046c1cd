// 出件 keeps the applicant's delivery, end to end in Chromium (tryout 10 #26): the applicant chose 邮寄 with an
// address; the clerk's 出件 panel preselects 邮寄送达 and shows the address, refuses another method without a reason,
// and after issuing the case is waiting for a tracking number — not "delivered".
import { expect, test } from "vitest";
import type { ApplicationView } from "../../spec/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { httpSession, startWithFlowBundle } from "./server.js";
import { e2eSuite } from "./suite.js";

const KEY = "delivery-e2e";
const suite = e2eSuite(() => startWithFlowBundle(KEY, "出件方式端到端测试"));
const ADDRESS = { recipient: "张三", phone: "13800138000", region: "北京市朝阳区", detail: "示例路 1 号院 2 号楼 301", postalCode: "100020" };

test("the 出件 panel preselects the applicant's 邮寄送达 with the address and asks a reason for another method", async () => {
  const { server, browser, pageErrors } = suite;
  const applicant = await httpSession(server.url, "zhangsan", "Apply#2026");
  const sub = await applicant<ApplicationView>("POST", "/api/applications", { bundleKey: KEY, version: 1, answers: {}, data: VALID_DATA, delivery: { method: "post", address: ADDRESS } });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);
  const appId = sub.json.id;
  const clerk = await httpSession(server.url, "clerk-samr", "Clerk#2026");
  const reviewer = await httpSession(server.url, "reviewer-samr", "Review#2026");
  const openTask = async () => (await clerk<ApplicationView>("GET", `/api/applications/${appId}`)).json.tasks.find((t) => t.status === "open")!;
  expect((await clerk("POST", `/api/tasks/${(await openTask()).id}/complete`, { action: "accept" })).status).toBe(200);
  expect((await reviewer("POST", `/api/tasks/${(await openTask()).id}/complete`, { action: "approve", result: { name: "食品经营许可证", document: "JY11105000012345" } })).status).toBe(200);
  const results = await openTask();

  const wb = await newPage(browser, pageErrors);
  await wb.goto(`${server.url}/workbench/#/case/${encodeURIComponent(appId)}?task=${encodeURIComponent(results.id)}`);
  await loginHere(wb, "clerk-samr", "Clerk#2026");
  const decision = wb.locator("form[aria-labelledby=decision-title]");
  await decision.getByRole("button", { name: "出件", exact: true }).click();
  await decision.getByText("申请人选择：邮寄送达").waitFor();
  await decision.getByText("邮寄地址：北京市朝阳区示例路 1 号院 2 号楼 301（张三 13800138000，100020）").waitFor();
  expect(await decision.getByRole("radio", { name: /邮寄送达/ }).isChecked()).toBe(true);
  await decision.getByText(/登记快递公司和运单号；申请人签收登记后才算送达/).waitFor();
  expect(await decision.getByText("不予通过时请写明原因", { exact: false }).count()).toBe(0);
  await shoot(wb, "86-workbench-delivery-post");

  // Another method needs a reason: refused at the field first, nothing sent.
  await decision.getByRole("radio", { name: "窗口领取" }).check();
  await decision.getByRole("button", { name: "确认出件" }).click();
  await decision.getByText("改变申请人选择的送达方式时，请写明原因").waitFor();
  await expect.poll(() => wb.evaluate(() => document.activeElement?.id)).toBe("delivery-reason");
  await shoot(wb, "87-workbench-delivery-change");
  expect((await openTask()).id).toBe(results.id);

  // Back to the applicant's choice: issued by post, waiting for the tracking number, not delivered.
  await decision.getByRole("radio", { name: /邮寄送达/ }).check();
  await decision.getByRole("button", { name: "确认出件" }).click();
  const handover = wb.locator("section[aria-labelledby=ho-title]");
  await handover.getByRole("button", { name: "保存运单号" }).waitFor();
  await handover.getByText("结果尚未寄出：交寄后请登记快递公司和运单号。").waitFor();
  expect(await handover.getByText(/已于 .* 送达/).count()).toBe(0);
  await shoot(wb, "88-workbench-delivery-issued");
  const h = (await clerk<{ handover: { method: string; handedOverAt?: string } }>("GET", `/api/applications/${appId}/handover`)).json.handover;
  expect(h.method).toBe("post");
  expect(h.handedOverAt).toBeUndefined();
  expect(pageErrors).toEqual([]);
});
