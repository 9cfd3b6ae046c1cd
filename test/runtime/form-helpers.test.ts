// Pure helpers of the runtime's smart form and portal: URL answers, sections, error mapping, messages, prefill.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { answersFromQuery, answersToQuery } from "../../runtime/portal/answers.js";
import { splitSections } from "../../runtime/shared/form/sections.js";
import { errorSchemaFor, schemaAt, serverFieldErrors } from "../../runtime/shared/form/errors.js";
import { fieldIdOf, sectionOf } from "../../runtime/shared/form/ids.js";
import { fieldMessage } from "../../runtime/shared/form/messages.js";
import { applyLocked, mergeDeep, prefillUiSchema } from "../../runtime/portal/prefill.js";
import type { Guide } from "../../spec/bundle.js";

const guide: Guide = {
  questions: [
    { id: "entity", title: "身份", type: "single", options: [{ value: "company", label: "公司" }, { value: "individual", label: "个体" }] },
    { id: "foods", title: "食品", type: "multi", options: [{ value: "cold", label: "冷食" }, { value: "raw", label: "生食" }] },
    { id: "online", title: "网络", type: "boolean", options: [] },
  ],
  applicability: {},
};

describe("guide answers in the URL", () => {
  test("round-trip every valid answer set", () => {
    fc.assert(
      fc.property(
        fc.record({ entity: fc.constantFrom("company", "individual"), foods: fc.subarray(["cold", "raw"]), online: fc.boolean() }, { requiredKeys: [] }),
        (answers) => {
          expect(answersFromQuery(guide, answersToQuery(answers))).toEqual(answers);
        },
      ),
    );
  });
  test("ignores unknown questions and values outside the options", () => {
    const q = new URLSearchParams("a.entity=bank&a.foods=cold,poison&a.online=maybe&a.other=1&q=x");
    expect(answersFromQuery(guide, q)).toEqual({ foods: ["cold"] });
  });
  test("keeps the other query parameters", () => {
    expect(answersToQuery({ online: true }, new URLSearchParams("q=x&a.entity=company")).toString()).toBe("q=x&a.online=true");
  });
});

describe("sections", () => {
  const schema = {
    type: "object",
    definitions: { phone: { type: "string" } },
    properties: { b: { type: "object", title: "乙", properties: { y: { type: "string" } } }, a: { type: "object", title: "甲", properties: { x: { type: "string" } } } },
  };
  test("top-level objects become sections in ui:order, sharing definitions", () => {
    const s = splitSections(schema, { "ui:order": ["a", "b"], a: { x: 1 } }, "表");
    expect(s.map((x) => [x.key, x.title])).toEqual([["a", "甲"], ["b", "乙"]]);
    expect(s[0]!.uiSchema).toEqual({ x: 1 });
    expect(s[0]!.schema.definitions).toEqual(schema.definitions);
  });
  test("a section whose every field is hidden (by a rule or ui:widget hidden) is not a section (#16)", () => {
    const form = {
      type: "object",
      properties: {
        applicant: { type: "object", title: "申请人", properties: { name: { type: "string" } } },
        proxy: { type: "object", title: "代办人", properties: {} },
        items: { type: "object", title: "申请事项", properties: { agent: { type: "object", title: "代办人信息", properties: {} }, token: { type: "string" } } },
        card: { type: "object", title: "社会保障卡申领", properties: { address: { type: "object", "x-kind": "address", properties: {} } } },
      },
    };
    const ui = { items: { token: { "ui:widget": "hidden" } } };
    expect(splitSections(form, ui, "表").map((x) => x.title)).toEqual(["申请人", "社会保障卡申领"]);
    expect(splitSections(form, undefined, "表").map((x) => x.title)).toEqual(["申请人", "申请事项", "社会保障卡申领"]);
  });
  test("a form whose every field is hidden keeps its first section, so the page still has its actions", () => {
    const form = { type: "object", properties: { a: { type: "object", title: "甲", properties: {} }, b: { type: "object", title: "乙", properties: {} } } };
    expect(splitSections(form, undefined, "表").map((x) => x.key)).toEqual(["a"]);
  });
  test("a form with a plain top-level field is one section", () => {
    const flat = { type: "object", properties: { name: { type: "string" }, a: { type: "object" } } };
    expect(splitSections(flat, undefined, "表").map((x) => x.key)).toEqual([""]);
  });
});

