// 秒批 in a built-in one-thing: the newborn's 城乡居民医保参保登记 (出生一件事) is approved by its rule when the birth
// data and the parents' identity documents check out — the audit trail says which rule decided, the system decided
// it, and no person of 医疗保障局 handled it — and falls back to a 医疗保障局 reviewer when a check fails.
import { describe, expect, it } from "vitest";
import { definitionFromBundle, simulate } from "../../../spec/flow/index.js";
import { loadBuiltinTemplates } from "../../../templates/load.js";
import { DEPARTMENTS, T0 } from "./fixtures.js";

const chusheng = loadBuiltinTemplates().find((b) => b.key === "chusheng")!;
const def = definitionFromBundle(chusheng, 1, { departments: DEPARTMENTS });
const answers = { bornplace: "hospital", married: true, joinwith: "father", ethnicity: false, military: false, sscard: true };
const verified = {
  newborn: { name: "王小明", birthplaceCategory: "医院", gestationalWeeks: 39, birthWeight: 3300 },
  mother: { name: "李华", idType: "居民身份证", idNumber: "110101199003071222" },
  father: { name: "王强", idType: "居民身份证", idNumber: "110101198805120018" },
};

describe("出生一件事: 医保参保登记 by 秒批", () => {
  it("is approved by its rule when the birth data and the parents' identity documents check out", () => {
    const r = simulate(def, { start: T0, answers, data: verified });
    expect(r.status).toBe("completed");
    const decided = r.log.find((e) => e.kind === "auto_approved");
    expect(decided).toMatchObject({ actor: "system", node: "review-insurance", details: { rule: 0 } });
    expect(decided!.message).toContain("依据规则 1：出生医学证明数据完整");
    expect(r.steps.filter((s) => s.department === "nhsa")).toEqual([]);
    expect(r.state.results.find((x) => x.node === "review-insurance")).toMatchObject({ by: "system", name: "参保登记信息（医保电子凭证可激活）" });
  });

  it("falls back to a 医疗保障局 reviewer when a check fails (a parent without a resident ID card)", () => {
    const r = simulate(def, { start: T0, answers, data: { ...verified, father: { name: "John Smith", idType: "外国护照", idNumber: "E12345678" } } });
    expect(r.status).toBe("completed");
    const handOver = r.log.find((e) => e.kind === "auto_manual");
    // the reviewer reads which check failed, by the form's labels and the value given — not "no rule held" alone
    expect(handOver?.message).toContain("转人工审核：未满足任何秒批规则（规则 1：「父亲 / 姓名」须为空，实为“John Smith”，或者「父亲 / 身份证件类型」须为“居民身份证”，实为“外国护照”）");
    expect(handOver?.messageEn).toContain('"父亲 / 身份证件类型" must be "居民身份证" (it is "外国护照")');
    expect(r.log.some((e) => e.kind === "auto_approved")).toBe(false);
    expect(r.steps.filter((s) => s.node === "review-insurance").map((s) => [s.department, s.action])).toEqual([["nhsa", "approve"]]);
  });
});
