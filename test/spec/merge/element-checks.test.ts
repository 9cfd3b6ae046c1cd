// A field bound to a dictionary element is checked as the element is, though its form (a hand-written JSON Schema
// with pinyin keys) said nothing but "string": the ID card's check digit, a phone number's shape, a bank account,
// a signature date not in the future — in a field kept in its item's section as well as in a merged role section.
import { describe, expect, it } from "vitest";
import { mergeForms } from "../../../spec/merge/merge.js";
import { withElementChecks } from "../../../spec/merge/element-checks.js";
import { validateFormData } from "../../../spec/form-data.js";
import { todayInBeijing } from "../../../spec/fields/today.js";

// The two forms of the tryout (session 8, issue 2) as its tester wrote them.
const withdrawal = {"title": "住房公积金提取申请表", "type": "object", "required": ["sqr", "tqyy", "tqje"], "properties": {"sqr": {"type": "object", "title": "申请人信息", "required": ["xm", "sfzh", "sjhm"], "properties": {"xm": {"type": "string", "title": "职工姓名"}, "sfzh": {"type": "string", "title": "身份证件号码"}, "sjhm": {"type": "string", "title": "手机号"}, "gjjzh": {"type": "string", "title": "个人公积金账号"}, "dwmc": {"type": "string", "title": "工作单位"}}}, "tqyy": {"type": "string", "title": "提取原因", "enum": ["购房", "租房", "退休", "离职"]}, "tqje": {"type": "number", "title": "提取金额（元）", "minimum": 0}, "yhkh": {"type": "string", "title": "收款银行卡号"}, "khh": {"type": "string", "title": "开户行"}, "sqrq": {"type": "string", "format": "date", "title": "申请日期"}}};
const lease = {"title": "租赁住房备案登记表", "type": "object", "required": ["chengzuren", "fwdz"], "properties": {"chengzuren": {"type": "object", "title": "承租人", "required": ["name", "zjhm", "lxdh"], "properties": {"name": {"type": "string", "title": "承租人姓名"}, "zjhm": {"type": "string", "title": "居民身份证号"}, "lxdh": {"type": "string", "title": "联系电话"}, "xb": {"type": "string", "title": "性别", "enum": ["男性", "女性"]}, "csrq": {"type": "string", "format": "date", "title": "出生年月日"}}}, "fwdz": {"type": "string", "title": "房屋坐落"}, "zlmj": {"type": "number", "title": "租赁面积（平方米）"}, "yzj": {"type": "number", "title": "月租金"}, "zlqx": {"type": "object", "title": "租赁期限", "properties": {"qsrq": {"type": "string", "format": "date", "title": "起始日期"}, "jzrq": {"type": "string", "format": "date", "title": "截止日期"}}}, "skzh": {"type": "string", "title": "银行账号"}}};

function merged() {
  return mergeForms([
    { id: "item-1", title: "住房公积金提取申请表", form: { schema: withdrawal } },
    { id: "item-2", title: "租赁住房备案登记表", form: { schema: lease } },
  ]).form.schema;
}

// 职工姓名 in the 申请人信息 section is the applicant's name (the prefix says who the applicant is; tryout 8, #5), and
// the lease's 承租人 is that applicant (each form's one person; its nameless bank data no longer keep them apart).
const good = {
  applicant: { name: "张三", idNumber: "11010519491231002X", mobile: "13800138000", contactPhone: "13900139000" },
  case: { declarationDate: "2026-01-05", propertyLocation: "北京市朝阳区示例路 1 号" },
  "item-1": { tqyy: "租房", tqje: 1000 },
};

function errorsFor(patch: (d: typeof good) => void) {
  const data = structuredClone(good);
  patch(data);
  return validateFormData(merged(), data);
}

describe("element checks on merged fields", () => {
  it("accepts good values in both sections", () => {
    expect(validateFormData(merged(), good)).toEqual([]);
  });

  it("refuses a wrong check digit in the merged 身份证件号码 (one source says 居民身份证), with the identity kind's message", () => {
    const errors = errorsFor((d) => { d.applicant.idNumber = "110105194912310021"; });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ pointer: "/applicant/idNumber", message: "校验位不正确，请核对号码" });
  });

  it("refuses a phone that is no phone number", () => {
    const errors = errorsFor((d) => { d.applicant.mobile = "abc"; });
    expect(errors.map((e) => [e.pointer, e.keyword])).toEqual([["/applicant/mobile", "format"]]);
  });

  it("checks a field kept in its item's section as its element too (a second person of one form stays with its item)", () => {
    const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
    const str = (title: string) => ({ type: "string", title });
    const two = {
      type: "object", title: "租赁住房备案登记表",
      properties: { czr: sec("承租人", { name: str("承租人姓名"), zjhm: str("居民身份证号") }), cz: sec("出租人", { name: str("出租人姓名"), zjhm: str("居民身份证号"), lxdh: str("联系电话") }) },
    };
    const schema = mergeForms([{ id: "item-1", title: "住房公积金提取申请表", form: { schema: withdrawal } }, { id: "item-2", title: "租赁住房备案登记表", form: { schema: two } }], {}).form.schema;
    const errors = validateFormData(schema, { ...good, "item-2": { cz: { name: "王五", zjhm: "110105194912310021", lxdh: "abc" } } }).filter((e) => e.pointer.startsWith("/item-2/cz/"));
    expect(errors.map((e) => [e.pointer, e.message])).toEqual([["/item-2/cz/zjhm", "校验位不正确，请核对号码"], ["/item-2/cz/lxdh", expect.any(String)]]);
    expect(errors[0]).toMatchObject({ field: "租赁住房备案登记表 / 出租人 / 居民身份证号" });
  });

  it("refuses a signature date after today (the element's date limit) in the merged 申请事项 section", () => {
    const errors = errorsFor((d) => { d.case.declarationDate = "2031-01-01"; });
    expect(errors.map((e) => [e.pointer, e.code])).toEqual([["/case/declarationDate", "future"]]);
    expect(validateFormData(merged(), { ...good, case: { ...good.case, declarationDate: todayInBeijing() } })).toEqual([]);
  });
});

describe("withElementChecks", () => {
  it("keeps the source's own format, kind and bounds, and leaves a field of another type alone", () => {
    const own = { type: "string", format: "cn-phone" };
    expect(withElementChecks(own, "contactPhone", ["联系电话"])).toBe(own);
    const number = { type: "number", title: "经营面积", minimum: 10 };
    expect(withElementChecks(number, "businessArea", ["经营面积"])).toBe(number);
    expect(withElementChecks({ type: "number" }, "businessArea", [])).toEqual({ type: "number", minimum: 0 });
    const text = { type: "string", title: "出生日期（文字）" };
    expect(withElementChecks(text, "birthDate", [])).toBe(text);
    expect(withElementChecks({ type: "string", format: "date", "x-kind": "date", "x-options": { notPast: true } }, "declarationDate", [])).toEqual({ type: "string", format: "date", "x-kind": "date", "x-options": { notPast: true } });
  });

  it("gives an ID number the ID card check only when its label says 居民身份证 (the element also covers passports)", () => {
    expect(withElementChecks({ type: "string" }, "idNumber", ["居民身份证号"])).toEqual({ type: "string", format: "cn-idcard" });
    expect(withElementChecks({ type: "string" }, "idNumber", ["证件号码"])).toEqual({ type: "string" });
  });
});
