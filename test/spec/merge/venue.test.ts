// The establishment a permit is for, read from the form itself (issue 11): the name of the X the form's title is about
// (托育机构备案书's 机构名称), the address of that X said shorter (机构地址 beside 托育机构名称) or of the trade the title
// names (旅馆地址 in a 旅馆业 permit), the unit that applies (申请单位), a hotel's rooms and beds — each with its reason.
import { describe, expect, it } from "vitest";
import { bindForm } from "../../../spec/binding/bind.js";
import { mergeForms, type MergeSource } from "../../../spec/merge/index.js";

const s = (title: string) => ({ type: "string", title });
const n = (title: string) => ({ type: "integer", title });
const src = (id: string, title: string, properties: Record<string, unknown>): MergeSource => ({ id, title, audience: "enterprise", form: { schema: { type: "object", properties } } });
const at = (b: ReturnType<typeof bindForm>, key: string) => b.fields.find((f) => f.pointer === `/properties/${key}`)!;
const mergedWith = (r: ReturnType<typeof mergeForms>, item: string, key: string) =>
  Object.values(r.form.provenance).find((refs) => refs.some((x) => x.item === item && x.pointer === `/properties/${key}`))!.map((x) => `${x.item}#${x.pointer.slice(12)}`).sort();

describe("the establishment of a permit", () => {
  const reg = src("mfdj", "民办非企业单位成立登记申请表", { dwmc: s("单位名称"), zs: s("住所") });
  const ba = src("tyba", "托育机构备案书", { t1: s("机构名称"), t4: s("机构地址（服务场所）"), cws: n("托位总数") });
  const pj = src("wspj", "托育机构卫生评价申请表", { a01: s("托育机构名称"), a02: s("机构地址") });

  it("机构名称 in a form about a 机构 is the unit's name as firmly as 单位名称, and merges without asking", () => {
    const b = bindForm(ba.form, { audience: "enterprise", title: ba.title });
    expect(at(b, "t1")).toMatchObject({ element: "entName", role: "enterprise" });
    expect(at(b, "t1").confidence).toBeGreaterThanOrEqual(0.85);
    expect(at(b, "t1").reason.zh).toContain("托育机构备案书");
    expect(mergedWith(mergeForms([reg, ba, pj]), "mfdj", "dwmc")).toEqual(["mfdj#dwmc", "tyba#t1", "wspj#a01"]);
  });

  it("机构地址 beside 托育机构名称 is the site where the 机构 is run, the same site as the 备案's 服务场所", () => {
    const b = bindForm(pj.form, { audience: "enterprise", title: pj.title });
    expect(at(b, "a02").element).toBe("premises");
    expect(mergedWith(mergeForms([reg, ba, pj]), "wspj", "a02")).toEqual(["tyba#t4", "wspj#a02"]);
  });

  it("a 名称 the title does not name, beside a firm 单位名称, stays a weaker name (the fire form's 场所名称)", () => {
    const b = bindForm({ schema: { type: "object", properties: { f01: s("场所名称"), f07: s("单位名称") } } }, { audience: "enterprise", title: "公众聚集场所投入使用、营业前消防安全检查申报表" });
    expect(at(b, "f01").confidence).toBeLessThan(0.85);
  });
});

describe("a hotel's permits", () => {
  const forms = [
    src("tzhy", "特种行业许可证申请登记表（旅馆业）", { a01: s("申请单位"), a03: s("旅馆地址"), a06: n("客房数（间）"), a07: n("床位数（张）") }),
    src("wsxk", "公共场所卫生许可证申请书", { dwmc: s("单位名称"), jydz: s("经营地址"), kfs: n("客房数") }),
    src("xfjc", "公众聚集场所投入使用、营业前消防安全检查申报表", { f07: s("单位名称"), f02: s("场所地址"), f15: n("住宿床位数") }),
  ];
  const r = mergeForms(forms);

  it("申请单位 is the unit's name; 旅馆地址 in a 旅馆业 permit is the premises, with a reason naming the title", () => {
    expect(mergedWith(r, "tzhy", "a01")).toEqual(["tzhy#a01", "wsxk#dwmc", "xfjc#f07"]);
    expect(mergedWith(r, "tzhy", "a03")).toEqual(["tzhy#a03", "wsxk#jydz", "xfjc#f02"]);
    expect(r.bindings.tzhy!.find((b) => b.pointer === "/properties/a03")!.reason.zh).toContain("旅馆业");
  });

  it("rooms merge with rooms and beds with beds, never with each other", () => {
    expect(mergedWith(r, "tzhy", "a06")).toEqual(["tzhy#a06", "wsxk#kfs"]);
    expect(mergedWith(r, "tzhy", "a07")).toEqual(["tzhy#a07", "xfjc#f15"]);
  });

  it("a verb before 地点 names no establishment: a signboard's 设置地点 stays the filing's own", () => {
    const b = bindForm({ schema: { type: "object", properties: { szdd: s("设置地点") } } }, { audience: "enterprise", title: "户外招牌设置备案表" });
    expect(at(b, "szdd").element).toBeUndefined();
  });
});
