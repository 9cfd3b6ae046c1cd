// Region, address, organisation, money, dates, classification and signature kinds: what each accepts and the
// exact problem of what it refuses, through validateFormData (the server's and the browser's validation).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chineseAmount, decodeUscc, fieldKindOf, gbt4754, parseCodeList, setFieldClock } from "../../../spec/fields/index.js";
import { usccCheckChar } from "../../../spec/dictionary/validators.js";
import { validateFormData } from "../../../spec/form-data.js";

const one = (schema: Record<string, unknown>, value: unknown) =>
  validateFormData({ type: "object", properties: { v: schema } }, { v: value }).map((e) => e.message);

describe("region kind", () => {
  const region = { type: "string", title: "申报落户地行政区划", format: "cn-region-code" };
  it("is inferred from the GB/T 2260 format and accepts current county codes", () => {
    expect(fieldKindOf(region)).toBe("region");
    expect(one(region, "110105")).toEqual([]);
    expect(one(region, "441900")).toEqual([]); // 东莞市 has no counties
  });
  it("asks to go on to the county and refuses unknown codes", () => {
    expect(one(region, "110000")).toEqual(["请继续选择地市和区县"]);
    expect(one(region, "440300")).toEqual(["请继续选择区县"]);
    expect(one(region, "110199")[0]).toMatch(/^地区码无效/);
    expect(one({ ...region, "x-options": { levels: 2 } }, "440300")).toEqual([]);
  });
});

describe("address kind", () => {
  const addr = { type: "object", "x-kind": "address", properties: { code: { type: "string" }, names: { type: "string" }, detail: { type: "string" } }, required: ["code", "detail"] };
  it("stores code, names and detail and checks the names against the code", () => {
    expect(one(addr, { code: "110105", names: "北京市 朝阳区", detail: "建国路 1 号" })).toEqual([]);
    expect(one(addr, { code: "110105", names: "上海市 浦东新区", detail: "x" })).toEqual(["地区名称应为「北京市 朝阳区」"]);
  });
});

describe("organisation kind", () => {
  it("decodes a valid code and names the exact problem of a wrong one", () => {
    expect(decodeUscc("91350100M000100Y43")).toEqual({ authority: "市场监管（工商）", type: "企业", region: "福建省 福州市" });
    const org = { type: "string", format: "cn-uscc" };
    expect(one(org, "91350100M000100Y44")).toEqual(["校验位不正确，请核对代码"]);
    expect(one(org, "91350100M000100Y4")).toEqual(["统一社会信用代码应为 18 位，现在是 17 位"]);
    const first17 = "95350100M000100Y4";
    expect(one(org, first17 + usccCheckChar(first17))[0]).toBe("机构类别代码「5」不属于市场监管（工商）登记的机构");
  });
});

describe("money kind", () => {
  const money = { type: "number", title: "注册资本", "x-kind": "money", "x-options": { unit: "元" }, minimum: 0 };
  it("limits decimals and writes 大写", () => {
    expect(one(money, 1234.5)).toEqual([]);
    expect(one(money, 1.234)).toEqual(["最多 2 位小数"]);
    expect(chineseAmount(1_000_000)).toBe("壹佰万元整");
    expect(chineseAmount(1234.56)).toBe("壹仟贰佰叁拾肆元伍角陆分");
    expect(chineseAmount(100.05)).toBe("壹佰元零伍分");
    expect(chineseAmount(100_010_000)).toBe("壹亿零壹万元整");
  });
  it("refuses the text '1e9' (the widget keeps it as text; only plain decimals become numbers)", () => {
    expect(validateFormData({ type: "object", properties: { v: money } }, { v: "1e9" }).map((e) => e.keyword)).toEqual(["type"]);
  });
  it("大写 of every amount to the fen round-trips its digits (property)", () => {
    const DIG = "零壹贰叁肆伍陆柒捌玖";
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999_99 }), (fen) => {
      const text = chineseAmount(fen / 100)!;
      expect(text.endsWith("整") || text.endsWith("分") || text.endsWith("角")).toBe(true);
      expect([...text].filter((c) => DIG.includes(c) && c !== "零").length).toBe([...String(fen)].filter((c) => c !== "0").length);
    }), { numRuns: 300 });
  });
});

