// The smart form follows the guide's item applicability (tryout 8, issue 1): a section or field only an item that
// does not apply asks for is hidden and not required; a field shared with an item that applies, or added by the
// designer, stays; the designer's own rule still holds; and the consistency check no longer has a contradiction
// to report for such a form.
import { describe, expect, it } from "vitest";
import { effectiveForm, pruneHidden } from "../../spec/form-rules.js";
import { applicabilityOfFields, requirednessOfFields, situatedForm } from "../../spec/situated-form.js";
import { validateFormData } from "../../spec/form-data.js";
import { guideFormProblems } from "../../spec/consistency.js";
import { validateBundle, type Bundle } from "../../spec/index.js";
import { fixtureBundle } from "../fixtures/bundle.js";

type Json = Record<string, any>;
const RENT = { "==": [{ var: "answers.rent" }, true] };

/** The fixture with a 租赁 section that only the sign item provides, a field both items provide and a designer's field. */
function rentBundle(): Bundle {
  const d = fixtureBundle() as Json;
  d.guide = { questions: [{ id: "rent", title: "您是因为租房提取公积金吗？", type: "boolean" }], applicability: { sign: RENT } };
  d.form.rules = {};
  d.form.schema.required.push("lease", "contact");
  d.form.schema.properties.lease = {
    type: "object", title: "租赁住房备案登记表", required: ["tenant", "idNumber"],
    properties: { tenant: { type: "string", title: "承租人姓名" }, idNumber: { type: "string", title: "居民身份证号" } },
  };
  d.form.schema.properties.contact = {
    type: "object", title: "联系方式", required: ["phone", "note"],
    properties: { phone: { type: "string", title: "联系电话" }, note: { type: "string", title: "备注" } },
  };
  d.form.provenance = {
    "/properties/lease/properties/tenant": [{ item: "sign", pointer: "/properties/chengzuren/properties/name" }],
    "/properties/lease/properties/idNumber": [{ item: "sign", pointer: "/properties/chengzuren/properties/zjhm" }],
    "/properties/contact/properties/phone": [{ item: "licence", pointer: "/properties/lxdh" }, { item: "sign", pointer: "/properties/lxdh" }],
    "/properties/shopName": [{ item: "licence", pointer: "/properties/shopName" }],
  };
  delete d.form.schema.properties.sign;
  const r = validateBundle(d);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const DATA = { shopName: "张记面馆", mobile: "13800138000", area: 45, contact: { phone: "13800138000", note: "无" } };

describe("situatedForm", () => {
  it("gives a section only an item that may not apply provides that item's condition; shared and designer fields none", () => {
    expect(applicabilityOfFields(rentBundle())).toEqual({ "/properties/lease": RENT });
  });

  it("hides the section of an item that does not apply and does not require it; with the item applying, requires its fields", () => {
    const b = rentBundle();
    const no = effectiveForm(situatedForm(b), { answers: { rent: false }, data: {} });
    expect(no.hidden).toEqual(["/properties/lease"]);
    expect(Object.keys(no.schema.properties as Json)).not.toContain("lease");
    expect(no.schema.required).not.toContain("lease");
    // what the applicant typed before changing the answer is dropped, the rest is valid
    const pruned = pruneHidden({ ...DATA, lease: { tenant: "李四" } }, no.hidden);
    expect(pruned).toEqual(DATA);
    expect(validateFormData(no.schema, pruned)).toEqual([]);

    const yes = effectiveForm(situatedForm(b), { answers: { rent: true }, data: {} });
    expect(yes.hidden).toEqual([]);
    expect(validateFormData(yes.schema, { ...DATA, lease: {} }).map((e) => e.pointer).sort()).toEqual(["/lease/idNumber", "/lease/tenant"]);
  });

  it("keeps a designer's own rule: the field shows only when both the rule and the item allow it", () => {
    const b = rentBundle();
    b.form.rules["/properties/lease"] = { visibleIf: { "==": [{ var: "answers.agent" }, true] } };
    const form = situatedForm(b);
    expect(form.rules["/properties/lease"]!.visibleIf).toEqual({ and: [{ "==": [{ var: "answers.agent" }, true] }, RENT] });
    expect(effectiveForm(form, { answers: { rent: true, agent: false }, data: {} }).hidden).toEqual(["/properties/lease"]);
    expect(effectiveForm(form, { answers: { rent: true, agent: true }, data: {} }).hidden).toEqual([]);
  });

  it("leaves a field that items of two conditions provide visible when either applies, and a form whose items always apply unchanged", () => {
    const b = rentBundle();
    b.guide.applicability.licence = { "==": [{ var: "answers.shop" }, true] };
    const fields = applicabilityOfFields(b);
    expect(fields["/properties/contact/properties/phone"]).toEqual({ or: [b.guide.applicability.licence, RENT] });
    const eff = effectiveForm(situatedForm(b), { answers: { rent: true, shop: false }, data: {} });
    expect(eff.hidden.sort()).toEqual(["/properties/shopName"]);

    const always = rentBundle();
    always.guide.applicability = {};
    expect(situatedForm(always).rules).toEqual({});
  });

  it("hides and does not require a table of an item that does not apply — as its own section and inside a shared one (tryout #12)", () => {
    const b = rentBundle();
    const row = { type: "object", required: ["name"], properties: { name: { type: "string", title: "姓名" }, relation: { type: "string", title: "与申请人关系" } } };
    (b.form.schema.properties as Json).lease.properties.residents = { type: "array", title: "同住人员", minItems: 1, items: row };
    (b.form.schema.properties as Json).lease.required.push("residents");
    (b.form.schema.properties as Json).contact.properties.family = { type: "array", title: "家庭成员", minItems: 1, items: structuredClone(row) };
    (b.form.schema.properties as Json).contact.required.push("family");
    for (const [table, col] of [["lease/properties/residents", "name"], ["lease/properties/residents", "relation"], ["contact/properties/family", "name"], ["contact/properties/family", "relation"]]) {
      b.form.provenance[`/properties/${table}/items/properties/${col}`] = [{ item: "sign", pointer: `/properties/tongzhu/items/properties/${col}` }];
    }
    expect(applicabilityOfFields(b)).toEqual({ "/properties/lease": RENT, "/properties/contact/properties/family": RENT });
    const no = effectiveForm(situatedForm(b), { answers: { rent: false }, data: {} });
    expect(no.hidden.sort()).toEqual(["/properties/contact/properties/family", "/properties/lease"]);
    expect((no.schema.properties as Json).contact.required).toEqual(["phone", "note"]);
    const pruned = pruneHidden({ ...DATA, contact: { ...DATA.contact, family: [{ name: "李四" }] } }, no.hidden);
    expect(pruned).toEqual(DATA);
    expect(validateFormData(no.schema, pruned)).toEqual([]);
    const yes = effectiveForm(situatedForm(b), { answers: { rent: true }, data: {} });
    expect(validateFormData(yes.schema, { ...DATA, lease: { tenant: "李四", idNumber: "x" } }).map((e) => e.pointer).sort()).toEqual(["/contact/family", "/lease/residents"]);
  });

  it("requires a merged field only when an item that requires it applies (tryout 10 #31)", () => {
    const b = rentBundle();
    // 联系电话 comes from both items: the licence's own form leaves it optional, the sign's requires it
    const own = (id: string) => b.items.find((it) => it.id === id)!.form!.schema as Json;
    own("licence").properties.lxdh = { type: "string", title: "联系电话" };
    own("sign").properties.lxdh = { type: "string", title: "联系电话" };
    own("sign").required = ["lxdh"];
    const fresh = { ...b, items: [...b.items] }; // a new items array: situatedForm's cache follows it
    expect(requirednessOfFields(fresh)).toEqual({ "/properties/contact/properties/phone": RENT });
    const no = effectiveForm(situatedForm(fresh), { answers: { rent: false }, data: {} });
    expect((no.schema.properties as Json).contact.required).toEqual(["note"]);
    expect(validateFormData(no.schema, { ...DATA, contact: { note: "无" } })).toEqual([]);
    const yes = effectiveForm(situatedForm(fresh), { answers: { rent: true }, data: {} });
    expect(validateFormData(yes.schema, { ...DATA, contact: { note: "无" }, lease: { tenant: "李四", idNumber: "x" } }).map((e) => e.pointer)).toEqual(["/contact/phone"]);
    // both items require it: required whatever the answer; a designer's own requiredIf stays the designer's
    own("licence").required = ["shopName", "lxdh"];
    expect(requirednessOfFields({ ...b, items: [...b.items] })).toEqual({});
    own("licence").required = ["shopName"];
    const ruled = { ...fresh, form: { ...fresh.form, rules: { "/properties/contact/properties/phone": { requiredIf: { "==": [1, 1] } } } } };
    expect(situatedForm(ruled).rules["/properties/contact/properties/phone"]).toEqual({ requiredIf: { "==": [1, 1] } });
  });

  it("returns the same form object while the bundle is unchanged (renderers and validators keep their caches)", () => {
    const b = rentBundle();
    expect(situatedForm(b)).toBe(situatedForm(b));
    expect(situatedForm({ ...b, guide: { ...b.guide, applicability: {} } })).not.toBe(situatedForm(b));
  });

  it("ignores provenance naming an item the bundle does not have", () => {
    const b = rentBundle();
    b.form.provenance["/properties/area"] = [{ item: "gone", pointer: "/properties/area" }];
    expect(Object.keys(applicabilityOfFields(b))).toEqual(["/properties/lease"]);
  });

  it("leaves the consistency check nothing to report where the tryout's editor showed two hints", () => {
    expect(guideFormProblems(rentBundle())).toEqual([]);
  });
});
