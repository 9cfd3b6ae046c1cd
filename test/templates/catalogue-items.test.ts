// Issue 15 part 6: the built-in one-things pin catalogue items, and no item is defined twice in templates/ — every item
// lives once in templates/catalogue/items/<id>.json, every bundle.json names the versions it pins, and a reference
// to an item or version that is not there is refused with its pointer.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateItem } from "../../spec/index.js";
import { assembleTemplate, loadBuiltinTemplates, loadTemplate, TEMPLATES_DIR, TemplateError } from "../../templates/load.js";

const ITEMS_DIR = join(TEMPLATES_DIR, "catalogue", "items");
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, any>;
const bundleDirs = readdirSync(TEMPLATES_DIR).filter((n) => existsSync(join(TEMPLATES_DIR, n, "bundle.json")));

describe("built-in items in the catalogue folder", () => {
  it("defines every item once, named by its id, valid, as version 1", () => {
    const files = readdirSync(ITEMS_DIR).filter((f) => f.endsWith(".json"));
    expect(files.length).toBe(23);
    for (const f of files) {
      const r = validateItem(read(join(ITEMS_DIR, f)));
      expect(r.ok ? [] : r.problems, f).toEqual([]);
      if (r.ok) expect([`${r.value.id}.json`, r.value.version]).toEqual([f, 1]);
    }
    // the same administrative item (one department, one name) is never written down twice under two ids
    const names = files.map((f) => read(join(ITEMS_DIR, f))).map((i) => `${i.department}|${i.task_name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has no one-thing folder holding item copies; every bundle.json pins { id, version } references", () => {
    for (const key of bundleDirs) {
      expect(existsSync(join(TEMPLATES_DIR, key, "items")), key).toBe(false);
      for (const ref of read(join(TEMPLATES_DIR, key, "bundle.json")).items) expect(Object.keys(ref).sort(), key).toEqual(["id", "version"]);
    }
  });

  it("shares 公司设立登记, 印章刻制备案 and 新办纳税人 between 企业开办 and 我要开餐馆, as the same documents", () => {
    const [canguan, kaiban] = ["canguan", "qiye-kaiban"].map((k) => loadTemplate(join(TEMPLATES_DIR, k)));
    for (const id of ["company-registration", "seal-filing", "tax-info"]) {
      expect(canguan!.items.find((i) => i.id === id)).toEqual(kaiban!.items.find((i) => i.id === id));
    }
    const used = new Map<string, number>();
    for (const b of loadBuiltinTemplates()) for (const it of b.items) used.set(it.id, (used.get(it.id) ?? 0) + 1);
    expect(used.get("company-registration")).toBe(2);
  });

  it("refuses a reference to an item or a version the catalogue folder does not hold, naming the pointer", () => {
    const root = mkdtempSync(join(tmpdir(), "yijian-tpl-"));
    mkdirSync(join(root, "catalogue", "items"), { recursive: true });
    writeFileSync(join(root, "catalogue", "items", "seal-filing.json"), readFileSync(join(ITEMS_DIR, "seal-filing.json")));
    mkdirSync(join(root, "shop"));
    writeFileSync(join(root, "shop", "bundle.json"), JSON.stringify({ key: "shop", items: [{ id: "seal-filing", version: 2 }, { id: "missing", version: 1 }] }));
    try {
      assembleTemplate(join(root, "shop"));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(TemplateError);
      expect((err as TemplateError).problems.map((p) => p.pointer)).toEqual(["/items/0/version", "/items/1"]);
    }
  });
});
