// Identity kind: every generated valid 居民身份证 number derives the right sex and birth date (property), the exact
// problem for each kind of mistake, other document types, and derived fields refused when they disagree.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { idCheckChar } from "../../../spec/dictionary/validators.js";
import { applyComputed, checkIdDocument, lockedDerivedFields } from "../../../spec/fields/index.js";
import { validateFormData } from "../../../spec/form-data.js";

const TODAY = "2026-12-02";
const person = {
  type: "object",
  properties: {
    p: {
      type: "object", title: "申请人",
      properties: {
        zjlx: { type: "string", title: "证件类型", enum: ["居民身份证", "护照", "港澳居民来往内地通行证"] },
        sfzh: { type: "string", title: "公民身份号码", format: "cn-idcard" },
        xb: { type: "string", title: "性别", enum: ["男", "女"] },
        csrq: { type: "string", title: "出生日期", format: "date" },
      },
    },
  },
};

const validId = fc.record({
  region: fc.constantFrom("110105", "310104", "440305", "510107", "650102"),
  date: fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2026-12-01T00:00:00Z"), noInvalidDate: true }),
  seq: fc.integer({ min: 0, max: 999 }),
}).map(({ region, date, seq }) => {
  const ymd = date.toISOString().slice(0, 10);
  const first17 = region + ymd.replace(/-/g, "") + String(seq).padStart(3, "0");
  return { id: first17 + idCheckChar(first17), birth: ymd, sex: seq % 2 === 1 ? "男" : "女" };
});

describe("identity kind", () => {
  it("derives the sex and birth date of every valid number (property)", () => {
    fc.assert(fc.property(validId, ({ id, birth, sex }) => {
      const verdict = checkIdDocument("居民身份证", id, TODAY);
      expect(verdict).toEqual({ ok: true, facts: { birthDate: birth, sex } });
      const filled = applyComputed(person, { p: { zjlx: "居民身份证", sfzh: id } }, {}, TODAY);
      expect(filled.p).toEqual({ zjlx: "居民身份证", sfzh: id, xb: sex, csrq: birth });
    }), { numRuns: 300 });
  });

  it("names the exact problem: 校验位, 出生日期, 地区码, length", () => {
    const first17 = "11010519900307123";
    const good = first17 + idCheckChar(first17);
    const wrongCheck = first17 + (good[17] === "0" ? "1" : "0");
    const problem = (v: string) => validateFormData(person, { p: { sfzh: v } }).map((e) => e.message);
    expect(problem(wrongCheck)).toEqual(["校验位不正确，请核对号码"]);
    const badDate = "11010519901307" + "123";
    expect(problem(badDate + idCheckChar(badDate))[0]).toMatch(/^出生日期无效/);
    const badRegion = "99010519900307123";
    expect(problem(badRegion + idCheckChar(badRegion))[0]).toMatch(/^地区码无效/);
    expect(problem("1101051990")[0]).toBe("公民身份号码应为 18 位，现在是 10 位");
    // English comes with every kind error, for the browser in English mode.
    expect(validateFormData(person, { p: { sfzh: wrongCheck } })[0]!.messageEn).toBe("The check character is wrong: please check the number");
  });

  it("checks other document types by their own rule and derives nothing from them", () => {
    expect(checkIdDocument("护照", "E12345678", TODAY)).toEqual({ ok: true });
    expect(checkIdDocument("港澳居民来往内地通行证", "H12345678", TODAY)).toEqual({ ok: true });
    expect(validateFormData(person, { p: { zjlx: "港澳居民来往内地通行证", sfzh: "12345678" } })[0]!.message).toMatch(/H 或 M/);
    const data = { p: { zjlx: "护照", sfzh: "E12345678", xb: "女", csrq: "1990-01-01" } };
    expect(applyComputed(person, data, {}, TODAY)).toEqual(data);
    expect(lockedDerivedFields(person, data, TODAY)).toEqual([]);
  });

  it("locks the derived fields while the number carries them and refuses a disagreeing sex", () => {
    const first17 = "11010519900307123";
    const id = first17 + idCheckChar(first17);
    expect(lockedDerivedFields(person, { p: { sfzh: id } }, TODAY)).toEqual(["/p/xb", "/p/csrq"]);
    const errors = validateFormData(person, { p: { sfzh: id, xb: "女", csrq: "1990-03-07" } });
    expect(errors.map((e) => [e.pointer, e.message])).toEqual([["/p/xb", "性别与证件号码不一致（号码显示为男）"]]);
  });

  it("refuses a newborn's number whose birth date is after today", () => {
    const first17 = "11010520991231123";
    expect(checkIdDocument("居民身份证", first17 + idCheckChar(first17), TODAY)).toMatchObject({ ok: false, code: "birthDate" });
  });
});
