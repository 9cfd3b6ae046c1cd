// The diff of two item versions the upgrade banner shows: fields, materials, limits, fees, other elements; a
// version bump alone is an empty diff.
import { describe, expect, it } from "vitest";
import { diffItemVersions, isEmptyItemDiff } from "../../../spec/catalogue/item-diff.js";

const v1 = {
  schemaVersion: 1, kind: "item", id: "shiwu", version: 1, task_name: "食品经营许可", department: "samr", by_law: "《食品安全法》",
  anticipate_day: 20, promise_day: 10, is_charge: false, charges: [], place: "政务服务中心 3 号窗口",
  materials: [{ id: "sqs", material_name: "申请书", necessity: "必要", source_type: "10", copies: 0 }],
  form: { schema: { type: "object", properties: { name: { type: "string", title: "经营者名称" }, area: { type: "number", title: "面积" } } } },
};

describe("diffItemVersions", () => {
  it("a version bump alone is an empty diff", () => {
    const d = diffItemVersions(v1, { ...v1, version: 2 });
    expect(isEmptyItemDiff(d)).toBe(true);
    expect([d.from, d.to]).toEqual([1, 2]);
  });

  it("names what changed in fields, materials, limits, fees and other elements", () => {
    const v2 = {
      ...v1, version: 2, promise_day: 5, is_charge: true, charges: [{ name: "工本费", standard: "10 元" }], place: "政务服务中心 5 号窗口",
      materials: [{ ...v1.materials[0], copies: 2 }, { id: "pmt", material_name: "经营场所平面图", necessity: "必要", source_type: "10" }],
      form: { schema: { type: "object", properties: { name: { type: "string", title: "经营者全称" }, area: { type: "number", title: "面积", minimum: 1 }, tel: { type: "string", title: "联系电话" } } } },
    };
    const d = diffItemVersions(v1, v2);
    expect(d.fields.added).toEqual([{ pointer: "/properties/tel", title: "联系电话" }]);
    expect(d.fields.relabelled).toEqual([{ pointer: "/properties/name", from: "经营者名称", to: "经营者全称" }]);
    expect(d.fields.changed.map((f) => f.pointer)).toEqual(["/properties/area"]);
    expect(d.fields.removed).toEqual([]);
    expect(d.materials.added).toEqual([{ id: "pmt", name: "经营场所平面图" }]);
    expect(d.materials.changed).toEqual([{ id: "sqs", name: "申请书", changes: [{ key: "copies", label: "复印件份数", from: 0, to: 2 }] }]);
    expect(d.limits).toEqual([{ key: "promise_day", label: "承诺办结时限", from: 10, to: 5 }]);
    expect(d.fees.changes).toEqual([{ key: "is_charge", label: "是否收费", from: false, to: true }]);
    expect(d.fees.added).toEqual(["工本费"]);
    expect(d.elements).toEqual([{ key: "place", label: "办理地点", from: "政务服务中心 3 号窗口", to: "政务服务中心 5 号窗口" }]);
    expect(isEmptyItemDiff(d)).toBe(false);
  });

  it("a removed material and field are listed; bad input never throws", () => {
    const d = diffItemVersions(v1, { ...v1, version: 3, materials: [], form: { schema: { type: "object", properties: { name: { type: "string", title: "经营者名称" } } } } });
    expect(d.materials.removed).toEqual([{ id: "sqs", name: "申请书" }]);
    expect(d.fields.removed).toEqual([{ pointer: "/properties/area", title: "面积" }]);
    expect(() => diffItemVersions(null, "x")).not.toThrow();
  });
});
