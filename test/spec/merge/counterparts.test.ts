// Two parties of equal standing in every form (buyer and seller, husband and wife), each form with its own words:
// they align role to role across forms and never cross; and a company's errand-runner named by a word the
// dictionary does not know is never taken for its legal representative.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeForms, type MergeSource } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
const src = (id: string, title: string, properties: Record<string, unknown>, audience: "person" | "enterprise" = "person"): MergeSource =>
  ({ id, title, audience, form: { schema: { type: "object", title, properties } } });
const ID = { pattern: "^[0-9]{17}[0-9Xx]$" };
const person = (title: string) => sec(title, { xm: s("姓名"), sfzh: s("身份证号码", ID), dh: s("联系电话") });
const ownerOf = (r: ReturnType<typeof mergeForms>, item: string, pointer: string) =>
  Object.entries(r.form.provenance).find(([, refs]) => refs.some((x) => x.item === item && x.pointer === pointer))?.[0];
const name = (sect: string) => `/properties/${sect}/properties/xm`;

// A house sale worded as three departments would (none of these forms is in the evaluation sets).
const sale = [
  src("ht", "房屋买卖合同备案表", { a: person("卖方"), b: person("买方") }),
  src("ss", "房产交易税费申报表", { zr: person("转让人信息"), sr: person("受让人信息") }),
  src("gh", "燃气过户申请单", { x: person("新用户（买受人）"), y: person("原用户（出卖人）") }),
];
// A marriage worded as two departments would.
const couple = [
  src("dj", "婚姻状况登记表", { m: person("男方"), w: person("女方") }),
  src("ws", "夫妻双方信息采集表", { w: person("妻子信息"), m: person("丈夫信息") }),
];

/** Whether two fields ended up in one merged field. */
const together = (r: ReturnType<typeof mergeForms>, a: [string, string], b: [string, string]) => {
  const x = ownerOf(r, a[0], name(a[1])), y = ownerOf(r, b[0], name(b[1]));
  return !!x && x === y;
};

describe("two parties of equal standing", () => {
  it("buyer merges with buyer and seller with seller across forms, whatever each form calls them", () => {
    const r = mergeForms(sale);
    expect(together(r, ["ht", "b"], ["ss", "sr"])).toBe(true);
    expect(together(r, ["ht", "b"], ["gh", "x"])).toBe(true);
    expect(together(r, ["ht", "a"], ["ss", "zr"])).toBe(true);
    expect(together(r, ["ht", "a"], ["gh", "y"])).toBe(true);
    expect(together(r, ["ht", "a"], ["ht", "b"])).toBe(false);
    expect(together(r, ["ss", "sr"], ["gh", "y"])).toBe(false);
    // Nor is buyer ever suggested with seller.
    const crossing = r.suggestions.filter((g) => (g.pairs ?? []).some((p) => (p.a.pointer.includes("/a/") && p.b.pointer.includes("/sr/")) || (p.a.pointer.includes("/b/") && p.b.pointer.includes("/zr/"))));
    expect(crossing).toEqual([]);
  });

  it("husband merges with 男方 and wife with 女方, never across", () => {
    const r = mergeForms(couple);
    expect(together(r, ["dj", "m"], ["ws", "m"])).toBe(true);
    expect(together(r, ["dj", "w"], ["ws", "w"])).toBe(true);
    expect(together(r, ["dj", "m"], ["ws", "w"])).toBe(false);
    expect(together(r, ["dj", "m"], ["dj", "w"])).toBe(false);
  });

  it("does not depend on the order of the forms, and two sections of one form never merge", () => {
    const forms = [...sale, ...couple];
    fc.assert(fc.property(fc.shuffledSubarray(forms, { minLength: 2 }), (picked) => {
      const r = mergeForms(picked);
      const back = mergeForms([...picked].reverse());
      for (const f of picked) {
        const [a, b] = Object.keys((f.form.schema as { properties: Record<string, unknown> }).properties);
        expect(together(r, [f.id, a!], [f.id, b!])).toBe(false);
        for (const g of picked) for (const k of [a!, b!]) for (const l of Object.keys((g.form.schema as { properties: Record<string, unknown> }).properties)) {
          expect(together(r, [f.id, k], [g.id, l])).toBe(together(back, [f.id, k], [g.id, l]));
        }
      }
    }), { numRuns: 30 });
  });
});

describe("company people kept apart", () => {
  // A company's closing worded as two departments would; the seal form's person is an errand-runner.
  const closing = [
    src("zx", "公司注销登记申请书", { qymc: s("企业名称"), fr: person("法定代表人") }, "enterprise"),
    src("yz", "公章缴回登记表", { qymc: s("企业名称"), jh: person("缴回人（经办人）") }, "enterprise"),
  ];
  it("an errand-runner named by an unknown word is neither merged nor suggested with the legal representative", () => {
    for (const forms of [closing, [...closing].reverse()]) {
      const r = mergeForms(forms);
      expect(together(r, ["zx", "fr"], ["yz", "jh"])).toBe(false);
      expect(r.suggestions.filter((g) => g.sources.some((x) => x.item === "yz" && x.pointer.includes("/jh/")) && g.sources.some((x) => x.pointer.includes("/fr/")))).toEqual([]);
    }
  });
});

describe("the day of a marriage", () => {
  it("结婚日期 and 结婚登记日期 of two forms are one datum, offered for merging", () => {
    const forms = [
      src("a", "婚育情况登记表", { rq: s("结婚日期", { format: "date" }) }),
      src("b", "婚姻信息变更表", { d: s("结婚登记日期", { format: "date" }) }),
    ];
    for (const order of [forms, [...forms].reverse()]) {
      const r = mergeForms(order);
      const offered = r.suggestions.filter((g) => g.sources.some((x) => x.item === "a") && g.sources.some((x) => x.item === "b"));
      const merged = ownerOf(r, "a", "/properties/rq") === ownerOf(r, "b", "/properties/d");
      expect(merged || offered.length === 1, "merged, or offered as one suggestion").toBe(true);
      expect(r.bindings.a!.find((f) => f.pointer === "/properties/rq")!.element).toBe("marriageDate");
      expect(r.bindings.b!.find((f) => f.pointer === "/properties/d")!.element).toBe("marriageDate");
    }
  });
});
