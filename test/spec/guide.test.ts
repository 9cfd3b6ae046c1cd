import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applicableItems, countSituations, enumerateAnswerSets, resolveNotice, validateBundle, visibleQuestions, type Bundle } from "../../spec/index.js";
import { TooManyAnswerSets } from "../../spec/guide.js";
import { materialParty, SELF_PARTY } from "../../spec/material-party.js";

const baseItem = {
  schemaVersion: 1, kind: "item", task_type: "01", by_law: "《食品安全法》第三十五条", anticipate_day: 20, promise_day: 10,
  project_type: "2", serve_type: ["1", "2"], handle_type: ["2"], form: { schema: { type: "object", properties: {} } },
};
const raw = {
  schemaVersion: 1, kind: "bundle", key: "canguan", title: "我要开餐馆", category: "开店", audience: "enterprise", lead: "samr",
  items: [
    { ...baseItem, id: "licence-individual", task_name: "个体工商户登记", department: "samr", dept_name: "市场监管局", anticipate_day: 15, promise_day: 3,
      materials: [{ id: "idcard", material_name: "经营者身份证", necessity: "必要", source_type: "20", licence_type: "resident_id" }] },
    { ...baseItem, id: "licence-company", task_name: "公司设立登记", department: "samr", dept_name: "市场监管局", anticipate_day: 15, promise_day: 1,
      materials: [{ id: "idcard", material_name: "法定代表人身份证", necessity: "必要", source_type: "20", licence_type: "resident_id" }] },
    { ...baseItem, id: "food", task_name: "食品经营许可", department: "samr", dept_name: "市场监管局",
      charges: [],
      materials: [
        { id: "layout", material_name: "经营场所平面布局图", necessity: "必要", source_type: "10" },
        { id: "cold", material_name: "冷食类制售操作流程", necessity: "必要", source_type: "10", handle_case: { "==": [{ var: "answers.cold" }, true] } },
        { id: "health", material_name: "从业人员健康证明", necessity: "容缺后补", source_type: "30", deferral_days: 20 },
      ] },
    { ...baseItem, id: "sign", task_name: "户外招牌设置", department: "urban", dept_name: "城管局", anticipate_day: 7, promise_day: 2, limit_scene_num: 1,
      charges: [{ name: "工本费", standard: "0 元" }] },
  ],
  guide: {
    questions: [
      { id: "entity", title: "以什么身份经营？", type: "single", options: [{ value: "individual", label: "个体工商户" }, { value: "company", label: "公司" }] },
      { id: "cold", title: "是否制售冷食？", type: "boolean" },
      { id: "signboard", title: "是否设置户外招牌？", type: "boolean", visibleIf: { "==": [{ var: "answers.entity" }, "company"] } },
    ],
    applicability: {
      "licence-individual": { "==": [{ var: "answers.entity" }, "individual"] },
      "licence-company": { "==": [{ var: "answers.entity" }, "company"] },
      sign: { "==": [{ var: "answers.signboard" }, true] },
    },
  },
  form: { schema: { type: "object", properties: {} } },
};
const parsed = validateBundle(raw);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const bundle: Bundle = parsed.value;

