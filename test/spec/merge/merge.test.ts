import { describe, expect, it } from "vitest";
import { effectiveForm, validateFormData } from "../../../spec/index.js";
import { checkSmartForm, combineSchemas, conjoinPatterns, formStats, mergeForms, splitData } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>, required?: string[]) => ({ type: "object", title, properties, ...(required ? { required } : {}) });
const schema = (properties: Record<string, unknown>, required?: string[]) => ({ type: "object", properties, ...(required ? { required } : {}) });

const registration = schema({
  entName: s("名称", { maxLength: 50 }),
  companyType: s("公司类型", { enum: ["有限责任公司", "股份有限公司", "个人独资企业"] }),
  legalRep: sec("法定代表人信息", { name: s("姓名"), idNo: s("身份证件号码"), mobile: s("移动电话") }, ["name", "idNo"]),
  term: s("营业期限"),
  remark: s("其他需要说明的事项"),
}, ["entName", "companyType", "legalRep"]);
const seal = schema({
  qymc: s("企业名称", { minLength: 2 }),
  qylx: s("企业类型", { enum: ["股份有限公司", "有限责任公司", "合伙企业"] }),
  fr: sec("法定代表人", { xm: s("姓名"), zjhm: s("身份证号"), sj: s("手机", { pattern: "^1" }) }, ["xm", "zjhm", "sj"]),
  seals: { type: "array", title: "印章明细", minItems: 1, items: { type: "object", properties: { kind: s("刻章种类"), form: s("印章形式", { enum: ["物理印章", "电子印章"] }) }, required: ["kind"] } },
}, ["qymc", "fr", "seals"]);
const needSeal = { "==": [{ var: "answers.needSeal" }, true] };
const sources = [
  { id: "registration", title: "公司登记", form: { schema: registration }, pages: 8, order: 1 },
  { id: "seal", title: "印章刻制备案", form: { schema: seal }, pages: 1, order: 2, appliesIf: needSeal },
];

