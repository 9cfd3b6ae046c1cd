// A saved draft carried onto a newer version of its one-thing (tryout #33): values the new form still asks are kept,
// in tables row by row; a removed field, a changed type and a choice no longer offered are dropped and named by
// their label in the old form.
import { describe, expect, it } from "vitest";
import { carryDraft } from "../../spec/draft-carry.js";

const OLD = {
  type: "object", properties: {
    shopName: { type: "string", title: "店铺名称" },
    area: { type: "number", title: "经营面积" },
    fax: { type: "string", title: "传真号码" },
    kind: { type: "string", title: "经营类别", enum: ["餐饮", "零售", "外卖"] },
    staff: { type: "array", title: "从业人员", items: { type: "object", properties: { name: { type: "string", title: "姓名" }, cert: { type: "string", title: "健康证号" } } } },
    sign: { type: "object", title: "招牌", properties: { text: { type: "string", title: "招牌文字" } } },
  },
};
const NEW = {
  type: "object", properties: {
    shopName: { type: "string", title: "店铺名称" },
    area: { type: "string", title: "经营面积（文字）" },
    kind: { type: "string", title: "经营类别", enum: ["餐饮", "零售"] },
    staff: { type: "array", title: "从业人员", items: { type: "object", properties: { name: { type: "string", title: "姓名" } } } },
    phone: { type: "string", title: "联系电话" },
  },
};

describe("carryDraft", () => {
  it("keeps what the new form asks and names every dropped value by its old label", () => {
    const draft = { shopName: "张记面馆", area: 45, fax: "010-1", kind: "外卖", staff: [{ name: "李四", cert: "J1" }, { name: "王五" }], sign: { text: "张记" } };
    const r = carryDraft(draft, OLD, NEW);
    expect(r.data).toEqual({ shopName: "张记面馆", staff: [{ name: "李四" }, { name: "王五" }] });
    expect(r.dropped).toEqual([
      { pointer: "/area", label: "经营面积" }, { pointer: "/fax", label: "传真号码" }, { pointer: "/kind", label: "经营类别" },
      { pointer: "/staff/0/cert", label: "从业人员 / 健康证号" }, { pointer: "/sign", label: "招牌" },
    ]);
  });

  it("carries everything and drops nothing when the form did not change", () => {
    const draft = { shopName: "张记面馆", kind: "餐饮", staff: [{ name: "李四" }] };
    expect(carryDraft(draft, NEW, NEW)).toEqual({ data: draft, dropped: [] });
  });
});