describe("situation guide", () => {
  it("asks a follow-up question only when an earlier answer makes it relevant", () => {
    expect(visibleQuestions(bundle.guide, { entity: "individual" }).map((q) => q.id)).toEqual(["entity", "cold"]);
    expect(visibleQuestions(bundle.guide, { entity: "company" }).map((q) => q.id)).toEqual(["entity", "cold", "signboard"]);
  });

  it("gives exactly the items and materials of the situation", () => {
    const n = resolveNotice(bundle, { entity: "individual", cold: false }, { samr: "市场监督管理局" });
    expect(n.items.map((i) => i.id)).toEqual(["licence-individual", "food"]);
    expect(n.items[0]!.departmentName).toBe("市场监督管理局");
    expect(n.materials.map((m) => m.id)).toEqual(["idcard", "layout", "health"]);
    expect(n.materials.find((m) => m.id === "idcard")!.heldByGovernment).toBe(true);
    expect(n.materials.find((m) => m.id === "health")).toMatchObject({ deferrable: true, deferralDays: 20 });
    expect(n.skippedItems.map((i) => i.id)).toEqual(["licence-company", "sign"]);
    expect(n.statutoryDaysSequential).toBe(35);
    expect(n.promisedDaysParallel).toBe(10);
    expect(n.visits).toBe(0);
    expect(n.free).toBe(true);
  });

  it("promises what the flow promises — its case limit, else its critical path — the same days the 受理通知书 states (tryout 10 #15)", async () => {
    const { oneThingLimits } = await import("../../spec/one-thing-limits.js");
    const answers = { entity: "individual", cold: false };
    expect(resolveNotice(bundle, answers).promise).toBeUndefined(); // no flow: the longest applying item, per unit
    const flow = { nodes: [{ id: "start", type: "start", data: {} }, { id: "end", type: "end", data: {} }], edges: [{ id: "e", source: "start", target: "end" }], caseLimit: { promisedDays: 6, statutoryDays: 30 } };
    const withFlow = { ...bundle, flow } as unknown as Bundle;
    const n = resolveNotice(withFlow, answers);
    expect(n.promise).toEqual({ days: 6, unit: "工作日" });
    expect(n.promisedDaysParallel).toBe(6);
    const applying = bundle.items.filter((it) => n.items.some((i) => i.id === it.id));
    expect(oneThingLimits(withFlow, applying).promised).toEqual(n.promise);
  });

  it("adds situation-dependent materials and lists a shared e-licence once", () => {
    const n = resolveNotice(bundle, { entity: "company", cold: true, signboard: true });
    expect(n.items.map((i) => i.id)).toEqual(["licence-company", "food", "sign"]);
    expect(n.materials.filter((m) => m.heldByGovernment)).toHaveLength(1);
    expect(n.materials.map((m) => m.id)).toContain("cold");
    expect(n.visits).toBe(1);
    expect(n.free).toBe(false);
  });

  it("reports the visible questions still unanswered", () => {
    expect(resolveNotice(bundle, { entity: "company" }).unanswered).toEqual(["cold", "signboard"]);
  });

  it("counts distinct situations over every answer combination", () => {
    expect(enumerateAnswerSets(bundle.guide)).toHaveLength(2 + 4);
    expect(countSituations(bundle)).toBe(6);
  });

  it("refuses to enumerate past its limit with an error that carries the limit, not a worded message", () => {
    expect(() => enumerateAnswerSets(bundle.guide, 5)).toThrow(TooManyAnswerSets);
    try { enumerateAnswerSets(bundle.guide, 5); } catch (e) { expect((e as TooManyAnswerSets).limit).toBe(5); }
    expect(enumerateAnswerSets(bundle.guide, 6)).toHaveLength(6);
  });

  it("never lists a material of an item that does not apply (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom("individual", "company"), fc.boolean(), fc.boolean(), (entity, cold, signboard) => {
        const answers = { entity, cold, signboard };
        const items = new Set(applicableItems(bundle, answers));
        const n = resolveNotice(bundle, answers);
        return n.materials.every((m) => items.has(m.item)) && n.items.length + n.skippedItems.length === bundle.items.length;
      }),
    );
  });

  it("lists one e-licence once per party: the applicant's own ID card and an agent's are two documents, each with its own applicability (tryout 10 #14)", () => {
    const id = (mid: string, name: string, extra: object = {}) => ({ id: mid, material_name: name, necessity: "必要", source_type: "20", licence_type: "resident_id_card", ...extra });
    const two = validateBundle({
      ...raw, key: "linghuo", items: [
        { ...baseItem, id: "yibao", task_name: "医保参保登记", department: "hsa", dept_name: "医保局", materials: [id("sfz", "参保人居民身份证")] },
        { ...baseItem, id: "card", task_name: "社会保障卡申领", department: "hrss", dept_name: "人社局",
          materials: [id("self", "申领人居民身份证"), id("dbr-sfz", "代办人（监护人）身份证件", { handle_case: { "==": [{ var: "answers.by_agent" }, true] } })] },
      ],
      guide: { questions: [{ id: "by_agent", title: "是否委托他人代办？", type: "boolean" }], applicability: {} },
    });
    if (!two.ok) throw new Error(JSON.stringify(two.problems));
    const names = (byAgent: boolean) => resolveNotice(two.value, { by_agent: byAgent }).materials.map((m) => m.name);
    // 申领人 and 参保人 are both the applicant himself: his ID card is listed once, by the first item asking for it
    expect(names(false)).toEqual(["参保人居民身份证"]);
    expect(names(true)).toEqual(["参保人居民身份证", "代办人（监护人）身份证件"]);
  });

  it("names the party of a material by the role its name begins with; generic roles and no role are the applicant himself", () => {
    expect(materialParty("代办人（监护人）身份证件")).toBe("proxy");
    expect(materialParty("法定代表人身份证")).toBe("legalRep");
    expect(materialParty("参保人居民身份证")).toBe(SELF_PARTY);
    expect(materialParty("申请人身份证")).toBe(SELF_PARTY);
    expect(materialParty("居民身份证")).toBe(SELF_PARTY);
    expect(materialParty("父亲居民身份证")).toBe("father");
  });
});
