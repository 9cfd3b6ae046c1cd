// Staff split one source field out of a merged field (拆分): that source, and only it, leaves — alone in a field of its
// own — and every other source stays in the field it was in (tryout 8, issue 4: the other form's field moved instead).
// Checked for fields merged in a role section; see checkEverySplit for what is not covered.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeForms, type MergeEdit, type MergeResult, type MergeSource } from "../../../spec/merge/index.js";
import { sourcesArb } from "./arb-forms.js";

type Ref = { item: string; pointer: string };
const key = (r: Ref) => `${r.item}#${r.pointer}`;
const owners = (r: MergeResult) => new Map(Object.entries(r.form.provenance).flatMap(([p, refs]) => refs.map((x) => [key(x), p] as const)));
const split = (ref: Ref): MergeEdit => ({ kind: "split", refs: [ref], by: "测试员", at: "2026-12-04T08:00:00.000Z" });

/** Asserts the split invariant for every source S of every merged field M of `sources` (merged with `all`): S alone,
 *  not in M; the rest of M together; every source of another field where it was. */
function checkEverySplit(sources: MergeSource[], all: boolean): void {
  const before = mergeForms(sources, { applySuggestions: all });
  const was = owners(before);
  const items = new Set(sources.map((x) => x.id));
  for (const [pointer, refs] of Object.entries(before.form.provenance)) {
    // Fields merged in a role section (one per role and element). Fields shared by label sit in their first form's
    // section and tables keep the first form's shape, so there the remaining sources follow their own form: not covered.
    if (refs.length < 2 || items.has(pointer.split("/")[2]!)) continue;
    for (const s of refs) {
      const after = mergeForms(sources, { applySuggestions: all, hand: [split(s)] });
      const now = owners(after);
      const own = now.get(key(s))!;
      expect(after.form.provenance[own], `${key(s)} split out of ${pointer}`).toEqual([s]);
      expect(own).not.toBe(pointer);
      // The rest of the merged field stays together, in that field when their own binding names its place.
      const rest = refs.filter((x) => key(x) !== key(s));
      expect(new Set(rest.map((x) => now.get(key(x)))).size, `the rest of ${pointer}`).toBe(1);
      for (const [other, p] of was) if (p !== pointer) expect(now.get(other), `${other} after splitting ${key(s)}`).toBe(p);
    }
  }
}

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });

describe("splitting a source field out of a merged field", () => {
  it("the tryout's bank accounts: splitting the first form's account leaves the second form's in the merged field", () => {
    const sources: MergeSource[] = [
      { id: "item-1", title: "住房公积金提取申请表", audience: "person", form: { schema: { type: "object", properties: { sqr: { type: "object", title: "申请人信息", properties: { xm: s("姓名"), yhzh: s("银行账号") } } } } } },
      { id: "item-2", title: "租赁住房备案登记表", audience: "person", form: { schema: { type: "object", properties: { sqr: { type: "object", title: "申请人信息", properties: { xm: s("姓名"), yhzh: s("银行账号") } } } } } },
    ];
    const merged = mergeForms(sources);
    const bank = Object.entries(merged.form.provenance).find(([, refs]) => refs.length === 2 && refs.some((r) => r.pointer.endsWith("/yhzh")))!;
    expect(bank, JSON.stringify(merged.form.provenance)).toBeDefined();
    const after = mergeForms(sources, { hand: [split({ item: "item-1", pointer: "/properties/sqr/properties/yhzh" })] });
    expect(after.form.provenance[bank[0]]).toEqual([{ item: "item-2", pointer: "/properties/sqr/properties/yhzh" }]);
    checkEverySplit(sources, false);
  });

  // The default merge. With every suggestion applied, a split can unblock a suggestion that joins another field.
  it("property: S alone in a new field, the rest of its field together, every other source where it was", () => {
    fc.assert(fc.property(sourcesArb, (sources) => checkEverySplit(sources, false)), { numRuns: 80 });
  });
});
