// A sectioned one-thing used by the e2e tests only while no built-in template with a smart form is published
// (templates are being written in parallel). Realistic fields: ID card, mobile, USCC, a date, a select, a
// conditional section driven by a guide answer.
const item = (id: string, name: string, department: string, deptName: string, promise: number) => ({
  schemaVersion: 1, kind: "item", id, task_name: name, task_type: "01", by_law: "《中华人民共和国市场主体登记管理条例》",
  department, dept_name: deptName, anticipate_day: promise * 2, promise_day: promise, project_type: "2", serve_type: ["2"], handle_type: ["1", "2"],
  materials: [{ id: "idcard", material_name: "经办人身份证明", necessity: "必要", source_type: "20", licence_type: "resident_id" }],
  form: { schema: { type: "object", properties: { name: { type: "string", title: "名称" } } } },
});

/** The e2e fixture bundle document. */
export function e2eBundle(key = "e2e-kaiban"): Record<string, unknown> {
  return {
    schemaVersion: 1, kind: "bundle", key, title: "企业开办（端到端测试）", category: "企业开办", audience: "enterprise",
    summary: "营业执照、公章刻制、税务信息确认一次办。", lead: "samr", cooperating: ["psb", "tax"],
    items: [item("licence", "企业设立登记", "samr", "市场监督管理局", 3), item("seal", "公章刻制备案", "psb", "公安局", 1), item("tax", "税务信息确认", "tax", "税务局", 1)],
    guide: {
      questions: [{ id: "seal", title: "是否需要刻制公章？", type: "boolean", default: true }],
      applicability: { seal: { "==": [{ var: "answers.seal" }, true] } },
    },
    form: {
      schema: {
        type: "object",
        properties: {
          applicant: {
            type: "object", title: "经办人信息", required: ["name", "idNumber", "mobile"],
            properties: {
              name: { type: "string", title: "姓名", maxLength: 30 },
              idNumber: { type: "string", title: "身份证号码", format: "cn-idcard" },
              mobile: { type: "string", title: "手机号码", format: "cn-mobile" },
            },
          },
          company: {
            type: "object", title: "企业信息", required: ["name", "uscc", "type", "capital", "startDate"],
            properties: {
              name: { type: "string", title: "企业名称", maxLength: 60 },
              uscc: { type: "string", title: "统一社会信用代码", format: "cn-uscc" },
              type: { type: "string", title: "企业类型", oneOf: [{ const: "llc", title: "有限责任公司" }, { const: "sole", title: "个人独资企业" }] },
              capital: { type: "number", title: "注册资本（万元）", minimum: 0.01 },
              startDate: { type: "string", title: "成立日期", format: "date" },
              scope: { type: "string", title: "经营范围", maxLength: 500 },
            },
          },
          seal: {
            type: "object", title: "公章刻制", required: ["sealCount"],
            properties: { sealCount: { type: "integer", title: "刻制枚数", minimum: 1, maximum: 10 } },
          },
        },
      },
      uiSchema: { company: { scope: { "ui:widget": "textarea" } } },
      rules: { "/properties/seal": { visibleIf: { "==": [{ var: "answers.seal" }, true] } } },
    },
  };
}
