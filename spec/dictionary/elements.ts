// The data dictionary (数据元) as data: every datum of the real forms in shared/reference/real-forms.md —
// natural person, enterprise / individual business, bank account, newborn and parents, deceased, addresses —
// each with synonyms, value schema, validator format, sensitivity class and prefill sources.
import type { DataElement } from "./types.js";
import { ANY_PERSON, birth, date, e, file, int, lic, multi, num, PERSON_ROLES, prof, sel, str } from "./element-builders.js";
import { CASE_ELEMENTS } from "./elements-case.js";

/** The 56 ethnic groups (GB/T 3304), in the standard's order, plus 外国血统 and 其他. */
export const ETHNIC_GROUPS = [
  "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
  "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族",
  "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
  "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
  "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "外国血统", "其他",
];

/** Identity document types (GA/T 517 common subset). */
export const ID_TYPES = ["居民身份证", "港澳居民居住证", "台湾居民居住证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "护照", "其他"];

/** Every data element, grouped: person, enterprise, shareholding, bank account, newborn, deceased, case. */
export const ELEMENTS: readonly DataElement[] = [
  // —— natural person ——
  e("name", "姓名", "person", ["名字", "名称或姓名@0.8", "姓名或名称@0.8"], str(50), "personal", { prefill: [prof("name"), birth("name")], keys: ["xm", "name"] }),
  e("sex", "性别", "person", [], sel("男", "女"), "personal", { prefill: [prof("sex"), birth("sex")], keys: ["xb", "sex", "gender"] }),
  e("ethnicity", "民族", "person", [], sel(...ETHNIC_GROUPS), "sensitive", { prefill: [prof("ethnicity")], keys: ["mz", "ethnicity", "nation"] }),
  e("nationality", "国籍", "person", ["国别（地区）", "国别", "国籍（地区）", "国别(地区)"], str(50), "personal", { prefill: [prof("nationality")], keys: ["gj", "nationality", "country"] }),
  e("idType", "身份证件类型", "person", ["证件类型", "有效身份证件类别", "证件类别", "身份证件类别", "证件种类", "身份证明名称"], sel(...ID_TYPES), "personal", { prefill: [prof("idType")], keys: ["zjlx", "idType"] }),
  e("idNumber", "身份证件号码", "person", ["证件号码", "身份证号", "身份证号码", "公民身份号码", "证件号", "身份证件号", "有效身份证件号码", "居民身份证号码", "居民身份证号", "身份证明号码", "社会保障号码"], str(32), "sensitive", { prefill: [prof("idNumber")], keys: ["zjhm", "sfzh", "sfzhm", "idNumber", "idNo"] }),
  e("birthDate", "出生日期", "person", ["出生年月", "出生年月日"], date, "personal", { dateLimit: "notFuture", prefill: [prof("birthDate"), birth("birth_date")], keys: ["csrq", "birthDate"] }),
  e("age", "年龄", "person", [], int({ maximum: 150 }), "personal", { keys: ["nl", "age"] }),
  e("mobile", "移动电话", "any", ["手机", "手机号码", "手机号", "联系手机", "移动电话号码"], str(11), "personal", { format: "cn-mobile", prefill: [prof("mobile", true)], keys: ["sj", "sjhm", "yddh", "mobile"], related: ["contactPhone"] }),
  e("fixedPhone", "固定电话", "any", ["座机", "办公电话", "固定电话号码"], str(20), "personal", { format: "cn-phone", keys: ["gddh", "tel", "fixedPhone"] }),
  e("contactPhone", "联系电话", "any", ["电话", "联系方式@0.8", "电话号码"], str(20), "personal", { format: "cn-contact-phone", keys: ["lxdh", "dh", "phone"], related: ["mobile"] }),
  e("email", "电子邮箱", "any", ["邮箱", "电子邮件", "E-mail", "email", "电子信箱"], str(100), "personal", { format: "email", prefill: [prof("email", true)], keys: ["dzyx", "yx", "email"] }),
  e("domicile", "住所", "any", ["住址", "居住地址", "家庭住址", "现住址", "注册地址@0.95", "住所地", "现居住地", "常住地址", "常住地", "居住地", "单位地址@0.8", "地址@0.7", "企业住所", "住所（地址）"], str(200), "personal", { prefill: [prof("address", true), lic("business_licence.domicile")], keys: ["zs", "zz", "address", "domicile"] }),
  e("householdAddress", "户籍地址", "person", ["户籍地", "户口所在地", "户籍所在地", "户籍住址"], str(200), "personal", { prefill: [prof("householdAddress")], keys: ["hjdz", "hjd"] }),
  e("mailingAddress", "通信地址", "any", ["联系地址", "邮寄地址", "通讯地址"], str(200), "personal", { prefill: [prof("mailingAddress", true)], keys: ["txdz", "mailingAddress"] }),
  e("region", "所在地区", "any", ["行政区划", "所属区域", "所在区县", "所属区县", "地区代码", "区域"], str(6), "general", { format: "cn-region-code", prefill: [lic("business_licence.region")], keys: ["xzqh", "region", "regionCode"] }),
  e("position", "职务", "person", ["职位"], str(50), "general", { keys: ["zw", "position"] }),
  e("appointMethod", "产生方式", "person", ["任职产生方式"], sel("选举", "委派", "聘任"), "general", { keys: ["csfs"] }),
  e("idCopy", "身份证件复印件", "person", ["证件复印件", "身份证复印件", "身份证件影印件", "身份证明", "身份证件"], file, "sensitive", { prefill: [lic("resident_id_card", ANY_PERSON)], keys: ["sfzfyj", "idCopy"] }),
  e("photo", "照片", "person", ["免冠照片", "证件照", "近期免冠照片", "本人近期免冠照片"], file, "sensitive", { prefill: [prof("photo")], keys: ["zp", "photo"] }),
  e("signature", "签字", "any", ["签名", "签字（盖章）", "本人签字", "签章@0.8"], str(200), "personal", { prefill: [prof("e_signature")], keys: ["qz", "signature"] }),
  e("relationToNewborn", "与新生儿关系", "person", ["与婴儿关系"], sel("父亲", "母亲", "祖父母", "外祖父母", "其他监护人"), "personal", { keys: ["ysxegx"] }),
  e("relationToHouseholder", "与户主关系", "person", [], str(20), "personal", { keys: ["yhzgx"] }),
  e("relationToDeceased", "与逝者关系", "person", ["与死者关系"], str(20), "personal", { keys: ["yszgx"] }),
  e("marriageCertNo", "结婚证编号", "person", ["结婚证号", "结婚证字号"], str(30), "personal", { prefill: [lic("marriage_certificate.number", PERSON_ROLES)], keys: ["jhzbh"] }),
  // The day a marriage was registered: printed on the 结婚证 as 登记日期; forms ask it as 结婚日期 or 结婚登记日期.
  e("marriageDate", "结婚登记日期", "person", ["结婚日期", "登记结婚日期", "婚姻登记日期"], date, "personal", { keys: ["marriageDate"] }),
  e("fullTime", "是否专职", "person", ["专职"], { type: "boolean" }, "general", { keys: ["sfzz"] }),
  e("smsSubscribe", "是否订阅短信", "any", ["订阅短信", "短信通知"], { type: "boolean" }, "general", { keys: ["dydx"] }),
  // —— enterprise / individual business ——
  e("entName", "企业名称", "org", ["名称@1", "单位名称", "纳税人名称", "存款人名称", "申请人名称", "公司名称", "个体工商户名称", "市场主体名称", "缴存单位名称", "参保单位名称", "申请单位@0.9", "申请单位名称", "申报单位@0.9"], str(100), "public", { prefill: [lic("business_licence.name")], keys: ["mc", "qymc", "dwmc", "entName", "companyName"] }),
  e("uscc", "统一社会信用代码", "org", ["社会信用代码", "纳税人识别号", "统一社会信用代码（纳税人识别号）", "统一社会信用代码(纳税人识别号)", "统一社会信用代码（设立登记不填）"], str(18), "public", { format: "cn-uscc", prefill: [lic("business_licence.uscc")], keys: ["tyshxydm", "xydm", "uscc", "creditCode"] }),
  e("companyType", "公司类型", "org", ["企业类型", "市场主体类型", "企业（公司）类型"], str(50), "public", { prefill: [lic("business_licence.type")], keys: ["gslx", "qylx", "companyType", "entType"] }),
  e("unitCategory", "单位类型", "org", ["单位性质", "单位类别"], str(50), "public", { prefill: [lic("business_licence.unit_category")], keys: ["dwlx", "dwxz", "unitType"] }),
  e("premises", "生产经营地", "org", ["经营场所", "经营地址", "生产经营地址", "实际经营地址", "经营场所地址", "场所地址", "营业场所", "营业地址", "营业场所地址", "门店地址", "店铺地址", "经营地点", "生产经营场所", "生产经营场所地址"], str(200), "public", { keys: ["scjyd", "jycs", "bizAddress", "premises"] }),
  e("warehouse", "仓库地址", "org", ["仓库"], str(200), "public", { keys: ["ckdz", "warehouse"] }),
  e("regCapital", "注册资本（万元）", "org", ["注册资本", "资金数额（万元）@0.8", "资金数额@0.8", "注册资金"], num(), "public", { prefill: [lic("business_licence.registered_capital")], keys: ["zczb", "regCapital"] }),
  e("currency", "币种", "any", ["货币种类"], str(20), "public", { keys: ["bz", "currency"] }),
  e("bizScope", "经营范围", "org", ["一般经营项目"], str(4000), "public", { prefill: [lic("business_licence.scope")], keys: ["jyfw", "bizScope", "scope"] }),
  e("licensedItems", "许可经营项目", "org", ["经营项目", "许可项目", "经营范围（许可）"], { type: "array", items: { type: "string" }, uniqueItems: true }, "public", { keys: ["jyxm", "xkxm", "licensedItems"] }),
  e("employees", "从业人数", "org", ["职工人数", "员工人数", "从业人员人数"], int(), "general", { keys: ["cyrs", "employees"] }),
  e("postalCode", "邮政编码", "any", ["邮编"], str(6), "general", { format: "cn-postal-code", keys: ["yzbm", "yb", "postalCode", "zip"] }),
  e("term", "营业期限", "org", ["经营期限"], str(20), "public", { keys: ["yyqx", "term"] }),
  e("accountingMethod", "核算方式", "org", [], sel("独立核算", "非独立核算"), "general", { keys: ["hsfs"] }),
  e("accountingSystem", "适用会计制度", "org", ["会计制度", "财务会计制度"], str(50), "general", { keys: ["kjzd"] }),
  e("industry", "行业代码", "org", ["行业分类", "所属行业", "国民经济行业", "行业类别"], str(50), "public", { prefill: [lic("business_licence.industry")], keys: ["hydm", "hyfl", "industry"] }),
  e("establishedDate", "成立日期", "org", ["设立日期", "注册日期"], date, "public", { prefill: [lic("business_licence.established_date")], keys: ["clrq", "establishedDate"] }),
  e("affiliation", "隶属关系", "org", [], str(20), "general", { keys: ["lsgx"] }),
  e("businessArea", "经营面积（㎡）", "org", ["经营面积", "营业面积"], num(), "public", { keys: ["jymj", "area"] }),
  e("website", "网络经营网址", "org", ["网址", "网站地址", "网站"], str(200, { format: "uri" }), "public", { keys: ["wz", "website"] }),
  e("totalInvestment", "投资总额（折美元）", "org", ["投资总额"], num(), "public", { keys: ["tzze"] }),
  e("establishMethod", "设立方式", "org", [], sel("发起设立", "募集设立"), "public", { keys: ["slfs"] }),
  e("organisationForm", "组成形式", "org", [], sel("个人经营", "家庭经营"), "public", { keys: ["zcxs"] }),
  e("mainFormat", "主体业态", "org", [], str(50), "public", { keys: ["ztyt"] }),
  e("insuranceTypes", "参保险种", "org", ["险种"], multi("养老保险", "失业保险", "医疗保险", "工伤保险", "生育保险"), "general", { keys: ["cbxz"] }),
  e("depositorCount", "缴存人数", "org", [], int(), "general", { keys: ["jcrs"] }),
  e("employerRate", "单位缴存比例", "org", [], num({ maximum: 100 }), "general", { keys: ["dwjcbl"] }),
  e("employeeRate", "个人缴存比例", "org", [], num({ maximum: 100 }), "general", { keys: ["grjcbl"] }),
  e("licenceCopy", "营业执照", "org", ["营业执照副本", "营业执照复印件"], file, "public", { prefill: [lic("business_licence.copy")], keys: ["yyzz"] }),
  e("seal", "盖章", "org", ["公司盖章", "单位盖章", "单位公章", "企业盖章"], str(200), "public", { keys: ["gz", "seal"] }),
  // —— shareholding (columns of the shareholder table) ——
  e("subscribedCapital", "认缴出资额（万元）", "any", ["认缴出资额", "认缴出资"], num(), "public", { keys: ["rjcze"] }),
  e("paidCapital", "实缴出资额（万元）", "any", ["实缴出资额", "实缴出资"], num(), "public", { keys: ["sjcze"] }),
  e("contributionDate", "出资时间", "any", ["出资日期"], date, "public", { keys: ["czsj"] }),
  e("contributionDeadline", "出资期限", "any", [], date, "public", { keys: ["czqx"] }),
  e("contributionMethod", "出资方式", "any", [], str(50), "public", { keys: ["czfs"] }),
  e("contributionRatio", "出资比例（%）", "any", ["出资比例", "持股比例"], num({ maximum: 100 }), "public", { keys: ["czbl"] }),
  // —— bank account ——
  e("accountName", "账户名称", "any", ["开户名称", "缴费开户名称", "户名", "开户人", "账户名", "存款账户名称"], str(100), "general", { keys: ["zhmc", "hm", "accountName"] }),
  e("bankName", "开户银行", "any", ["开户行", "缴费银行", "开户银行名称", "存款账户开户银行", "存款银行"], str(100), "general", { keys: ["khyh", "bankName"] }),
  e("accountNumber", "银行账号", "any", ["账号", "银行卡号", "存款账户账号", "缴费账号", "开户账号"], str(32), "sensitive", { format: "cn-bank-account", keys: ["yhzh", "zh", "accountNumber"] }),
  e("accountNature", "账户性质", "org", ["账户类型"], sel("基本存款账户", "一般存款账户", "专用存款账户", "临时存款账户"), "general", { keys: ["zhxz"] }),
  e("depositorCategory", "存款人类别", "org", [], str(50), "general", { keys: ["ckrlb"] }),
  e("bankBranch", "开户网点", "org", ["预约网点"], str(100), "general", { keys: ["khwd"] }),
  e("appointmentDate", "预约日期", "any", ["预约开户日期"], date, "general", { keys: ["yyrq"] }),
  // —— newborn and birth ——
  e("birthDateTime", "出生时间", "person", ["出生日期时间"], { type: "string", format: "date-time" }, "personal", { prefill: [birth("birth_time")], keys: ["cssj"] }),
  e("gestationalWeeks", "出生孕周", "person", ["孕周"], int({ maximum: 45 }), "sensitive", { keys: ["yz"] }),
  e("birthWeight", "出生体重（g）", "person", ["出生体重"], int({ maximum: 8000 }), "sensitive", { keys: ["cstz"] }),
  e("birthLength", "出生身长（cm）", "person", ["出生身长"], num({ maximum: 80 }), "sensitive", { keys: ["cssc"] }),
  e("healthStatus", "健康状况", "person", [], str(20), "sensitive", { keys: ["jkzk"] }),
  e("birthplaceCategory", "出生地点分类", "person", [], sel("医院", "妇幼保健院", "家庭", "其他"), "personal", { keys: ["csddfl"] }),
  e("birthplace", "出生地点", "person", ["出生地"], str(200), "personal", { prefill: [birth("birthplace")], keys: ["csdd", "csd"] }),
  e("midwiferyOrg", "助产机构名称", "case", ["助产机构"], str(100), "general", { keys: ["zcjg"] }),
  e("joinParent", "随父/随母", "person", ["随父随母", "落户随父或随母"], sel("随父", "随母"), "personal", { keys: ["sfsm"] }),
  e("settleAddress", "申报落户地址", "person", ["落户地址"], str(200), "personal", { keys: ["lhdz"] }),
  e("insuredAddress", "参保地址", "person", [], str(200), "personal", { keys: ["cbdz"] }),
  e("cardBank", "合作银行", "person", ["社保卡合作银行"], str(50), "general", { keys: ["hzyh"] }),
  // —— deceased ——
  e("deathDate", "死亡日期", "person", ["死亡时间"], date, "sensitive", { dateLimit: "notFuture", keys: ["swrq"] }),
  e("deathCause", "死亡原因", "person", [], str(200), "sensitive", { keys: ["swyy"] }),
  e("deathPlace", "死亡地点", "person", [], str(200), "sensitive", { keys: ["swdd"] }),
  // —— the case: declarations, powers, seals, invoices ——
  e("declarationDate", "签署日期", "case", ["日期@0.8", "申请日期", "填表日期", "签字日期"], date, "general", { dateLimit: "notFuture", keys: ["rq", "date"] }),
  e("agentPowers", "委托权限", "case", ["委托事项", "授权事项"], { type: "array", items: { type: "string" }, uniqueItems: true }, "general", { keys: ["wtqx"] }),
  e("paperLicence", "申领纸质执照", "case", ["是否申领纸质执照"], { type: "boolean" }, "general", { keys: ["slzzzz"] }),
  e("copyCount", "副本数", "case", ["执照副本数"], int({ maximum: 10 }), "general", { keys: ["fbs"] }),
  e("sealKind", "刻章种类", "case", ["印章种类"], str(30), "general", { keys: ["kzzl"] }),
  e("sealForm", "印章形式", "case", [], sel("物理印章", "电子印章"), "general", { keys: ["yzxs"] }),
  e("sealMaterial", "章材", "case", ["印章材质"], str(30), "general", { keys: ["zc"] }),
  e("invoiceTypes", "发票票种", "case", ["票种"], { type: "array", items: { type: "string" }, uniqueItems: true }, "general", { keys: ["fppz"] }),
  e("invoiceLimit", "单份最高开票限额", "case", ["最高开票限额"], str(20), "general", { keys: ["zgkpxe"] }),
  e("invoiceMonthlyQty", "每月最高领用数量", "case", ["每月领用数量"], int(), "general", { keys: ["mylysl"] }),
  ...CASE_ELEMENTS,
];

/** Element by key. */
export const ELEMENT_BY_KEY: ReadonlyMap<string, DataElement> = new Map(ELEMENTS.map((x) => [x.key, x]));
