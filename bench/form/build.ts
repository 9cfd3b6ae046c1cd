// Production build of the benchmark pages with Vite's JS API, its own root and config (the project's vite.config.ts
// and dist/ are untouched), into a temp dir.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import react from "@vitejs/plugin-react";

export const PAGES = ["plain", "rjsf", "survey", "yijian"] as const;
export type PageName = (typeof PAGES)[number];

/** Builds the pages; returns the output directory. */
export async function buildPages(): Promise<string> {
  const root = fileURLToPath(new URL(".", import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), "yijian-bench-form-"));
  await build({
    configFile: false,
    root,
    mode: "production",
    logLevel: "error",
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: { input: Object.fromEntries(PAGES.map((p) => [p, resolve(root, `${p}.html`)])) },
    },
  });
  return outDir;
}
