// The visual designers in real Chromium on the 企业开办 draft: the merge studio's before → after figures and
// provenance highlighting, reconsidering and accepting a group merge suggestion, the guide tester's one-time notice, and in the flow
// designer a parallel split with two reviews and a join added by drag-and-drop and connected by handle (the
// validation marker goes once the join is connected), a simulation run to the end, and the draft saved.
import { expect, test } from "vitest";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { httpSession } from "./server.js";
import { dragMouse, drawParallelReviews, handle } from "./flow-canvas.js";

const suite = e2eSuite();


test("designers: merge studio, guide tester, flow drawing and simulation, save", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  await loginHere(page, "designer", "Design#2026");

  // Merge studio: figures and provenance.
  await page.getByRole("tab", { name: "表单合并" }).click();
  const stats = page.getByTestId("merge-stats");
  await stats.waitFor();
  const beforeAfter = await page.getByTestId("fields-before-after").textContent();
  const [before, after] = beforeAfter!.split("→").map((s) => Number(s.trim()));
  expect(before).toBeGreaterThan(after!);
  expect(Number((await page.getByTestId("fewer-to-type").textContent())!.replace("%", ""))).toBeGreaterThanOrEqual(57);
  const shared = page.locator(".mfield").filter({ has: page.locator(".mfield__n", { hasNotText: /^1$/ }) }).first();
  await shared.hover();
  await expect.poll(() => page.locator(".srccol li.is-hl").count()).toBeGreaterThanOrEqual(2);
  await shoot(page, "40-designers-merge", [1280]);

  // Merge again: the template authors' decisions (merge.json) are replayed, so the group suggestion 企业负责人 ~ 法定代表人
  // stays merged — each of its four pairs one field — and nothing waits. Reconsidered, it waits again with four fields
  // more; accepted, it merges pair by pair into a named field: four fewer again.
  await page.getByRole("button", { name: "重新合并", exact: true }).click();
  await page.getByText(/已重新合并/).waitFor();
  const pending = page.locator('[data-testid^="suggestion-"][data-status="pending"]');
  const group = page.locator('[data-testid="suggestion-related-role:role:entHead~legalRep"]');
  await expect.poll(() => group.getAttribute("data-status")).toBe("merged");
  expect(await pending.count()).toBe(0);
  const afterRemerge = Number((await page.getByTestId("fields-before-after").textContent())!.split("→")[1]);
  await group.getByRole("button", { name: "重新考虑" }).click();
  await expect.poll(() => group.getAttribute("data-status")).toBe("pending");
  const reconsidered = Number((await page.getByTestId("fields-before-after").textContent())!.split("→")[1]);
  expect(reconsidered).toBe(afterRemerge + 4);
  await group.getByRole("button", { name: "接受（合并）" }).click();
  await expect.poll(() => group.getAttribute("data-status")).toBe("merged");
  await page.getByText(/^已合并为「.+」$/).waitFor();
  const afterAccept = Number((await page.getByTestId("fields-before-after").textContent())!.split("→")[1]);
  expect(afterAccept).toBe(afterRemerge);
  await page.getByTestId("merged-field-editor").waitFor();
  await shoot(page, "41-designers-merge-accepted", [1280, 360]);

  // Guide tester: the one-time notice follows the answers.
  await page.getByRole("tab", { name: "情形引导" }).click();
  const tester = page.getByTestId("guide-tester");
  await tester.waitFor();
  expect(Number(await page.getByTestId("situations").textContent())).toBeGreaterThan(1);
  const notice = page.getByTestId("notice");
  await expect.poll(() => notice.textContent()).toContain("印章刻制备案");
  await tester.getByRole("group", { name: "是否需要刻制印章？" }).getByLabel("否").check();
  await expect.poll(async () => (await notice.locator("h4", { hasText: "无需办理" }).locator("xpath=following-sibling::ul[1]").textContent()) ?? "").toContain("印章");
  await shoot(page, "42-designers-guide", [1280]);

  // Flow designer: replace acceptance → registration by a parallel split with two reviews and a join.
  await page.getByRole("tab", { name: "审批流程" }).click();
  await page.getByTestId("flow-designer").waitFor();
  await expect.poll(() => page.getByTestId("flow-error-count").textContent()).toBe("校验通过");
  await drawParallelReviews(page, "e-acceptance-registration", ["samr", "tax"]);
  // The join dropped after the split became its join (no dangling split).
  await page.locator('.react-flow__node[data-id="parallel-1"]').click();
  expect(await page.getByLabel("汇聚节点").inputValue()).toBe("join-1");
  // The join cannot reach the end yet: it carries a problem marker.
  const join = page.getByTestId("flow-node-join-1");
  await expect.poll(async () => Number(await join.getAttribute("data-problems"))).toBeGreaterThan(0);
  await shoot(page, "43-designers-flow-before-join", [1280]);
  await dragMouse(page, handle(page, "join-1", "source"), handle(page, "review-registration", "target"));
  await expect.poll(async () => Number(await join.getAttribute("data-problems"))).toBe(0);
  await expect.poll(() => page.getByTestId("flow-error-count").textContent()).toBe("校验通过");
  await page.getByRole("button", { name: "自动布局" }).click();
  await page.waitForTimeout(800);
  await shoot(page, "44-designers-flow-joined", [1280]);

  // Simulation: step through the state machine, the new parallel reviews included, to the end.
  await page.getByRole("tab", { name: "流程模拟" }).click();
  await page.getByRole("button", { name: "提交申请，开始模拟" }).click();
  const sim = page.getByTestId("simulation");
  await sim.getByRole("button", { name: "受理", exact: true }).click();
  await expect.poll(() => sim.locator(".simtasks li").count()).toBe(2);
  await expect.poll(() => page.locator(".fnode--active").count()).toBe(2);
  await shoot(page, "45-designers-flow-simulation", [1280]);
  await sim.locator(".simtasks li").first().getByRole("button", { name: "通过", exact: true }).click();
  await sim.locator(".simtasks li").first().getByRole("button", { name: "通过", exact: true }).click();
  await sim.getByRole("button", { name: "全部通过，办理到底" }).click();
  await expect.poll(() => page.getByTestId("sim-outcome").textContent()).toContain("已办结");
  await shoot(page, "46-designers-flow-simulation-done", [1280]);

  // Save the draft: the server accepts it and stores the new flow.
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect.poll(() => page.getByTestId("dirty").textContent()).toContain("草稿已保存");
  const api = await httpSession(suite.server.url, "designer", "Design#2026");
  const stored = await api<{ spec: { flow: { nodes: Array<{ id: string; type: string; data: { join?: string } }> } } }>("GET", `/api/bundles/${suite.bundleKey}/draft`);
  expect(stored.json.spec.flow.nodes.find((n) => n.id === "parallel-1")?.data.join).toBe("join-1");
  expect(suite.pageErrors).toEqual([]);
});