describe("errors", () => {
  test("server problems under /data are mapped to form data pointers", () => {
    const e = serverFieldErrors([{ pointer: "/data/company/uscc", field: "企业 / 代码", message: "格式不正确" }, { pointer: "/answers/x", message: "未知" }], ["company"]);
    expect(e.map((x) => x.pointer)).toEqual(["/company/uscc", "/answers/x"]);
  });
  test("errorSchemaFor keeps only the section's errors, relative to it", () => {
    const list = [
      { pointer: "/company/uscc", field: "", message: "m1", source: "client" as const },
      { pointer: "/company/staff/0/name", field: "", message: "m2", source: "client" as const },
      { pointer: "/other/x", field: "", message: "m3", source: "client" as const },
    ];
    expect(errorSchemaFor(list, "company")).toEqual({ uscc: { __errors: ["m1"] }, staff: { 0: { name: { __errors: ["m2"] } } } });
    expect(errorSchemaFor(list, "")).toHaveProperty("other.x.__errors", ["m3"]);
  });
  test("field ids follow rjsf's idPrefix + '_' scheme", () => {
    expect(fieldIdOf("/company/staff/0/name")).toBe("yj_company_staff_0_name");
    expect(sectionOf("/company/uscc")).toBe("company");
  });
  test("schemaAt walks properties and array items", () => {
    const s = { type: "object", properties: { a: { type: "array", items: { type: "object", properties: { n: { type: "string", maxLength: 3 } } } } } };
    expect(schemaAt(s, "/a/0/n")).toEqual({ type: "string", maxLength: 3 });
  });
  test("messages name the field and say what to do, in both languages", () => {
    const e = { pointer: "/c/t", field: "企业信息 / 企业类型", message: "x", keyword: "required" };
    expect(fieldMessage(e, { type: "string", enum: ["a"] }, "zh-CN")).toBe("请选择企业类型");
    expect(fieldMessage({ ...e, field: "企业信息 / 名称" }, { type: "string" }, "zh-CN")).toBe("请填写名称");
    expect(fieldMessage({ ...e, keyword: "format" }, { type: "string", format: "cn-mobile" }, "en")).toBe("Enter an 11-digit mobile number");
    expect(fieldMessage({ ...e, keyword: "maxLength" }, { maxLength: 5 }, "zh-CN")).toBe("企业类型最多 5 个字");
  });
});

describe("prefill", () => {
  const fields = [
    { pointer: "/applicant/name", value: "张三", source: "profile" as const, origin: "name", editable: false },
    { pointer: "/applicant/mobile", value: "13800138000", source: "profile" as const, origin: "mobile", editable: true },
  ];
  test("locked values win over a draft; editable ones yield to it", () => {
    const draft = { applicant: { name: "李四", mobile: "13900000000" } };
    const data = applyLocked(mergeDeep({ applicant: { name: "张三", mobile: "13800138000" } }, draft), fields);
    expect(data).toEqual({ applicant: { name: "张三", mobile: "13900000000" } });
  });
  test("uiSchema marks locked fields read-only and every prefilled field with help", () => {
    const ui = prefillUiSchema({ applicant: { "ui:order": ["name"] } }, fields, (f) => `from ${f.origin}`);
    expect(ui).toEqual({ applicant: { "ui:order": ["name"], name: { "ui:readonly": true, "ui:help": "from name" }, mobile: { "ui:help": "from mobile" } } });
  });
});
