// A step that decides an item the case does not need is not worked (tryout: 城管 got a 户外招牌 review for a shop
// without a sign): the flow machine passes it along its normal way on and the audit says why, in words, in both
// languages — and works it as usual as soon as the guide's answers make the item apply.
import { describe, expect, it } from "vitest";
import { BundleSchema } from "../../../spec/bundle.js";
import { definitionFromBundle, simulate } from "../../../spec/flow/index.js";
import { fixtureBundle } from "../../fixtures/bundle.js";
import { DEPARTMENTS, flowOf, review, T0 } from "./fixtures.js";

/** The fixture shop (licence by samr, sign by urban when answers.has_sign) with a review per item, in parallel. */
function shop(parallel: boolean) {
  const b = fixtureBundle("skip-shop") as Record<string, unknown>;
  b.flow = parallel
    ? flowOf(
      [["start", "start"], ["split", "parallel", { join: "join" }], ["licence", "review", review("samr", { label: "食品经营许可审核", item: "licence" })],
        ["sign", "review", review("urban", { label: "招牌审核", item: "sign" })], ["join", "join"], ["end", "end", { outcome: "completed" }]],
      [["start", "split"], ["split", "licence"], ["split", "sign"], ["licence", "join"], ["sign", "join"], ["join", "end"]],
    )
    : flowOf(
      [["start", "start"], ["licence", "review", review("samr", { label: "食品经营许可审核", item: "licence" })],
        ["sign", "review", review("urban", { label: "招牌审核", item: "sign" })], ["end", "end", { outcome: "completed" }], ["no", "end", { outcome: "rejected" }]],
      [["start", "licence"], ["licence", "sign"], ["licence", "no", { outcome: "reject" }], ["sign", "end"], ["sign", "no", { outcome: "reject" }]],
    );
  return definitionFromBundle(BundleSchema.parse(b), 1, { departments: DEPARTMENTS });
}

describe.each([["in sequence", false], ["in a parallel branch", true]] as const)("a review of an item that does not apply, %s", (_, parallel) => {
  const def = shop(parallel);

  it("is skipped with an audit entry saying which item and why, and no task for its department", () => {
    const r = simulate(def, { start: T0, answers: { has_sign: false }, data: {} });
    expect(r.status).toBe("completed");
    expect(r.steps.map((s) => [s.node, s.department])).toEqual([["licence", "samr"]]);
    const skipped = r.log.filter((e) => e.kind === "step_skipped");
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ node: "sign", actor: "system", details: { item: "sign", reason: "item_not_applicable" } });
    expect(skipped[0]!.message).toBe("「招牌审核」已跳过：事项「户外招牌设置」不适用于本案（「是否设置户外招牌」须为“是”，实为“否”），无需办理");
    expect(skipped[0]!.messageEn).toBe('"招牌审核" skipped: the item "户外招牌设置" does not apply to this case ("是否设置户外招牌" must be "yes" (it is "no")), so there is nothing to decide');
    expect(Object.values(r.state.tasks).some((t) => t.department === "urban")).toBe(false);
  });

  it("is worked as usual when the answers make the item apply", () => {
    const r = simulate(def, { start: T0, answers: { has_sign: true }, data: {} });
    expect(r.status).toBe("completed");
    expect(r.steps.map((s) => s.department).sort()).toEqual(["samr", "urban"]);
    expect(r.log.some((e) => e.kind === "step_skipped")).toBe(false);
  });
});

describe("a step of an item without a guide condition", () => {
  it("is always worked (the item always applies)", () => {
    const r = simulate(shop(false), { start: T0, answers: { has_sign: true }, data: {} });
    expect(r.log.filter((e) => e.node === "licence").map((e) => e.kind)).not.toContain("step_skipped");
  });
});
