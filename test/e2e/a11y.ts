// Accessibility checks in real Chromium with axe-core (the maintained WCAG rule engine), injected from
// node_modules — never from a CDN — and run against the WCAG 2.1 A/AA rules. Serious and critical violations fail
// the test with each rule's id, help text and the first offending selectors. A11Y_DEBUG=1 prints every violation,
// whatever its impact.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The WCAG levels we promise (docs/ui.md): 2.0 and 2.1, A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** One violation as axe reports it, trimmed to what a failure message needs. */
export interface A11yViolation { id: string; impact: string; help: string; targets: string[]; nodes: number }

/** Options of one check: elements to leave out, each with the reason in a comment at the call site. */
export interface A11yOptions { exclude?: string[] }

/** Runs axe on the current page and returns its serious and critical WCAG violations; why: one call per screen. */
export async function seriousViolations(page: Page, options: A11yOptions = {}): Promise<A11yViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(
    async ([tags, exclude]) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
      const context = exclude.length ? { include: [["html"]], exclude: exclude.map((s) => [s]) } : document;
      const result = await axe.run(context, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(" ")) }));
    },
    [WCAG_TAGS, options.exclude ?? []] as const,
  ).then((all) => {
    if (process.env.A11Y_DEBUG) for (const v of all) console.info(`axe ${v.impact} ${v.id} ${v.nodes}× ${v.targets.join(" | ")}`);
    return all.filter((v) => v.impact === "serious" || v.impact === "critical");
  });
}

/** A readable failure line per violation: rule id, impact, help and the first targets. */
export function describeViolations(screen: string, violations: A11yViolation[]): string[] {
  return violations.map((v) => `${screen}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes}×: ${v.targets.join(" | ")})`);
}

/** Checks the screen and adds its violations to `found`; why: a loop over screens reports all of them at once. */
export async function checkScreen(page: Page, screen: string, found: string[], options: A11yOptions = {}): Promise<void> {
  found.push(...describeViolations(screen, await seriousViolations(page, options)));
}

/** Whether the focused element shows a focus indicator (outline or box-shadow not none); why: WCAG 2.4.7. */
export async function focusVisible(page: Page): Promise<{ tag: string; text: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", text: "", visible: false };
    // A visually hidden control (the file input) shows its focus on the element that stands in for it, next to it.
    const rect = el.getBoundingClientRect();
    const shown = rect.width <= 2 || rect.height <= 2 ? ((el.nextElementSibling as HTMLElement | null) ?? el) : el;
    const style = getComputedStyle(shown);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    return { tag: el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ""), text: (el.textContent ?? "").trim().slice(0, 40), visible: outline || shadow };
  });
}