describe("date kinds", () => {
  it("refuses a newborn's birth date after today (Beijing) and orders two dates", () => {
    const prev = setFieldClock(() => Date.parse("2026-12-02T16:30:00Z")); // 2026-12-03 00:30 in Beijing
    try {
      const birth = { type: "string", format: "date", "x-kind": "date", "x-options": { notFuture: true } };
      expect(one(birth, "2026-12-03")).toEqual([]);
      expect(one(birth, "2026-12-04")).toEqual(["不能晚于今天（2026年12月3日）"]);
    } finally { setFieldClock(prev); }
    const form = { type: "object", properties: { a: { type: "string", title: "出资时间", format: "date" }, b: { type: "string", format: "date", "x-kind": "date", "x-options": { after: "a" } } } };
    expect(validateFormData(form, { a: "2026-05-01", b: "2026-04-01" }).map((e) => e.message)).toEqual(["不能早于「出资时间」（2026年5月1日）"]);
  });
  it("takes 长期 instead of an end date", () => {
    const range = { type: "object", "x-kind": "dateRange", properties: { start: { type: "string", format: "date" }, end: { type: "string", format: "date" }, longTerm: { type: "boolean" } } };
    expect(one(range, { start: "2026-01-01", longTerm: true })).toEqual([]);
    expect(one(range, { start: "2026-01-01" })).toEqual(["请填写截止日期，或选择长期"]);
    expect(one(range, { start: "2026-01-01", end: "2025-01-01" })).toEqual(["截止日期不能早于起始日期"]);
  });
});

describe("classification kind", () => {
  it("ships GB/T 4754 complete and refuses codes that are not leaves", () => {
    const list = gbt4754();
    const count = (n: number) => list.entries.filter((e) => (n === 1 ? /^[A-Z]$/.test(e.code) : e.code.length === n)).length;
    expect([count(1), count(2), count(3), count(4)]).toEqual([20, 97, 473, 1381]);
    expect(list.byCode.get("6513")?.name).toBe("应用软件开发");
    const hy = { type: "string", "x-kind": "classification", "x-options": { list: "gbt4754" } };
    expect(one(hy, "6513")).toEqual([]);
    expect(one(hy, "651")[0]).toMatch(/^请选择到最细一级/);
    expect(one(hy, "6599x")[0]).toMatch(/不在代码表中/);
  });
  it("turns an uploaded CSV into a picker and lists every problem with its line", () => {
    const ok = parseCodeList("代码,名称,上级代码\nA,餐饮,\nA1,热食,A\nA2,冷食,A");
    expect(ok).toEqual({ ok: true, entries: [{ code: "A", name: "餐饮" }, { code: "A1", name: "热食", parent: "A" }, { code: "A2", name: "冷食", parent: "A" }] });
    expect(parseCodeList("代码,名称,上级代码\nA,餐饮,\nA,重复,\nB1,,\nC1,孤儿,Z")).toEqual({ ok: false, problems: [
      { line: 3, message: "代码 A 重复" }, { line: 4, message: "代码 B1 缺少名称" }, { line: 5, message: "代码 C1 的上级代码 Z 不存在" }] });
    const field = { type: "string", "x-kind": "classification", "x-options": { codes: (ok as { entries: unknown[] }).entries } };
    expect(one(field, "A1")).toEqual([]);
    expect(one(field, "A")[0]).toMatch(/^请选择到最细一级/);
  });
});

describe("signature kind", () => {
  const sig = { type: "object", "x-kind": "signature", properties: { image: { type: "string" }, name: { type: "string" }, signedAt: { type: "string", format: "date-time" } } };
  it("accepts a PNG with name and time and refuses anything else as the image", () => {
    expect(one(sig, { image: "data:image/png;base64,iVBORw0KGgo=", name: "张三", signedAt: "2026-12-02T10:00:00Z" })).toEqual([]);
    expect(one(sig, { image: "data:text/html;base64,PHNjcmlwdD4=", name: "张三", signedAt: "2026-12-02T10:00:00Z" })).toEqual(["签名图像无效，请重新签名"]);
  });
});

describe("birth dates on any form", () => {
  it("refuses a 出生日期 after today without configuration (a newborn's included)", () => {
    const form = { type: "object", properties: { baby: { type: "object", properties: { csrq: { type: "string", title: "出生日期", format: "date" } } } } };
    expect(validateFormData(form, { baby: { csrq: "2999-01-01" } }).map((e) => e.message)[0]).toMatch(/^不能晚于今天/);
    expect(validateFormData(form, { baby: { csrq: "2020-01-01" } })).toEqual([]);
  });
});
