// Staff decisions on merge suggestions in the studio, on the 企业开办 template whose authors accepted every suggestion
// (merge.json decisions): a re-merge keeps the decisions, so the group suggestion 企业负责人 ~ 法定代表人 stays merged
// and is shown as merged (each of its four pairs one field); accepting it again is refused, never a success with no
// field; reconsidering it makes it wait again, and accepting it then merges pair by pair and records the decision;
// a pair that cannot merge refuses the whole suggestion with its reason and leaves the form as it was; a keep-apart
// survives a re-merge.
import { describe, expect, it } from "vitest";
import { mergeForms, type MergeOptions, type MergeSuggestion } from "../../spec/merge/index.js";
import { recordDecision } from "../../spec/catalogue/replay.js";
import { loadTemplate } from "../../templates/load.js";
import { mergeSources, sourceOwners } from "../../editor/designers/merge/ops.js";
import { editsOf, replay } from "../../editor/designers/merge/hand-ops.js";
import { acceptSuggestion, isDecided, reconsiderSuggestion, suggestionMerged } from "../../editor/designers/merge/suggestions.js";
import type { Json } from "../../editor/designers/common/doc.js";

const doc = loadTemplate(new URL("../../templates/qiye-kaiban", import.meta.url).pathname) as unknown as Json;
const sources = mergeSources(doc);
const OPTS: MergeOptions = { profileRoles: ["legalRep"], licences: ["resident_id_card"] };
const GROUP = "related-role:role:entHead~legalRep";
const decisionsOf = (form: Json) => (form.decisions ?? {}) as Record<string, "accept" | "reject">;
/** What the studio does on 重新合并: replay the edits with the recorded decisions. */
const remerge = (form: Json): Json => {
  const out = replay(sources, form, editsOf(form), { ...OPTS, decisions: decisionsOf(form) });
  if ("error" in out) throw new Error(out.error);
  return out.form;
};
const suggestion = (form: Json, id: string): MergeSuggestion => {
  const s = mergeForms(sources, { ...OPTS, decisions: decisionsOf(form), hand: editsOf(form) }).suggestions.find((x) => x.id === id);
  if (!s) throw new Error(`no suggestion ${id}`);
  return s;
};
const owner = (form: Json, r: { item: string; pointer: string }) => sourceOwners(form).get(`${r.item}#${r.pointer}`);
const name = (id: string) => `《${id}》`;

describe("suggestions in the merge studio", () => {
  it("a re-merge keeps the decisions, and a group suggestion it applied is merged, not pending", () => {
    const form = remerge(doc.form as Json);
    expect(decisionsOf(form)[GROUP]).toBe("accept");
    const s = suggestion(form, GROUP);
    expect(s.pairs?.length).toBe(4);
    expect(suggestionMerged(form, s)).toBe(true);
    expect(isDecided(form, s)).toBe(true);
    // Accepting what is already merged is refused with the reason, not reported as a merge into 「」.
    expect(acceptSuggestion(form, s, "王五", name)).toEqual({ error: "这些字段已经合并为一个" });
  });

  it("reconsidered, the group waits again; accepted, each pair becomes one field and the decision is recorded", () => {
    const merged = remerge(doc.form as Json);
    const out = reconsiderSuggestion(sources, merged, suggestion(merged, GROUP), OPTS);
    if ("error" in out) throw new Error(out.error);
    expect(GROUP in decisionsOf(out.form)).toBe(false);
    expect(Object.keys(decisionsOf(out.form)).length).toBe(Object.keys(decisionsOf(merged)).length - 1);
    const s = suggestion(out.form, GROUP);
    expect(suggestionMerged(out.form, s)).toBe(false);
    expect(isDecided(out.form, s)).toBe(false);
    expect(Object.keys(out.form.provenance as Json).length).toBe(Object.keys(merged.provenance as Json).length + 4);

    const r = acceptSuggestion(out.form, s, "王五", name);
    if ("error" in r) throw new Error(r.error);
    expect(r.pointer).not.toBe("");
    // Into the field the re-merge would keep: 法定代表人·姓名, which holds most of the source fields.
    expect(r.pointer).toBe(owner(merged, s.pairs![0]!.a));
    expect(owner(r.form, s.pairs![0]!.a)).toBe(r.pointer);
    for (const p of s.pairs!) expect(owner(r.form, p.a)).toBe(owner(merged, p.a));
    for (const p of s.pairs!) expect(owner(r.form, p.a)).toBe(owner(r.form, p.b));
    expect(Object.keys(r.form.provenance as Json).length).toBe(Object.keys(merged.provenance as Json).length);
    expect(decisionsOf(r.form)[GROUP]).toBe("accept");
    expect(editsOf(r.form).slice(-4)).toEqual(s.pairs!.map(() => expect.objectContaining({ kind: "merge", by: "王五" })));
    // A re-merge keeps it merged.
    expect(suggestionMerged(remerge(r.form), s)).toBe(true);
  });

  it("a pair that cannot merge refuses the whole suggestion with its reason", () => {
    const merged = remerge(doc.form as Json);
    const out = reconsiderSuggestion(sources, merged, suggestion(merged, GROUP), OPTS);
    if ("error" in out) throw new Error(out.error);
    const s = suggestion(out.form, GROUP);
    // The 身份证件号码 of one side made a number: it cannot be one field with a text any more.
    const pair = s.pairs!.find((p) => p.label.zh === "身份证件号码")!;
    const at = owner(out.form, pair.b)!;
    const parts = at.split("/").slice(1);
    const patch = (x: Json, i: number): Json => (i >= parts.length ? { ...x, type: "integer" } : { ...x, [parts[i]!]: patch((x[parts[i]!] ?? {}) as Json, i + 1) });
    const broken = { ...out.form, schema: patch(out.form.schema as Json, 0) };
    const r = acceptSuggestion(broken, s, "王五", name);
    expect("error" in r && r.error).toMatch(/^建议未应用，表单未改动：「身份证件号码」无法合并：/);
  });

  it("a pair whose fields would hold two fields of one form is refused by the form's name", () => {
    const merged = remerge(doc.form as Json);
    const out = reconsiderSuggestion(sources, merged, suggestion(merged, GROUP), OPTS);
    if ("error" in out) throw new Error(out.error);
    const s = suggestion(out.form, GROUP);
    const [p] = s.pairs!;
    // A pair that names two fields of one form (the housing-fund 单位负责人's 姓名 and its own 证件号码).
    const bad: MergeSuggestion = { ...s, pairs: [{ ...p!, b: s.pairs![2]!.a }] };
    const r = acceptSuggestion(out.form, bad, "王五", name);
    expect("error" in r && r.error).toContain(`两个字段都包含「${name(p!.a.item)}」表单中的字段`);
  });

  it("a keep-apart survives a re-merge", () => {
    const merged = remerge(doc.form as Json);
    const out = reconsiderSuggestion(sources, merged, suggestion(merged, GROUP), OPTS);
    if ("error" in out) throw new Error(out.error);
    const apart = remerge(recordDecision(out.form, GROUP, "reject"));
    expect(decisionsOf(apart)[GROUP]).toBe("reject");
    expect(suggestionMerged(apart, suggestion(apart, GROUP))).toBe(false);
    expect(decisionsOf(remerge(apart))[GROUP]).toBe("reject");
  });
});
