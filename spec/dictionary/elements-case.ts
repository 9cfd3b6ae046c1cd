// Data elements beyond the template forms: the vehicle of a case (个人购车, 机动车登记, 车辆购置税, 交强险), work and
// social insurance (招聘, 退休), personal background and real property (上学, 落户). Labels, synonyms and values follow
// the national standards and forms named on each group, so that forms nobody here wrote still bind by their words.
import { date, e, int, num, sel, str } from "./element-builders.js";
import type { DataElement } from "./types.js";

const VEHICLE = { home: "vehicle" };
/** Data of the case itself wherever a form puts them (a contract's dates sit in the employee's section of some forms). */
const CASE = { home: "case" };

/** Elements of the case's vehicle, of work and insurance, of a person's background and of real property. */
export const CASE_ELEMENTS: readonly DataElement[] = [
  // —— the vehicle (GB 16735-2019 车辆识别代号; GA 36-2018 号牌; GA 24.x 机动车登记信息代码; GA 802-2019 机动车类型;
  //    公安部令第164号《机动车登记规定》申请表; 机动车销售统一发票; 车辆购置税法 第六条 and its 纳税申报表) ——
  e("vin", "车辆识别代号", "case", ["车辆识别代号（VIN）", "车辆识别代号/车架号", "车架号", "车架号码", "VIN码", "VIN", "车辆识别码", "车辆识别代码", "车辆识别号"], str(17, { pattern: "^[A-HJ-NPR-Z0-9]{17}$" }), "general", { keys: ["clsbdh", "vin", "cjh"], ...VEHICLE }),
  e("vehicleModel", "厂牌型号", "case", ["品牌型号", "车辆品牌型号", "车辆型号", "品牌/型号"], str(100), "general", { keys: ["cpxh", "ppxh"], ...VEHICLE }),
  e("plateNumber", "号牌号码", "case", ["车牌号码", "车牌号", "机动车号牌号码", "号牌号"], str(10), "general", { keys: ["hphm", "cph"], ...VEHICLE }),
  e("plateType", "号牌种类", "case", ["号牌类型"], str(20), "general", { keys: ["hpzl"], ...VEHICLE }),
  e("engineNumber", "发动机号码", "case", ["发动机号", "电动机号码", "发动机/电动机号码", "发动机（电动机）号码"], str(30), "general", { keys: ["fdjh", "fdjhm"], ...VEHICLE }),
  e("vehicleColour", "车身颜色", "case", ["车辆颜色"], str(20), "general", { keys: ["csys"], ...VEHICLE }),
  e("vehicleType", "车辆类型", "case", ["机动车类型", "车辆种类"], str(30), "general", { keys: ["cllx"], ...VEHICLE }),
  e("vehicleUse", "使用性质", "case", ["车辆使用性质", "机动车使用性质"], str(20), "general", { keys: ["syxz"], ...VEHICLE }),
  e("vehicleInvoiceNumber", "机动车销售统一发票号码", "case", ["购车发票号码", "机动车发票号码", "销售发票号码", "发票号码@0.9"], str(20), "general", { keys: ["fphm"], ...VEHICLE }),
  e("taxablePrice", "计税价格（元）", "case", ["计税价格", "计税价格(元)"], num(), "general", { keys: ["jsjg"], ...VEHICLE }),
  // —— work and social insurance (劳动合同法 第十七条; 人社部 就业登记、参保登记与退休审批表) ——
  e("contractStart", "劳动合同起始日期", "case", ["合同起始日期", "劳动合同开始日期", "合同开始日期", "劳动合同起始时间", "合同起始时间"], date, "general", { keys: ["htqsrq", "qsrq"], ...CASE }),
  e("contractEnd", "劳动合同终止日期", "case", ["合同终止日期", "劳动合同结束日期", "合同结束日期", "劳动合同终止时间", "合同终止时间"], date, "general", { keys: ["htzzrq", "zzrq"], ...CASE }),
  e("contractTermType", "劳动合同期限类型", "case", ["合同期限类型", "劳动合同期限"], sel("固定期限", "无固定期限", "以完成一定工作任务为期限"), "general", { keys: ["htqx"], ...CASE }),
  e("workStartDate", "参加工作时间", "person", ["参加工作日期", "参加工作年月"], date, "personal", { keys: ["cjgzsj", "cjgzrq"] }),
  e("retirementDate", "退休时间", "person", ["退休日期", "办理退休时间", "退休年月"], date, "personal", { keys: ["txsj", "txrq"] }),
  e("employer", "工作单位", "person", ["工作单位名称", "现工作单位", "原工作单位", "就职单位", "服务单位"], str(100), "personal", { keys: ["gzdw"] }),
  e("occupation", "职业", "person", ["职业类别", "从事职业"], str(50), "personal", { keys: ["zy"] }),
  e("socialSecurityCardNo", "社会保障卡号", "person", ["社保卡号", "社会保障卡卡号", "社保卡卡号"], str(20), "sensitive", { keys: ["sbkh"] }),
  // —— the end of a job (人社部 失业登记表 and 失业保险金申领登记表, 《失业保险金申领发放办法》: the 解除或终止劳动关系 date and
  //    why the person is out of work) — data of the case, whichever person's or unit's section a form puts them in ——
  e("employmentEndDate", "解除/终止劳动关系日期", "case", ["解除（终止）劳动合同日期", "解除/终止劳动合同日期", "解除或终止劳动关系日期", "解除或终止劳动合同日期", "解除劳动关系日期", "解除劳动合同日期", "离职日期"], date, "personal", { dateLimit: "notFuture", keys: ["jcrq"], ...CASE }),
  e("unemploymentReason", "失业原因", "case", ["中断就业原因", "失业原因类别"], str(100), "personal", { keys: ["syyy"], ...CASE }),
  // —— a person's background (GB/T 4658 学历, GB/T 4762 政治面貌, GB/T 2261.2 婚姻状况; 户口登记) ——
  e("education", "文化程度", "person", ["学历", "最高学历"], str(20), "personal", { keys: ["whcd", "xl"] }),
  e("politicalStatus", "政治面貌", "person", [], str(20), "personal", { keys: ["zzmm"] }),
  e("maritalStatus", "婚姻状况", "person", [], sel("未婚", "已婚", "丧偶", "离婚"), "personal", { keys: ["hyzk"] }),
  e("householdType", "户口性质", "person", ["户籍性质", "户口类别", "户籍类别"], str(20), "personal", { keys: ["hkxz", "hjxz"] }),
  // —— disability (GB/T 26341-2010 残疾人残疾分类和分级; 第二代残疾人证: 身份号码 + 类别 1–7 + 等级 1–4, 可加 B1–B9) ——
  e("disabilityCertNo", "残疾人证号", "person", ["残疾人证编号", "残疾人证号码", "残疾证号", "残疾证编号", "残疾证号码"], str(22, { pattern: "^[0-9]{17}[0-9Xx][1-7][1-4](B[1-9])?$" }), "sensitive", { keys: ["cjrzh", "cjzh"] }),
  e("disabilityCategory", "残疾类别", "person", ["残疾类型", "残疾种类"], sel("视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"), "sensitive", { keys: ["cjlb"] }),
  e("disabilityLevel", "残疾等级", "person", ["残疾级别"], sel("一级", "二级", "三级", "四级"), "sensitive", { keys: ["cjdj"] }),
  // —— a veteran's service (退役军人事务部《退役军人信息采集表》; 人社部、财政部、总参、总政《军人退役基本养老保险关系
  //    转移接续暂行办法》and 医保《军人退役医疗保险关系转移接续》申请表; 《退出现役证》): when the person joined and left
  //    the forces, in which unit they served, and the number of the certificate of leaving ——
  e("enlistmentDate", "入伍时间", "person", ["入伍日期", "参军时间", "参军日期", "入伍年月"], date, "personal", { dateLimit: "notFuture", keys: ["rwsj", "rwrq"] }),
  e("dischargeDate", "退役时间", "person", ["退役日期", "退出现役时间", "退出现役日期", "退伍时间", "退伍日期", "退役年月"], date, "personal", { keys: ["tysj", "tyrq"] }),
  e("formerUnit", "原服役部队", "person", ["服役部队", "原部队", "原所在部队", "原服役单位"], str(100), "personal", { keys: ["ybdw", "fybd"] }),
  e("dischargeCertNo", "退出现役证编号", "person", ["退出现役证号", "退出现役证号码", "退役证号", "退役证编号", "退伍证号", "退伍证编号"], str(30), "personal", { keys: ["tyzh", "tyzbh"] }),
  // —— an internet café's venue (《互联网上网服务营业场所管理条例》第十一条: 计算机台数; 公安网安 审核表 asks 上网终端数量) ——
  e("terminalCount", "计算机台数（台）", "org", ["计算机台数", "上网终端数量", "上网终端数量（台）", "终端数量", "终端台数", "上网终端台数", "上网计算机台数", "计算机数量", "电脑台数"], int(), "public", { keys: ["jsjts", "zdsl"] }),
  // —— a hotel's rooms (《旅馆业治安管理办法》 特种行业许可证申请登记表; 《公共场所卫生管理条例实施细则》 卫生许可证申请书;
  //    消防 营业前消防安全检查申报表 asks 住宿床位数): rooms and beds are two counts ——
  e("roomCount", "客房数（间）", "org", ["客房数", "客房数量", "客房间数", "客房总数"], int(), "public", { keys: ["kfs"] }),
  e("bedCount", "床位数（张）", "org", ["床位数", "住宿床位数", "床位数量", "床位总数"], int(), "public", { keys: ["cws"] }),
  // —— real property (不动产登记暂行条例 及其实施细则: 不动产权证书号、不动产单元号 (GB/T 37346-2019, 28 位)、坐落、
  //    建筑面积; 契税法 第四条: 计税依据为成交价格, 即网签合同的总价) ——
  e("propertyUnitNo", "不动产单元号", "case", ["不动产单元代码", "不动产单元编号", "不动产单元编码"], str(28), "general", { keys: ["bdcdyh"], ...CASE }),
  e("floorArea", "建筑面积（㎡）", "case", ["建筑面积", "房屋建筑面积", "房屋面积", "面积@0.8"], num(), "general", { keys: ["jzmj", "fwmj"], ...CASE }),
  e("transactionPrice", "成交价格（元）", "case", ["成交价格", "成交价", "成交金额", "合同总价", "合同总价款", "房屋成交价格"], num(), "general", { keys: ["cjjg", "htzj"], ...CASE }),
  e("propertyCertNo", "不动产权证号", "case", ["不动产权证书号", "不动产权证号码", "不动产权证书编号", "房屋所有权证号", "房产证号", "房产证编号"], str(50), "general", { keys: ["bdcqzh", "fczh"] }),
  e("propertyLocation", "房屋坐落", "case", ["房屋坐落地址", "不动产坐落", "坐落"], str(200), "general", { keys: ["fwzl"] }),
  e("householdSize", "家庭人口数", "person", ["家庭人口", "家庭成员人数"], int({ maximum: 50 }), "personal", { keys: ["jtrks"] }),
];
