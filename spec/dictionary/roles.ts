// Roles (角色) of the data dictionary: whose datum a field is. "法定代表人的身份证件号码" is (legalRep, idNumber).
// Similar-looking roles are deliberately distinct (法定代表人 / 企业负责人 / 质量负责人; 申请人 / 申报人 / 领取人 /
// 继承人 / 逝者): only `related` pairs become suggestions, and never automatic merges.
import type { Role } from "./types.js";

const r = (key: string, label: string, kind: Role["kind"], synonyms: string[], keys: string[], related?: string[], flags: { generic?: boolean; auxiliary?: boolean; officer?: boolean } = {}): Role =>
  ({ key, label, kind, synonyms, keys, ...(related ? { related } : {}), ...flags });
const GENERIC = { generic: true };
const AUXILIARY = { auxiliary: true };
const OFFICER = { officer: true };

/** Every role, in the order merged sections are laid out. */
export const ROLES: readonly Role[] = [
  r("enterprise", "企业（单位）信息", "org", ["企业", "公司", "单位", "存款人", "市场主体", "企业基本信息", "单位基本信息", "基本信息", "申请单位", "缴存单位", "参保单位", "个体工商户", "用人单位", "设置单位", "投保单位"], ["qy", "dw", "ent", "company"]),
  r("legalRep", "法定代表人", "person", ["法定代表人", "法人", "法人代表", "法定代表人或负责人@0.9", "法定代表人（负责人）@0.9", "法定代表人(负责人)@0.9"], ["fddbr", "fr", "legalRep", "legalPerson"], ["entHead", "operator"], OFFICER),
  r("entHead", "企业负责人", "person", ["企业负责人", "单位负责人", "负责人@0.8", "主要负责人"], ["qyfzr", "dwfzr", "fzr"], ["legalRep"], OFFICER),
  // 经营者 runs a 个体工商户 in person: he is the applicant himself, not one officer of several.
  r("operator", "经营者", "person", ["经营者", "个体经营者"], ["jyz", "operator"], ["legalRep"]),
  r("qualityHead", "质量负责人", "person", ["质量负责人", "质量安全负责人"], ["zlfzr"], undefined, OFFICER),
  r("financeOfficer", "财务负责人", "person", ["财务负责人", "财务人员@0.8", "财务主管"], ["cwfzr", "financeOfficer"], undefined, OFFICER),
  r("liaison", "联络员", "person", ["联络员", "企业联络员", "联系人@0.8"], ["lly", "liaison"], ["agent"], AUXILIARY),
  r("agent", "经办人", "person", ["经办人", "单位经办人", "委托代理人", "指定代表或委托代理人", "指定代表或者委托代理人", "代理人", "受托人", "办税人员@0.8", "办税人@0.8"], ["jbr", "wtdlr", "agent"], ["liaison"], AUXILIARY),
  r("shareholder", "股东（发起人）", "any", ["股东", "发起人", "出资人", "股东（发起人）", "股东(发起人)", "股东（发起人）出资情况", "股东出资情况"], ["gd", "shareholders"]),
  r("director", "董事、监事、经理", "person", ["董事、监事、经理", "董事监事经理", "董事", "监事", "经理", "高级管理人员"], ["dsjsjl", "directors"], undefined, OFFICER),
  r("foodSafetyManager", "食品安全管理人员", "person", ["食品安全管理人员", "食品安全管理员"], ["spaqgly"], undefined, OFFICER),
  r("applicant", "申请人", "any", ["申请人"], ["sqr", "applicant"], undefined, GENERIC),
  r("declarant", "申报人", "person", ["申报人"], ["sbr", "declarant"], undefined, GENERIC),
  r("receiver", "领取人", "person", ["领取人", "领证人", "领取人员"], ["lqr", "receiver"]),
  r("heir", "继承人", "person", ["继承人"], ["jcr", "heir"]),
  r("deceased", "逝者", "person", ["逝者", "死者", "亡者", "死亡人员", "被继承人"], ["sz", "deceased"]),
  r("newborn", "新生儿", "person", ["新生儿", "婴儿", "出生婴儿"], ["xse", "newborn", "baby"]),
  r("mother", "母亲", "person", ["母亲", "母亲信息"], ["mq", "mother"]),
  r("father", "父亲", "person", ["父亲", "父亲信息"], ["fq", "father"]),
  r("householder", "户主", "person", ["户主"], ["hz", "householder"]),
  r("groom", "男方", "person", ["男方", "男方当事人", "丈夫"], ["nf", "groom", "male"]),
  r("bride", "女方", "person", ["女方", "女方当事人", "妻子"], ["nvf", "bride", "female"]),
  // The two sides of a sale or transfer (存量房买卖合同, 契税申报表, 过户单): each form has its own word for each side. In a
  // 不动产 transfer registration the 权利人 is who acquires the right and the 义务人 who gives it up; elsewhere these
  // words may mean an owner, so they are weak and only suggest.
  r("buyer", "买方（受让方）", "any", ["买方", "买受人", "受让方", "受让人", "承受方", "承受人", "购买方", "购房人", "买房人", "权利人@0.8"], ["buyer", "purchaser"]),
  r("seller", "卖方（转让方）", "any", ["卖方", "出卖人", "转让方", "转让人", "出售方", "售房人", "卖房人", "义务人@0.8"], ["seller", "transferor"]),
  r("mover", "迁移人", "person", ["迁移人", "随迁人员@0.8"], ["qyr", "mover"]),
  r("host", "被投靠人", "person", ["被投靠人"], ["btkr", "host"]),
  r("child", "儿童", "person", ["儿童", "未成年人", "适龄儿童", "学生", "入学儿童", "幼儿"], ["et", "child", "student"]),
  r("employee", "职工", "person", ["职工", "员工", "劳动者", "从业人员@0.9"], ["zg", "yg", "employee"]),
  r("claimant", "申领人", "person", ["申领人", "持卡人"], ["slr", "claimant"], undefined, GENERIC),
  r("fireSafetyManager", "消防安全管理人", "person", ["消防安全管理人"], ["xfaqglr"], undefined, OFFICER),
  // 消防安全责任人 is by law the unit's legal representative or main head; 消防安全管理人 is a manager it appoints.
  r("fireSafetyResponsible", "消防安全责任人", "person", ["消防安全责任人"], ["xfaqzrr"], ["legalRep", "entHead"], OFFICER),
  r("emergencyContact", "紧急联系人", "person", ["紧急联系人", "紧急联络人"], ["jjlxr"], undefined, AUXILIARY),
  r("guarantor", "担保人", "person", ["担保人", "保证人"], ["dbr2", "guarantor"]),
  r("insured", "参保人", "person", ["参保人", "参保人员"], ["cbr", "insured"], undefined, GENERIC),
  r("proxy", "代办人", "person", ["代办人"], ["dbr", "proxy"], undefined, AUXILIARY),
  // 纳税人 is whoever pays the tax: the enterprise in a company's forms, the buyer in 车辆购置税 (国家税务总局申报表).
  r("taxpayer", "纳税人", "any", ["纳税人", "纳税人信息"], ["nsr", "taxpayer"], undefined, GENERIC),
  // The vehicle a case is about (GA 24.x 机动车登记信息), and another vehicle the same case names (以旧换新's old car).
  r("vehicle", "车辆信息", "case", ["车辆信息", "车辆情况", "车辆基本信息", "机动车信息", "机动车基本信息", "投保车辆", "被保险车辆", "新车", "新车信息", "所购车辆", "购置车辆", "申报车辆", "登记车辆"], ["cl", "clxx", "vehicle"]),
  r("oldVehicle", "旧车信息", "case", ["旧车", "旧车信息", "报废车辆", "报废旧车", "原车", "原车辆", "被置换车辆", "转出车辆"], ["jc", "oldVehicle"]),
  r("case", "申请事项", "case", ["申请事项", "办理事项"], ["sqsx", "case"]),
  r("declaration", "承诺与签署", "case", ["申请人承诺", "承诺", "声明", "承诺书", "签署"], ["cn", "declaration"]),
];

/** Role by key. */
export const ROLE_BY_KEY: ReadonlyMap<string, Role> = new Map(ROLES.map((x) => [x.key, x]));
