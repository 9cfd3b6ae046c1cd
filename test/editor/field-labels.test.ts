// Field labels in the editor's pickers (tryout 8, issue 28): a merged field is named by its sections, and two fields
// that still read the same are told apart by the forms they come from.
import { describe, expect, it } from "vitest";
import { fieldLabels, fieldPath } from "../../editor/designers/common/field-labels.js";

const str = (title: string) => ({ type: "string", title });
const form = {
  schema: { type: "object", properties: {
    applicant: { type: "object", title: "申请人", properties: { bankAccount: str("银行账号"), name: str("姓名") } },
    "item-2": { type: "object", title: "租赁住房备案登记表", properties: { yhzh: str("银行账号") } },
    "item-1": { type: "object", title: "住房公积金提取申请表", properties: { a: { type: "object", title: "收款信息", properties: { yhzh: str("银行账号") } } } },
    x: { type: "object", title: "其他", properties: { y: str("备注"), z: str("备注") } },
  } },
  provenance: {
    "/properties/applicant/properties/bankAccount": [{ item: "item-1", pointer: "/properties/gjjzh" }, { item: "item-2", pointer: "/properties/yhzh" }],
    "/properties/applicant/properties/name": [{ item: "item-1", pointer: "/properties/xm" }],
    "/properties/item-2/properties/yhzh": [{ item: "item-2", pointer: "/properties/yhzh" }],
    "/properties/item-1/properties/a/properties/yhzh": [{ item: "item-1", pointer: "/properties/a/properties/yhzh" }],
    "/properties/x/properties/y": [{ item: "item-1", pointer: "/properties/y" }],
    "/properties/x/properties/z": [{ item: "item-2", pointer: "/properties/z" }],
  },
};
const names: Record<string, string> = { "item-1": "住房公积金提取申请表", "item-2": "租赁住房备案登记表" };

describe("field labels in pickers", () => {
  it("names a field by the titles of its sections", () => {
    expect(fieldPath(form, "/properties/applicant/properties/bankAccount")).toBe("申请人 · 银行账号");
    expect(fieldPath(form, "/properties/item-1/properties/a/properties/yhzh")).toBe("住房公积金提取申请表 · 收款信息 · 银行账号");
  });
  it("gives every field a different label, adding the forms where the sections do not tell them apart", () => {
    const labels = fieldLabels(form, Object.keys(form.provenance), (id) => names[id] ?? id);
    expect(new Set(labels.values()).size).toBe(labels.size);
    expect(labels.get("/properties/x/properties/y")).toBe("其他 · 备注（住房公积金提取申请表）");
    expect(labels.get("/properties/x/properties/z")).toBe("其他 · 备注（租赁住房备案登记表）");
    expect(labels.get("/properties/item-2/properties/yhzh")).toBe("租赁住房备案登记表 · 银行账号");
    expect([...labels.values()].some((l) => /item-\d/.test(l))).toBe(false);
  });
});
