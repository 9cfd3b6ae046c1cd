// The workbench's pickers offer this case's materials only, each document once, with the missing ones first in the
// correction notice and the 容缺 deadline from the materials' own days.
import { describe, expect, test } from "vitest";
import type { ApplicationMaterialView } from "../../spec/api.js";
import { caseMaterials, deferralRange, shortestDeferral } from "../../runtime/workbench/case-materials.js";
import { initialRows, toDeficiencies } from "../../runtime/workbench/DeficiencyEditor.js";

const file = { id: "att_1", material: "x", name: "a.pdf", mime: "application/pdf", size: 1, sha256: "0", createdAt: "2026-03-02T02:00:00.000Z", url: "/f" };
const m = (item: string, id: string, name: string, necessity: ApplicationMaterialView["necessity"], extra: Partial<ApplicationMaterialView> = {}): ApplicationMaterialView => ({
  key: `${item}/${id}`, item, itemName: item, id, name, necessity, heldByGovernment: false, accept: ["application/pdf"], maxSizeMb: 10, attachments: [], ...extra,
});

describe("case materials", () => {
  const view = { materials: [
    ...["reg", "tax", "seal", "bank", "si"].map((item) => m(item, "licence", "营业执照", item === "bank" ? "必要" : "非必要")),
    m("reg", "lease", "场地租赁合同", "容缺后补", { deferralDays: 5 }),
    m("tax", "lease", "场地租赁合同", "容缺后补", { deferralDays: 3 }),
    m("reg", "id", "法定代表人身份证", "必要", { heldByGovernment: true }),
    m("reg", "plan", "平面图", "必要", { attachments: [file] }),
    m("reg", "original", "房产证原件", "必要"),
    m("si", "account", "缴费账户", "容缺后补", { deferralDays: 10, promise: { text: "…", signedName: "张三", signedAt: "2026-03-02T02:00:00.000Z", deferralDays: 10 } }),
  ] };
  const list = caseMaterials(view, new Set(["reg/original"]));

  test("a 容缺 deadline starts at what the applicant signed, may not be shorter, nor longer than the materials allow (tryout 10 #24)", () => {
    expect(list.find((x) => x.name === "缴费账户")).toMatchObject({ promised: true, promiseDays: 10 });
    expect(deferralRange(list, ["account"])).toEqual({ min: 10, max: 10, initial: 10 });
    expect(deferralRange(list, ["lease"])).toEqual({ min: 1, max: 3, initial: 3 });
    // the shorter limit of another chosen material wins over the signed days: never beyond what an item allows
    expect(deferralRange(list, ["lease", "account"])).toEqual({ min: 3, max: 3, initial: 3 });
  });

  test("lists each document once, as required as its most demanding item", () => {
    expect(list.map((x) => x.name)).toEqual(["营业执照", "场地租赁合同", "法定代表人身份证", "平面图", "房产证原件", "缴费账户"]);
    expect(list.find((x) => x.name === "营业执照")).toMatchObject({ necessity: "必要", missing: true });
  });

  test("counts as missing only what is neither uploaded, held as an e-licence, a paper original, nor promised", () => {
    expect(list.filter((x) => x.missing).map((x) => x.name)).toEqual(["营业执照", "场地租赁合同"]);
    expect(list.find((x) => x.name === "缴费账户")).toMatchObject({ promised: true, missing: false });
  });

  test("starts a correction notice with the missing materials, reasons prefilled, and drops repeats", () => {
    const rows = initialRows(list, "未提交该材料");
    expect(rows).toEqual([{ what: "material:reg:licence", reason: "未提交该材料" }, { what: "material:reg:lease", reason: "未提交该材料" }]);
    expect(toDeficiencies([...rows, rows[0]!], [], list)).toEqual([
      { kind: "material", ref: "licence", item: "reg", label: "营业执照", reason: "未提交该材料" },
      { kind: "material", ref: "lease", item: "reg", label: "场地租赁合同", reason: "未提交该材料" },
    ]);
    expect(initialRows([], "x")).toEqual([{ what: "", reason: "" }]);
  });

  test("prefills the 容缺 deadline with the shortest limit of the chosen materials", () => {
    expect(shortestDeferral(list, ["lease", "account"])).toBe(3);
    expect(shortestDeferral(list, ["licence"])).toBeUndefined();
  });
});
