// E2E global setup: find Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium, installed with apt-get when
// absent and we are root on Debian), check that the web apps are built, and hand both paths to the tests.
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string;
    distDir: string;
  }
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Resolves the Chromium binary, installing Debian's package when that is possible; throws how-to otherwise. */
export function resolveChromium(env = process.env): string {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (executable(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} is not an executable file. Point it at a Chromium/Chrome binary or unset it to use ${DEBIAN_CHROMIUM}.`);
  }
  if (executable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/etc/debian_version")) {
    console.log("[e2e] Chromium not found; installing Debian's chromium package (apt-get install -y chromium) …");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (executable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    "End-to-end tests need Chromium and none was found.\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n" +
      "  Other systems: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium",
  );
}

/** Vitest global setup of the e2e project. */
export default function setup(project: TestProject): void {
  const chromiumPath = resolveChromium();
  const distDir = process.env.YIJIAN_DIST ? resolve(process.env.YIJIAN_DIST) : join(ROOT, "dist");
  if (!existsSync(join(distDir, "index.html")) || !existsSync(join(distDir, "workbench/index.html")) || !existsSync(join(distDir, "editor/index.html"))) {
    throw new Error(`The web apps are not built (${distDir} is missing or incomplete). Run \`npm test\` (it builds first) or \`npx vite build\`.`);
  }
  project.provide("chromiumPath", chromiumPath);
  project.provide("distDir", distDir);
}
