// The applicant's first download stays small and free of editor code: the portal page's entry script plus
// everything it preloads must be ≤ 300 KB gzipped and must not contain monaco or @xyflow/react.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, inject, test } from "vitest";

const LIMIT = 300 * 1024;

/** The JS files a built HTML page loads up front (entry + modulepreload). */
function initialScripts(distDir: string, html: string): string[] {
  const page = readFileSync(join(distDir, html), "utf8");
  const refs = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(refs)].map((r) => join(distDir, r.replace(/^\//, "")));
}

test("the portal's initial JavaScript is ≤ 300 KB gzipped and contains no editor code", () => {
  const distDir = inject("distDir");
  const files = initialScripts(distDir, "index.html");
  expect(files.length).toBeGreaterThan(0);
  let total = 0;
  for (const f of files) {
    const code = readFileSync(f);
    total += gzipSync(code).length;
    const text = code.toString("utf8");
    expect(text, `${f} pulls in monaco`).not.toMatch(/monaco-editor|MonacoEnvironment/);
    expect(text, `${f} pulls in @xyflow/react`).not.toMatch(/react-flow__|@xyflow/);
    expect(text, `${f} carries the editor's dictionaries`).not.toMatch(/"ed\.(?:flow|merge|workspace|io)\./);
  }
  console.log(`[bundle] portal initial JS: ${(total / 1024).toFixed(1)} KB gzipped in ${files.length} files`);
  expect(total).toBeLessThanOrEqual(LIMIT);
});

test("the workbench's initial JavaScript contains no editor code either", () => {
  const distDir = inject("distDir");
  for (const f of initialScripts(distDir, "workbench/index.html")) {
    expect(readFileSync(f, "utf8")).not.toMatch(/monaco-editor|MonacoEnvironment|react-flow__/);
  }
});
