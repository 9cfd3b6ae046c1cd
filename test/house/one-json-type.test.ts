// Issue 14: one exported JSON type (spec/common.ts `Json`), not a local `type Json = Record<string, unknown>` in every
// file that needs one — the copies drifted (some `unknown`, some `any`) and made a change of the type a hunt.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const HOME = "spec/common.ts";

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) return sources(rel);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [rel] : [];
  });
}

describe("one JSON type", () => {
  it("declares `type Json` only in spec/common.ts", () => {
    const declaring = ["spec", "server", "runtime", "editor", "cli"].flatMap(sources)
      .filter((f) => f !== HOME && /^\s*(export\s+)?type Json\s*=/m.test(readFileSync(join(ROOT, f), "utf8")));
    expect(declaring).toEqual([]);
    expect(readFileSync(join(ROOT, HOME), "utf8")).toMatch(/^export type Json = /m);
  });
});
