// The merge evaluation's truth loader: it refuses a truth file that contradicts itself or names no field, and a
// tuning run never reads a held-out set beyond its flag.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadEvalSets } from "../../bench/merge-eval/load.js";
import { inspectForm } from "../../spec/binding/inspect.js";

const form = (title: string) => ({ type: "object", title, properties: { xm: { title: "姓名", type: "string" }, sfzh: { title: "身份证号", type: "string" } } });

function setDir(root: string, name: string, truth: object, forms: Record<string, unknown> = { a: form("甲表"), b: form("乙表") }): void {
  mkdirSync(join(root, name, "forms"), { recursive: true });
  for (const [id, f] of Object.entries(forms)) writeFileSync(join(root, name, "forms", `${id}.json`), typeof f === "string" ? f : JSON.stringify(f));
  writeFileSync(join(root, name, "truth.json"), JSON.stringify({ title: name, audience: "person", maybe: [], ...truth }));
}

describe("merge-eval truth loader", () => {
  it("loads a consistent truth file", () => {
    const root = mkdtempSync(join(tmpdir(), "merge-eval-"));
    setDir(root, "ok", { heldOut: false, same: [["a#xm", "b#xm"]], never: [["a#xm", "b#sfzh"]] });
    const { sets } = loadEvalSets(root);
    expect(sets.map((s) => [s.name, s.sources.length])).toEqual([["ok", 2]]);
  });

  it("refuses a pair that is both same and never, naming the set and the pair", () => {
    const root = mkdtempSync(join(tmpdir(), "merge-eval-"));
    setDir(root, "bad", { heldOut: false, same: [["a#xm", "b#xm", "a#sfzh"]], never: [["b#xm", "a#xm"]] });
    expect(() => loadEvalSets(root)).toThrow(/bad\/truth\.json: 1 pair\(s\) are both "same" and "never": a#\/properties\/xm\|b#\/properties\/xm/);
  });

  it("refuses a never entry that is not a pair and a ref that names no field", () => {
    const root = mkdtempSync(join(tmpdir(), "merge-eval-"));
    setDir(root, "three", { heldOut: false, same: [], never: [["a#xm", "b#xm", "b#sfzh"]] });
    expect(() => loadEvalSets(root)).toThrow(/three\/truth\.json: never\[0\] must be a pair/);
    const root2 = mkdtempSync(join(tmpdir(), "merge-eval-"));
    setDir(root2, "typo", { heldOut: false, same: [["a#xm", "b#xingming"]], never: [] });
    expect(() => loadEvalSets(root2)).toThrow(/typo\/truth\.json: "b#xingming" names no field/);
  });

  it("while tuning, does not read a held-out set (even a broken one) and leaves unfinished folders out", () => {
    const root = mkdtempSync(join(tmpdir(), "merge-eval-"));
    setDir(root, "open", { heldOut: false, same: [["a#xm", "b#xm"]], never: [] });
    setDir(root, "secret", { heldOut: true, same: [["a#xm", "b#nothing"]], never: [] }, { a: "not json" });
    mkdirSync(join(root, "draft", "forms"), { recursive: true });
    const tuning = loadEvalSets(root, { tuning: true });
    expect(tuning.sets.map((s) => s.name)).toEqual(["open"]);
    expect(tuning.hidden).toBe(1);
    expect(tuning.unfinished).toEqual(["draft"]);
    expect(() => loadEvalSets(root)).toThrow(/secret/);
  });

  it("loads every set of bench/merge-eval (held-out ones too) without merging: refs resolve, forms read cleanly", () => {
    const { sets, unfinished } = loadEvalSets(fileURLToPath(new URL("../../bench/merge-eval/", import.meta.url)));
    expect(unfinished).toEqual([]);
    expect(sets.filter((s) => s.truth.heldOut).length).toBeGreaterThanOrEqual(3);
    for (const set of sets) {
      expect(set.sources.length, set.name).toBeGreaterThanOrEqual(3);
      const errors = set.sources.flatMap((s) => inspectForm(s.form.schema).problems.filter((p) => p.severity === "error").map((p) => `${s.id}${p.pointer}`));
      expect(errors, set.name).toEqual([]);
    }
  });
});
