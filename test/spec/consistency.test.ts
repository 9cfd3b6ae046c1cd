// The guide/form consistency check: required fields asking for a document this one-thing issues, and a yes/no
// question about a section whose answer does not shape it — each found with the situation it shows in, and none
// left in the built-in templates.
import { describe, expect, it } from "vitest";
import { describeSituation, guideFormProblems, issuedDocuments } from "../../spec/consistency.js";
import { validateBundle, type Bundle } from "../../spec/index.js";
import { loadBuiltinTemplates } from "../../templates/load.js";
import { fixtureBundle } from "../fixtures/bundle.js";

type Json = Record<string, any>;
function bundleOf(edit: (doc: Json) => void): Bundle {
  const doc = fixtureBundle() as Json;
  edit(doc);
  const r = validateBundle(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe("guideFormProblems", () => {
  it("accepts the fixture: its sign section shows and is required only with the sign item", () => {
    expect(guideFormProblems(bundleOf(() => {}))).toEqual([]);
  });

  it("has nothing to report on a required section whose only item does not apply: the form follows the item (situated-form.ts)", () => {
    const b = bundleOf((d) => {
      delete d.form.rules["/properties/sign"];
      d.form.schema.required.push("sign");
      d.form.provenance = { "/properties/sign/properties/signText": [{ item: "sign", pointer: "/properties/signText" }] };
    });
    expect(guideFormProblems(b)).toEqual([]);
    // without the provenance nothing ties the section to the item: answering no to the question about it still requires it
    const untied = bundleOf((d) => {
      delete d.form.rules["/properties/sign"];
      d.form.schema.required.push("sign");
    });
    expect(guideFormProblems(untied).map((p) => p.message.zh)).toEqual(["引导问题「是否设置户外招牌」回答“否”时仍要求填写整个「招牌」部分：请让「招牌」只在回答“是”时显示并必填"]);
  });

  it("finds a required field asking for a document an item of this one-thing issues, in the situations where it applies", () => {
    const b = bundleOf((d) => {
      d.items[1].result_type = "出证照";
      d.items[1].result_name = "招牌设置许可证（含电子证照）";
      d.form.schema.properties.sign.properties.permitNo = { type: "string", title: "招牌设置许可证编号" };
      d.form.schema.properties.sign.required.push("permitNo");
      d.form.schema.required.push("sign");
    });
    expect(guideFormProblems(b)).toEqual([{
      severity: "warning", pointer: "/form/schema/properties/sign/properties/permitNo",
      message: {
        zh: "「招牌 / 招牌设置许可证编号」是必填项，但招牌设置许可证由本件事的「户外招牌设置」办出：在“是否设置户外招牌是”的情形下申请人提交申请时还没有招牌设置许可证，无法填写；请改为选填，或在办出后由部门取得",
        en: '"招牌 / 招牌设置许可证编号" is required, but "招牌设置许可证" is issued by "户外招牌设置" of this one-thing: in the situation "是否设置户外招牌 yes", the applicant does not have it yet when applying. Make it optional, or have the department obtain it once issued',
      },
    }]);
    // optional, it is fine
    const optional = bundleOf((d) => {
      d.items[1].result_name = "招牌设置许可证";
      d.form.schema.properties.sign.properties.permitNo = { type: "string", title: "招牌设置许可证编号" };
    });
    expect(guideFormProblems(optional)).toEqual([]);
  });

  it("finds a yes/no question about a section (委托经办人) that leaves the section required when answered no", () => {
    const withAgent = (rule: boolean) => bundleOf((d) => {
      d.guide.questions.push({ id: "byagent", title: "是否委托他人代为办理？", type: "boolean" });
      d.form.schema.properties.agent = { type: "object", title: "经办人", required: ["name"], properties: { name: { type: "string", title: "姓名" } } };
      d.form.schema.required.push("agent");
      if (rule) d.form.rules["/properties/agent"] = { visibleIf: { "==": [{ var: "answers.byagent" }, true] } };
    });
    expect(guideFormProblems(withAgent(false))).toEqual([{
      severity: "warning", pointer: "/form/schema/properties/agent",
      fix: { pointer: "/properties/agent", visibleIf: { "==": [{ var: "answers.byagent" }, true] }, label: { zh: "让「经办人」只在回答“是”时显示", en: 'Show "经办人" only when the answer is "yes"' } },
      message: {
        zh: "引导问题「是否委托他人代为办理？」回答“否”时仍要求填写整个「经办人」部分：请让「经办人」只在回答“是”时显示并必填",
        en: 'Answering "no" to the guide question "是否委托他人代为办理？" still requires the whole "经办人" section: show "经办人" and require it only when the answer is "yes"',
      },
    }]);
    expect(guideFormProblems(withAgent(true))).toEqual([]);
  });

  // 灵活就业 (tryout 10): 社会保障卡申领 applies when the applicant has no card yet, and brings a 代办人 section
  const proxyBundle = (edit: (d: Json) => void = () => {}) => bundleOf((d) => {
    d.guide.questions = [
      { id: "has_card", title: "您是否已持有本人的社会保障卡？", type: "boolean" },
      { id: "by_agent", title: "是否委托他人代办？", type: "boolean" },
    ];
    d.guide.applicability = { sign: { "==": [{ var: "answers.has_card" }, false] } };
    delete d.form.rules["/properties/sign"];
    d.form.schema.properties.proxy = { type: "object", title: "代办人", required: ["name", "idNumber"], properties: { name: { type: "string", title: "姓名" }, idNumber: { type: "string", title: "身份证件号码" } } };
    d.form.schema.required.push("proxy");
    d.form.provenance = { "/properties/proxy/properties/name": [{ item: "sign", pointer: "/properties/dbr/properties/xm" }], "/properties/proxy/properties/idNumber": [{ item: "sign", pointer: "/properties/dbr/properties/sfz" }] };
    edit(d);
  });

  it("quotes the question a section is about in its example, and offers the fix that clears it (tryout 10 #10)", () => {
    const [p, ...rest] = guideFormProblems(proxyBundle());
    expect(rest).toEqual([]);
    expect(p!.message.zh).toBe("引导问题「是否委托他人代办？」回答“否”时仍要求填写整个「代办人」部分（例如“您是否已持有本人的社会保障卡？否；是否委托他人代办？否”时）：请让「代办人」只在回答“是”时显示并必填");
    expect(p!.fix).toEqual({ pointer: "/properties/proxy", visibleIf: { "==": [{ var: "answers.by_agent" }, true] }, label: { zh: "让「代办人」只在回答“是”时显示", en: 'Show "代办人" only when the answer is "yes"' } });
    // applying the fix clears the finding
    expect(guideFormProblems(proxyBundle((d) => { d.form.rules[p!.fix!.pointer] = { visibleIf: p!.fix!.visibleIf }; }))).toEqual([]);
  });

  it("accepts a section whose every field carries the condition, and not one whose field is still asked", () => {
    const yes = { "==": [{ var: "answers.by_agent" }, true] };
    expect(guideFormProblems(proxyBundle((d) => {
      d.form.rules["/properties/proxy/properties/name"] = { visibleIf: yes };
      d.form.rules["/properties/proxy/properties/idNumber"] = { requiredIf: yes };
    }))).toEqual([]);
    expect(guideFormProblems(proxyBundle((d) => { d.form.rules["/properties/proxy/properties/name"] = { visibleIf: yes }; })).map((p) => p.pointer))
      .toEqual(["/form/schema/properties/proxy"]);
  });

  it("warns that an agent section nobody is asked about is required of every applicant, at any depth (tryout 10 #8)", () => {
    const noGuide = (edit: (d: Json) => void = () => {}) => proxyBundle((d) => {
      d.guide.questions = [];
      d.guide.applicability = {};
      d.form.schema.properties.sign.properties.dbrxx = { type: "object", title: "代办人信息", required: ["gx"], properties: { gx: { type: "string", title: "与申领人关系" } } };
      d.form.schema.properties.sign.required.push("dbrxx");
      d.form.schema.required.push("sign");
      delete d.form.rules["/properties/sign"];
      edit(d);
    });
    const found = guideFormProblems(noGuide());
    expect(found.map((p) => [p.pointer, p.message.zh])).toEqual([
      ["/form/schema/properties/sign/properties/dbrxx", "「招牌 / 代办人信息」部分对每位申请人都必填，本人申请时也要填写代办人：请在情形引导中添加是非问题（如“是否委托他人代办？”），再让「代办人信息」只在回答“是”时显示并必填"],
      ["/form/schema/properties/proxy", "「代办人」部分对每位申请人都必填，本人申请时也要填写代办人：请在情形引导中添加是非问题（如“是否委托他人代办？”），再让「代办人」只在回答“是”时显示并必填"],
    ]);
    expect(found.every((p) => p.fix === undefined)).toBe(true);
    // once the question exists, each gets the one-click fix
    const asked = guideFormProblems(noGuide((d) => { d.guide.questions = [{ id: "by_agent", title: "是否委托他人代办？", type: "boolean" }]; }));
    expect(asked.map((p) => p.fix?.pointer)).toEqual(["/properties/sign/properties/dbrxx", "/properties/proxy"]);
    // a company always acts through someone: no warning for an enterprise's 经办人/代办人
    expect(guideFormProblems(noGuide((d) => { d.audience = "enterprise"; }))).toEqual([]);
  });

  it("reads document names from an item's result and describes situations in the applicant's words", () => {
    expect(issuedDocuments("居民户口簿（新生儿户口页）、公民身份号码")).toEqual(["居民户口簿"]);
    expect(issuedDocuments("结婚证（含电子证照）")).toEqual(["结婚证"]);
    expect(issuedDocuments("税务信息确认结果")).toEqual([]);
    const q = [{ id: "a", title: "孩子在哪里出生？", type: "single" as const, options: [{ value: "h", label: "医院" }] }, { id: "b", title: "是否委托？", type: "boolean" as const, options: [] }];
    expect(describeSituation(q, { a: "h", b: false })).toBe("孩子在哪里出生？医院；是否委托？否");
    expect(describeSituation(q, { a: "h", b: false }, new Set(["b"]))).toBe("是否委托？否");
  });

  it("finds nothing in the built-in templates (不委托 hides 经办人; 结婚证字号 is not asked before the marriage is registered)", () => {
    for (const b of loadBuiltinTemplates()) expect(guideFormProblems(b), b.key).toEqual([]);
    const [jiehun] = loadBuiltinTemplates().filter((b) => b.key === "jiehun");
    expect(jiehun!.form.rules["/properties/hukou-hunyin-biangeng/properties/bgyj"]).toEqual({ visibleIf: false });
  });
});
