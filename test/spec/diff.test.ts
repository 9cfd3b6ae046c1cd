// diffBundles / summarizeDiff: the change summary suggested when publishing names what really changed.
import { describe, expect, test } from "vitest";
import { diffBundles, formFields, isEmptyDiff, summarizeDiff } from "../../spec/diff.js";

const item = (id: string, extra: Record<string, unknown> = {}) => ({ id, task_name: `事项${id}`, promise_day: 5, materials: [], form: { schema: { type: "object" } }, ...extra });
const base = {
  title: "开办餐馆", lead: "samr", items: [item("a"), item("b")],
  form: { schema: { type: "object", properties: { applicant: { type: "object", title: "申请人", properties: { name: { type: "string", title: "姓名" }, id: { type: "string", title: "身份证号" } } },
    staff: { type: "array", items: { type: "object", properties: { n: { type: "string", title: "员工姓名" } } } } } } },
  guide: { questions: [{ id: "q1", title: "是否连锁" }], applicability: {} },
  flow: { nodes: [{ id: "s", data: { label: "开始" } }, { id: "r", data: { label: "审查" }, position: { x: 0, y: 0 } }], edges: [{ source: "s", target: "r" }] },
};

describe("diffBundles", () => {
  test("identical documents: nothing changed, empty summary", () => {
    const d = diffBundles(base, structuredClone(base));
    expect(isEmptyDiff(d)).toBe(true);
    expect(summarizeDiff(d)).toEqual({ zh: "", en: "" });
  });

  test("items added, removed and changed with the parts that changed", () => {
    const next = { ...base, items: [item("a", { promise_day: 3, materials: [{ id: "m" }] }), item("c")] };
    const d = diffBundles(base, next);
    expect(d.items.added).toEqual(["事项c"]);
    expect(d.items.removed).toEqual(["事项b"]);
    expect(d.items.changed).toEqual([{ id: "a", name: "事项a", parts: ["deadline", "materials"] }]);
    expect(summarizeDiff(d).zh).toContain("新增事项「事项c」");
    expect(summarizeDiff(d).zh).toContain("修改事项「事项a」的时限、材料");
    expect(summarizeDiff(d).en).toContain('Added items "事项c"');
    expect(summarizeDiff(d).en).toContain('changed the time limits, materials of item "事项a"');
  });

  test("form fields added, removed and relabelled, through sections and tables", () => {
    const next = structuredClone(base) as typeof base;
    const props = next.form.schema.properties as Record<string, any>;
    props.applicant.properties.name.title = "申请人姓名";
    delete props.applicant.properties.id;
    props.applicant.properties.mobile = { type: "string", title: "手机号码" };
    const d = diffBundles(base, next);
    expect(d.fields.relabelled).toEqual([{ pointer: "/properties/applicant/properties/name", from: "姓名", to: "申请人姓名" }]);
    expect(d.fields.removed.map((f) => f.title)).toEqual(["身份证号"]);
    expect(d.fields.added.map((f) => f.pointer)).toEqual(["/properties/applicant/properties/mobile"]);
    expect([...formFields(base.form.schema).keys()]).toContain("/properties/staff/items/properties/n");
  });

  test("a field moved to another section is one change naming both sections, not an addition and a removal (tryout 8, #32)", () => {
    const prov = { "/properties/employee/properties/name": [{ item: "a", pointer: "/properties/zg/properties/xm" }], "/properties/employee/properties/mobile": [{ item: "a", pointer: "/properties/zg/properties/sj" }] };
    const person = (title: string, props: Record<string, unknown>) => ({ type: "object", title, properties: props });
    const str = (title: string) => ({ type: "string", title });
    const before = { ...base, form: { schema: { type: "object", properties: { employee: person("职工", { name: str("姓名"), mobile: str("移动电话") }), applicant: person("申请人", {}) } }, provenance: prov } };
    const after = { ...base, form: {
      schema: { type: "object", properties: { employee: person("职工", { mobile: str("移动电话") }), applicant: person("申请人", { name: str("姓名"), email: str("电子邮箱") }) } },
      provenance: { "/properties/employee/properties/mobile": prov["/properties/employee/properties/mobile"], "/properties/applicant/properties/name": prov["/properties/employee/properties/name"], "/properties/applicant/properties/email": [{ item: "a", pointer: "/properties/yx" }] },
    } };
    const d = diffBundles(before, after);
    expect(d.fields.moved).toEqual([{ from: "/properties/employee/properties/name", to: "/properties/applicant/properties/name", title: "姓名", fromSection: "职工", toSection: "申请人" }]);
    expect(d.fields.added.map((f) => f.title)).toEqual(["电子邮箱"]);
    expect(d.fields.removed).toEqual([]);
    expect(summarizeDiff(d).zh).toContain("移动字段「姓名：职工 → 申请人」");
    expect(summarizeDiff(d).en).toContain('moved fields "姓名：职工 → 申请人"');
  });

  test("guide questions and flow nodes and edges; moving a node is not a change", () => {
    const next = structuredClone(base) as any;
    next.guide.questions.push({ id: "q2", title: "是否需要刻章" });
    next.flow.nodes[1].position = { x: 100, y: 50 };
    next.flow.nodes.push({ id: "j", data: { label: "汇合" } });
    next.flow.edges.push({ source: "r", target: "j" });
    const d = diffBundles(base, next);
    expect(d.guide.added).toEqual(["是否需要刻章"]);
    expect(d.flow.nodesAdded).toEqual(["汇合"]);
    expect(d.flow.nodesChanged).toEqual([]);
    expect(d.flow.edgesAdded).toEqual(["r → j"]);
    expect(summarizeDiff(d).zh).toMatch(/流程：新增环节「汇合」，连线 \+1\/−0/);
    expect(summarizeDiff(d).en).toMatch(/flow: added steps "汇合", connections \+1\/−0/);
  });

  test("every sentence of the summary in both languages, the English with no Chinese besides the quoted names", () => {
    const next = structuredClone(base) as any;
    Object.assign(next, { title: "开餐馆", lead: "tax", items: [item("a", { promise_day: 3, is_charge: true, place: "x", form: { schema: { type: "object", properties: { x: { type: "string" } } } } }), item("b", { by_law: "x" }), item("c"), item("d"), item("e"), item("f", { odd: 1 })] });
    next.form.schema.properties.applicant.properties.name.title = "申请人姓名";
    delete next.form.schema.properties.applicant.properties.id;
    next.form.schema.properties.applicant.properties.mobile = { type: "string", title: "手机号码" };
    next.guide = { questions: [{ id: "q1", title: "是否连锁经营" }, { id: "q2", title: "是否刻章" }], applicability: { a: true } };
    next.flow = { nodes: [{ id: "s", data: { label: "开始!" } }, { id: "j", data: { label: "汇合" } }], edges: [{ source: "s", target: "j" }] };
    const s = summarizeDiff(diffBundles(base, next));
    expect(s.zh.split("；")).toHaveLength(s.en.split("; ").length);
    expect(s.zh).toContain("引导修改「是否连锁经营」、「事项适用条件」");
    expect(s.en).toContain('Changed the name, lead department; ');
    expect(s.en).toContain('changed in the guide: "是否连锁经营", the items\' applicability conditions');
    expect(s.en).toContain('added 1 field to the form "手机号码"');
    expect(s.en.replace(/"[^"]*"/g, "")).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });

  test("never throws on malformed documents", () => {
    for (const x of [null, 1, "x", [], { items: "no", form: 3, flow: { nodes: [null] } }]) {
      expect(() => summarizeDiff(diffBundles(x, base))).not.toThrow();
      expect(() => summarizeDiff(diffBundles(base, x))).not.toThrow();
    }
  });
});
