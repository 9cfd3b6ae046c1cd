// The built-in 企业开办一件事 template: it loads, its form.json is exactly what the merge produces today, every
// item field is in exactly one merged field, and its before → after figures are pinned.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { effectiveForm, pruneHidden, validateFormData } from "../../spec/index.js";
import { checkSmartForm, formStats, splitData } from "../../spec/merge/index.js";
import { loadTemplate, TEMPLATES_DIR } from "../../templates/load.js";
import { mergeTemplate, smartFormDocument } from "../../cli/commands/merge.js";

const DIR = join(TEMPLATES_DIR, "qiye-kaiban");

describe("企业开办一件事 template", () => {
  const bundle = loadTemplate(DIR);

  it("loads as a valid bundle of the lead and cooperating departments", () => {
    expect(bundle).toMatchObject({ key: "qiye-kaiban", title: "企业开办一件事", category: "企业开办", audience: "enterprise", lead: "samr", cooperating: ["psb", "tax", "hrss", "hpf", "bank"] });
    expect(bundle.items.map((i) => i.id)).toEqual(["company-registration", "seal-filing", "tax-info", "social-insurance", "housing-fund", "bank-account"]);
    expect(new Set(bundle.items.map((i) => i.department))).toEqual(new Set(["samr", "psb", "tax", "hrss", "hpf", "bank"]));
  });

  it("has realistic item elements: law, promised ≤ statutory limits, 容缺 with deadlines, e-licence materials", () => {
    for (const it of bundle.items) {
      expect(it.by_law, it.id).toMatch(/《.+》/);
      expect(it.promise_day, it.id).toBeLessThanOrEqual(it.anticipate_day);
      expect(it.steps.reduce((n, s) => n + (s.days ?? 0), 0), it.id).toBe(it.promise_day);
      for (const m of it.materials) if (m.necessity === "容缺后补") expect(m.deferral_days, `${it.id}/${m.id}`).toBeGreaterThan(0);
    }
    expect(bundle.items.flatMap((i) => i.materials).filter((m) => m.source_type === "20" && m.licence_type).length).toBeGreaterThanOrEqual(8);
    expect(bundle.items.reduce((n, i) => n + i.pages, 0)).toBe(14);
  });

  it("form.json is exactly what `merge --template` produces today", () => {
    const committed = JSON.parse(readFileSync(join(DIR, "form.json"), "utf8"));
    const result = mergeTemplate(DIR);
    expect(JSON.parse(JSON.stringify(smartFormDocument(result)))).toEqual(committed);
    expect(result.conflicts).toEqual([]);
  });

  it("keeps provenance complete: every item field is in exactly one merged field", () => {
    expect(checkSmartForm(bundle.form, bundle.items)).toEqual([]);
  });

  it("pins the before → after figures: well over half fewer fields to type than the separate forms", () => {
    const stats = formStats(bundle.items.map((i) => ({ form: i.form, pages: i.pages })), bundle.form);
    // A new company holds no business licence yet: its six licence fields are typed, not prefilled (issue 12).
    expect(stats).toEqual({
      items: 6, fieldsBefore: 193, fieldsAfter: 96, prefilled: 13, toTypeAfter: 83, fewerFields: 0.503, fewerToType: 0.57, pagesBefore: 14, pagesAfter: 7,
    });
    expect(stats.fewerToType).toBeGreaterThanOrEqual(0.55);
  });

  it("enters company data once for every department: name, code, domicile, legal representative", () => {
    const p = bundle.form.provenance;
    expect(p["/properties/enterprise/properties/entName"]!.map((r) => r.item)).toEqual(bundle.items.map((i) => i.id));
    expect(p["/properties/enterprise/properties/uscc"]).toHaveLength(6);
    expect(new Set(p["/properties/legalRep/properties/name"]!.map((r) => r.item)).size).toBe(6);
    // The company is new: nothing of an existing company's licence is prefilled, and the legal representative's
    // fields come from the legal representative's record, not the account's.
    expect(bundle.form.prefill["/properties/enterprise/properties/uscc"]).toBeUndefined();
    expect(bundle.form.prefill["/properties/enterprise/properties/licenceCopy"]).toBeUndefined();
    expect(bundle.form.rules["/properties/enterprise/properties/licenceCopy"]?.visibleIf).toBe(false);
    expect(bundle.form.prefill["/properties/legalRep/properties/idNumber"]).toMatchObject({ source: "profile", key: "idNumber", subject: "legalRep" });
    expect(bundle.form.prefill["/properties/legalRep/properties/name"]).toMatchObject({ source: "profile", key: "name", subject: "legalRep" });
    expect(bundle.form.prefill["/properties/enterprise/properties/entName"]).toBeUndefined();
  });

  it("shows a company without employees or seal only its fields, and splits a filled form into each department's payload", () => {
    const answers = { companytype: "limited", byagent: false, needseal: false, needinvoice: true, hireemployees: false, bankaccount: true };
    const eff = effectiveForm(bundle.form, { answers });
    expect(eff.hidden).toEqual(expect.arrayContaining(["/properties/seal-filing", "/properties/enterprise/properties/insuranceTypes", "/properties/enterprise/properties/establishMethod"]));
    const props = eff.schema.properties as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(props.enterprise!.properties!)).not.toContain("employerRate");
    const withSeal = effectiveForm(bundle.form, { answers: { ...answers, needseal: true } });
    expect(withSeal.hidden).not.toContain("/properties/seal-filing");
    const missing = validateFormData(eff.schema, pruneHidden({}, eff.hidden)).map((e) => e.pointer);
    expect(missing).toEqual(expect.arrayContaining(["/enterprise", "/legalRep", "/company-registration"]));
    expect(missing).not.toContain("/seal-filing");
    const parts = splitData(bundle.form, { enterprise: { entName: "重庆一件科技有限公司", bankName: "中国工商银行重庆分行" }, legalRep: { name: "张三", idNumber: "11010519491231002X" } },
      Object.fromEntries(bundle.items.map((i) => [i.id, i.form])));
    expect(parts["company-registration"]).toMatchObject({ entName: "重庆一件科技有限公司", legalRepName: "张三", legalRep: { xm: "张三", zjhm: "11010519491231002X" } });
    expect(parts["seal-filing"]).toMatchObject({ qymc: "重庆一件科技有限公司", fr: { xm: "张三", zjhm: "11010519491231002X" } });
    expect(parts["tax-info"]).toMatchObject({ nsrmc: "重庆一件科技有限公司", fddbr: "张三", ckzh: { khyh: "中国工商银行重庆分行" } });
    expect(parts["bank-account"]).toMatchObject({ ckrmc: "重庆一件科技有限公司", fddbr: "张三", fddbrzjhm: "11010519491231002X" });
  });
});
