// Drives the flow designer's canvas in Chromium: dropping palette nodes, connecting nodes by pointer and by the
// keyboard panel, and the common "replace a straight edge by a parallel split with two reviews" drawing.
import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";

async function center(l: Locator): Promise<{ x: number; y: number }> {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Drags with the mouse from one handle to another, as a user draws a connection. */
export async function dragMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  await page.locator(".flowd__canvas").evaluate((el) => el.scrollIntoView({ block: "center" }));
  const a = await center(from), b = await center(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

/**
 * Drops a palette entry onto the canvas at a point relative to the canvas box. The HTML5 drag events are dispatched
 * with a real DataTransfer (headless Chromium starts no native drag from synthetic mouse input); the designer's own
 * dragstart and drop handlers do the work.
 */
export async function dropNode(page: Page, type: string, rx: number, ry: number): Promise<void> {
  const canvas = page.locator(".flowd__canvas .react-flow__pane");
  const box = (await canvas.boundingBox())!;
  const at = { clientX: box.x + box.width * rx, clientY: box.y + box.height * ry };
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await page.getByTestId(`palette-${type}`).dispatchEvent("dragstart", { dataTransfer });
  await canvas.dispatchEvent("dragover", { dataTransfer, ...at });
  await canvas.dispatchEvent("drop", { dataTransfer, ...at });
}

/** The normal out (right) or in (left) handle of a node. */
export const handle = (page: Page, node: string, kind: "source" | "target") =>
  page.locator(`.react-flow__node[data-id="${node}"] .react-flow__handle.${kind}${kind === "source" ? ".react-flow__handle-right" : ""}`);

/** Connects two nodes the keyboard way: select the node, pick the target in 连接到. */
export async function connectByPanel(page: Page, from: string, to: string): Promise<void> {
  await page.locator(`.react-flow__node[data-id="${from}"]`).click();
  await page.locator("#connect-target").selectOption(to);
  await page.getByRole("button", { name: "连接", exact: true }).click();
}

/**
 * Replaces the edge acceptance → registration by acceptance → parallel-1 → review-1 / review-2 → join-1, the reviews
 * handled by the two departments. Nodes come from the palette; connections are made by the panel and by pointer.
 * Leaves join-1 unconnected downstream (the caller connects it and checks the markers).
 */
export async function drawParallelReviews(page: Page, registrationEdge: string, departments: readonly [string, string]): Promise<void> {
  const edge = page.locator(`[data-testid="rf__edge-${registrationEdge}"]`);
  await edge.dispatchEvent("click");
  await page.getByRole("button", { name: "删除连线" }).click();
  await expect.poll(() => edge.count()).toBe(0);
  // Make room: zoom out so the new nodes land on empty canvas below the flow.
  for (let i = 0; i < 2; i++) await page.locator(".react-flow__controls-zoomout").click();
  await dropNode(page, "parallel", 0.15, 0.88);
  await dropNode(page, "review", 0.38, 0.8);
  await dropNode(page, "review", 0.38, 0.96);
  await dropNode(page, "join", 0.6, 0.88);
  for (const n of ["parallel-1", "review-1", "review-2", "join-1"]) await page.locator(`.react-flow__node[data-id="${n}"]`).waitFor();
  for (const [n, dept] of [["review-1", departments[0]], ["review-2", departments[1]]] as const) {
    await page.locator(`.react-flow__node[data-id="${n}"]`).click();
    await page.getByLabel("办理部门").selectOption(dept);
  }
  await connectByPanel(page, "acceptance", "parallel-1");
  await connectByPanel(page, "parallel-1", "review-1");
  await connectByPanel(page, "parallel-1", "review-2");
  await connectByPanel(page, "review-1", "join-1");
  // Pointer way: fit the view and drag from handle to handle.
  await page.getByRole("button", { name: "适应画布" }).click();
  await page.waitForTimeout(500);
  await dragMouse(page, handle(page, "review-2", "source"), handle(page, "join-1", "target"));
  await expect.poll(() => page.locator('.react-flow__edge[data-testid^="rf__edge-e-review-2-join-1"]').count()).toBe(1);
}

/**
 * Draws the review deciding an item: drops a 部门审批 node at a point of the canvas, names it, gives it the item's
 * department and the item (对应事项), and connects it from → review → to by the panel. Returns the new node's id.
 */
export async function addItemReview(page: Page, at: { rx: number; ry: number }, review: { label: string; department: string; item: string; from: string; to: string }): Promise<string> {
  const before = new Set(await page.locator(".react-flow__node").evaluateAll((ns) => ns.map((n) => n.getAttribute("data-id"))));
  await dropNode(page, "review", at.rx, at.ry);
  await expect.poll(() => page.locator(".react-flow__node").count()).toBe(before.size + 1);
  const ids = await page.locator(".react-flow__node").evaluateAll((ns) => ns.map((n) => n.getAttribute("data-id")));
  const id = ids.find((x) => x && !before.has(x))!;
  const props = page.getByTestId("node-properties");
  await expect.poll(() => props.getByLabel("节点 ID").inputValue()).toBe(id);
  await props.getByLabel("名称", { exact: true }).fill(review.label);
  await props.getByLabel("办理部门").selectOption(review.department);
  await props.getByLabel("对应事项").selectOption({ label: review.item });
  // selecting a node centres the view on it: fit the whole flow again before picking the next one
  for (const [from, to] of [[review.from, id], [id, review.to]] as const) {
    await page.getByRole("button", { name: "适应画布" }).click();
    await page.waitForTimeout(400);
    await connectByPanel(page, from, to);
  }
  return id;
}