describe("mergeForms", () => {
  const r = mergeForms(sources);
  const f = r.form;

  it("keeps one field per (role, element) with the provenance of every source field", () => {
    expect(f.provenance["/properties/enterprise/properties/entName"]).toEqual([
      { item: "registration", pointer: "/properties/entName" }, { item: "seal", pointer: "/properties/qymc" },
    ]);
    expect(f.provenance["/properties/legalRep/properties/idNumber"]).toHaveLength(2);
    expect(checkSmartForm(f, sources.map((x) => ({ id: x.id, form: x.form })))).toEqual([]);
  });
  it("combines constraints: required if any source requires it, enums intersected, lengths and patterns tightened, formats added", () => {
    const ent = (f.schema.properties as any).enterprise;
    expect(ent.properties.entName).toMatchObject({ maxLength: 50, minLength: 2, title: "企业名称" });
    expect(ent.properties.companyType.enum).toEqual(["有限责任公司", "股份有限公司"]);
    const lr = (f.schema.properties as any).legalRep;
    expect(lr.properties.idNumber.format).toBe("cn-idcard");
    expect(lr.properties.mobile).toMatchObject({ format: "cn-mobile", pattern: "^1" });
    expect(lr.required).toEqual(expect.arrayContaining(["name", "idNumber"]));
  });
  it("mobile is required only when the seal item applies (requiredIf), the seal table only shows then", () => {
    expect(f.rules["/properties/legalRep/properties/mobile"]).toEqual({ requiredIf: needSeal });
    expect(f.rules["/properties/seal"]).toEqual({ visibleIf: needSeal });
    const without = effectiveForm(f, { answers: { needSeal: false } });
    expect(without.hidden).toContain("/properties/seal");
    expect(validateFormData(without.schema, { enterprise: { entName: "重庆一件科技有限公司", companyType: "有限责任公司" }, legalRep: { name: "张三", idNumber: "11010519491231002X" } })).toEqual([]);
    const withSeal = effectiveForm(f, { answers: { needSeal: true } });
    const errors = validateFormData(withSeal.schema, { enterprise: { entName: "重庆一件科技有限公司", companyType: "有限责任公司" }, legalRep: { name: "张三", idNumber: "11010519491231002X" } });
    expect(errors.map((e) => e.pointer).sort()).toEqual(["/legalRep/mobile", "/seal"]);
  });
  it("keeps item-local fields and tables in a section of their item, in their original shape", () => {
    const props = f.schema.properties as any;
    expect(props.registration.properties.remark.title).toBe("其他需要说明的事项");
    expect(props.enterprise.properties.term.title).toBe("营业期限");
    expect(props.seal.properties.seals).toMatchObject({ type: "array", minItems: 1 });
    expect(f.provenance["/properties/seal/properties/seals/items/properties/kind"]).toEqual([{ item: "seal", pointer: "/properties/seals/items/properties/kind" }]);
    expect((f.uiSchema as any)["ui:order"]).toEqual(["enterprise", "legalRep", "registration", "seal"]);
  });
  it("splits merged data into each item's payload, keys and tables included", () => {
    const data = {
      enterprise: { entName: "重庆一件科技有限公司", companyType: "有限责任公司", term: "长期" },
      legalRep: { name: "张三", idNumber: "11010519491231002X", mobile: "13812345678" },
      registration: { remark: "无" },
      seal: { seals: [{ kind: "单位专用章", form: "电子印章" }, { kind: "财务专用章" }] },
    };
    expect(validateFormData(effectiveForm(f, { answers: { needSeal: true } }).schema, data)).toEqual([]);
    const parts = splitData(f, data);
    expect(parts.seal).toEqual({
      qymc: "重庆一件科技有限公司", qylx: "有限责任公司", fr: { xm: "张三", zjhm: "11010519491231002X", sj: "13812345678" },
      seals: [{ kind: "单位专用章", form: "电子印章" }, { kind: "财务专用章" }],
    });
    expect(validateFormData(registration, parts.registration)).toEqual([]);
    expect(validateFormData(seal, parts.seal)).toEqual([]);
  });
  it("reports incompatible constraints as conflicts and keeps the fields apart instead of dropping one", () => {
    const a = schema({ mc: s("企业名称"), n: s("经营范围", { maxLength: 5 }) });
    const b = schema({ mc: s("企业名称"), n: s("经营范围", { minLength: 10 }) });
    const c = schema({ mc: s("企业名称"), t: s("核算方式", { enum: ["独立核算"] }) });
    const d = schema({ mc: s("企业名称"), t: s("核算方式", { enum: ["非独立核算"] }) });
    const m = mergeForms([{ id: "a", form: { schema: a } }, { id: "b", form: { schema: b } }, { id: "c", form: { schema: c } }, { id: "d", form: { schema: d } }]);
    expect(m.conflicts.map((x) => x.message.zh).join("\n")).toMatch(/长度范围为空[\s\S]*选项没有交集|选项没有交集[\s\S]*长度范围为空/);
    expect(m.conflicts.every((x) => x.sources.length === 2 && x.pointer.startsWith("/properties/"))).toBe(true);
    expect(checkSmartForm(m.form, [{ id: "a", form: { schema: a } }, { id: "b", form: { schema: b } }, { id: "c", form: { schema: c } }, { id: "d", form: { schema: d } }])).toEqual([]);
  });
  it("marks what the government holds for prefill: licence fields for the enterprise, the profile for the applicant's roles", () => {
    const m = mergeForms(sources, { profileRoles: ["legalRep"], licences: ["resident_id_card"] });
    expect(m.form.prefill["/properties/legalRep/properties/idNumber"]).toEqual({ source: "profile", key: "idNumber", editable: false, subject: "legalRep" });
    expect(m.form.prefill["/properties/legalRep/properties/mobile"]).toMatchObject({ source: "profile", editable: true });
    expect(m.form.prefill["/properties/enterprise/properties/entName"]).toBeUndefined();
    expect(mergeForms(sources).form.prefill["/properties/enterprise/properties/entName"]).toMatchObject({ source: "licence", key: "business_licence.name" });
    expect(m.stats).toMatchObject({ fieldsBefore: 14, fieldsAfter: 9, prefilled: 3, toTypeAfter: 6, pagesBefore: 9 });
  });
});

describe("constraint combination", () => {
  it("narrows formats and conjoins patterns so the result accepts only what both accept", () => {
    expect(combineSchemas({ type: "string", format: "cn-contact-phone" }, { type: "string", format: "cn-mobile" })).toEqual({ ok: true, schema: { type: "string", format: "cn-mobile" } });
    expect(combineSchemas({ type: "string", format: "date" }, { type: "string", format: "email" }).ok).toBe(false);
    expect(combineSchemas({ type: "integer", maximum: 10 }, { type: "number", minimum: 20 })).toMatchObject({ ok: false });
    const p = new RegExp(conjoinPatterns("^\\d+$", "^1"));
    expect(p.test("123")).toBe(true);
    expect(p.test("223")).toBe(false);
    expect(p.test("1a")).toBe(false);
    expect(conjoinPatterns(conjoinPatterns("a", "b"), "c")).toBe(conjoinPatterns("a", conjoinPatterns("b", "c")));
  });
  it("formStats counts a bundle's fields and pages", () => {
    const st = formStats(sources, mergeForms(sources).form);
    expect(st.fieldsBefore).toBe(14);
    expect(st.pagesBefore).toBe(9);
    expect(st.pagesAfter).toBeGreaterThanOrEqual(1);
  });
});
