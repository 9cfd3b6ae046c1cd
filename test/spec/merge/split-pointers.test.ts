// itemPlaces: where a merged field's value lands in each item's own data — through renamed keys, nested sections and
// table rows, for every item that shares the field — the same mapping splitData makes, checked as a property too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemPlaces, splitData } from "../../../spec/merge/index.js";
import { getAtPointer } from "../../../spec/pointer.js";

const form = {
  provenance: {
    "/properties/applicant/properties/idNumber": [{ item: "a", pointer: "/properties/sfzh" }, { item: "b", pointer: "/properties/person/properties/zjhm" }],
    "/properties/applicant/properties/sex": [{ item: "b", pointer: "/properties/person/properties/xb", values: { 男: "男性" } }],
    "/properties/members/items/properties/idNumber": [{ item: "b", pointer: "/properties/family/items/properties/id" }],
    "/properties/shopName": [{ item: "a", pointer: "/properties/name" }],
  },
};
const data = { applicant: { idNumber: "11010519491231002X", sex: "男" }, members: [{ idNumber: "110105200001010011" }, { idNumber: "110105200201010022" }], shopName: "张记" };

describe("itemPlaces", () => {
  it("names each item's pointer of a merged field, row by row, and every item sharing it", () => {
    expect(itemPlaces(form, data, ["/applicant/idNumber", "/members/1/idNumber"])).toEqual({
      a: [{ pointer: "/sfzh", casePointer: "/applicant/idNumber" }],
      b: [{ pointer: "/person/zjhm", casePointer: "/applicant/idNumber" }, { pointer: "/family/1/id", casePointer: "/members/1/idNumber" }],
    });
  });

  it("ignores a pointer without a value and one no item provides, and leaves the data untouched", () => {
    const before = structuredClone(data);
    expect(itemPlaces(form, data, ["/applicant/phone", "/nowhere", ""])).toEqual({});
    expect(itemPlaces(form, { ...data, extra: "x" }, ["/extra"])).toEqual({});
    expect(data).toEqual(before);
  });

  it("finds a field whose choices the item words differently", () => {
    expect(itemPlaces(form, data, ["/applicant/sex"])).toEqual({ b: [{ pointer: "/person/xb", casePointer: "/applicant/sex" }] });
  });

  it("every place holds, in splitData's payload, the value of its case field", () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 0, maxLength: 4 }), fc.string({ minLength: 1 }), (ids, own) => {
      const d = { applicant: { idNumber: own }, members: ids.map((idNumber) => ({ idNumber })), shopName: "x" };
      const pointers = ["/applicant/idNumber", ...ids.map((_, i) => `/members/${i}/idNumber`)];
      const places = itemPlaces(form, d, pointers);
      const parts = splitData(form, d);
      const found = Object.entries(places).flatMap(([item, ps]) => ps.map((p) => [getAtPointer(parts[item], p.pointer), getAtPointer(d, p.casePointer)]));
      for (const [got, want] of found) expect(got).toBe(want);
      expect(places.b?.length ?? 0).toBe(1 + ids.length);
    }));
  });
});
