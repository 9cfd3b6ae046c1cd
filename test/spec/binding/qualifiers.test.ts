// Wording around a dictionary label: a qualifier of time or precision (现居住地址, 户口所在地详址) keeps the element; a
// label known only by its last words (个人公积金账号) stays too weak for aligning a person to merge it.
import { describe, expect, it } from "vitest";
import { bindForm } from "../../../spec/binding/index.js";
import { mergeForms, type MergeSource } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const form = (properties: Record<string, unknown>) => ({ schema: { type: "object", properties } });
const at = (b: ReturnType<typeof bindForm>, key: string) => b.fields.find((f) => f.pointer === `/properties/${key}`)!;

describe("qualifiers around a dictionary label", () => {
  it("现 / 实际 before and 详址 after an address keep its element, with the reason", () => {
    const b = bindForm(form({ a: s("现居住地址"), b: s("户口所在地详址"), c: s("实际经营场所"), d: s("姓名详址") }), { audience: "person" });
    expect(at(b, "a").element).toBe("domicile");
    expect(at(b, "a").reason.zh).toContain("「现」");
    expect(at(b, "b").element).toBe("householdAddress");
    expect(at(b, "c").element).toBe("premises");
    expect(at(b, "d").element).not.toBe("name");
  });
  it("a field known only by its last words is not merged automatically when its person is aligned", () => {
    const ID = { pattern: "^[0-9]{17}[0-9Xx]$" };
    const sources: MergeSource[] = [
      { id: "a", audience: "person", title: "甲申请表", form: form({ xm: s("职工姓名"), sfzh: s("职工身份证号", ID), zh: s("个人公积金账号") }) },
      { id: "b", audience: "person", title: "乙申请表", form: form({ xm: s("职工姓名"), sfzh: s("职工身份证号", ID), zh: s("银行账号", { pattern: "^[0-9]{12,19}$" }) }) },
    ];
    const r = mergeForms(sources);
    const owner = (item: string, key: string) => Object.entries(r.form.provenance).find(([, refs]) => refs.some((x) => x.item === item && x.pointer === `/properties/${key}`))![0];
    expect(owner("a", "xm")).toBe(owner("b", "xm"));
    expect(owner("a", "zh")).not.toBe(owner("b", "zh"));
  });
});
