// The options our forms offer are words in both languages (issue 14): every choice value of the dictionary's elements
// and of the built-in templates (one-things and catalogue items) has its English words in runtime/shared/i18n-values.ts,
// so an English screen never shows 女 or 居民身份证; a value we do not know is shown as stored.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ELEMENTS } from "../../spec/dictionary/elements.js";
import { optionLabel } from "../../runtime/shared/option-label.js";
import { VALUES_ZH } from "../../runtime/shared/i18n-values.js";
import { dictionaries } from "../../runtime/shared/i18n.js";
import { USCC_AUTHORITIES } from "../../spec/fields/kinds/organisation.js";

const CJK = /[\u3400-\u9fff]/;

/** Every string value of an enum or oneOf const anywhere in a JSON tree. */
function choiceValues(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => choiceValues(n, out));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.enum)) o.enum.forEach((v) => typeof v === "string" && out.add(v));
    if (Array.isArray(o.oneOf)) o.oneOf.forEach((c) => { const t = (c as { title?: unknown; const?: unknown }).title ?? (c as { const?: unknown }).const; if (typeof t === "string") out.add(t); });
    Object.values(o).forEach((v) => choiceValues(v, out));
  }
  return out;
}

const templateFiles = [
  ...readdirSync("templates", { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "catalogue").map((d) => join("templates", d.name, "form.json")),
  ...readdirSync(join("templates", "catalogue", "items")).filter((f) => f.endsWith(".json")).map((f) => join("templates", "catalogue", "items", f)),
];

describe("option words (issue 14)", () => {
  it("every Chinese choice value of the dictionary's elements and the built-in templates has English words", () => {
    const values = new Set<string>();
    for (const el of ELEMENTS) choiceValues(el.schema, values);
    for (const f of templateFiles) choiceValues(JSON.parse(readFileSync(f, "utf8")), values);
    const chinese = [...values].filter((v) => CJK.test(v));
    expect(chinese.length).toBeGreaterThan(250);
    expect(chinese.filter((v) => !(`opt.${v}` in VALUES_ZH))).toEqual([]);
    expect(chinese.filter((v) => CJK.test(optionLabel(v, "en")))).toEqual([]);
  });

  it("names a stored value in the interface language and leaves an unknown one as stored", () => {
    expect(optionLabel("女", "en")).toBe("Female");
    expect(optionLabel("女", "zh-CN")).toBe("女");
    expect(optionLabel("居民身份证", "en")).toBe("Resident identity card");
    expect(optionLabel("选项三", "en")).toBe("选项三");
    expect(Object.entries(VALUES_ZH).filter(([k, v]) => k !== `opt.${v}`)).toEqual([]);
  });

  it("names every GB 32100 registration authority and organisation type a credit code decodes to, in both languages", () => {
    const zh = dictionaries["zh-CN"] as Record<string, string>;
    const en = dictionaries.en as Record<string, string>;
    const keys = Object.entries(USCC_AUTHORITIES).flatMap(([a, auth]) => [[`fk.uscc.${a}`, auth.name], ...Object.entries(auth.types).map(([ty, name]) => [`fk.uscc.${a}.${ty}`, name])]);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter(([k, name]) => zh[k!] !== name)).toEqual([]);
    expect(keys.filter(([k]) => !en[k!] || CJK.test(en[k!]!))).toEqual([]);
  });
});
