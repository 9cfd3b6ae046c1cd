// Binding reasons and merge messages in both languages (issue 14): every kind has a Chinese and an English text, the
// English has no Chinese outside the quoted words read from the form, and what a merge of real forms tells staff is
// English throughout when English is chosen.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { say, type Bilingual } from "../../../spec/bilingual.js";
import { CONSTRAINT_REASONS, ELEMENT_REASONS, KEPT_REASONS, PARTY_REASONS, ROLE_REASONS, joinReasons, sentence } from "../../../spec/binding/reasons.js";
import { ALIGN_REASONS, SUGGESTION_MESSAGES, partyName } from "../../../spec/merge/messages.js";
import { mergeForms } from "../../../spec/merge/index.js";
import { loadTemplate } from "../../../templates/load.js";

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** The English with the form's own words (quoted) taken out. */
const unquoted = (en: string) => en.replace(/"[^"]*"/g, "");

function expectBoth(m: Bilingual, what: string): void {
  expect(m.zh.trim().length, what).toBeGreaterThan(3);
  expect(m.zh, what).toMatch(/[\u4e00-\u9fff]/);
  expect(m.en.trim().length, what).toBeGreaterThan(3);
  expect(unquoted(m.en), `${what}: ${m.en}`).not.toMatch(CJK);
}

type Samples<T extends Record<string, (...args: never[]) => Bilingual>> = { [K in keyof T]: Parameters<T[K]> };
const ev = say("取值规则 ^1$ 只接受 11 位手机号码", "the pattern ^1$ accepts only an 11-digit mobile number");
const label = ELEMENT_REASONS.label("idNumber", "身份证号");
const kind = say("金额", "amount");
// Each table names every kind of its catalogue (the mapped type makes a new kind without a sample a type error),
// with the form's words in Chinese as real forms write them.
const ELEMENT: Samples<typeof ELEMENT_REASONS> = {
  note: ["entName", "申请人（企业名称）", "企业名称"], learnt: ["idNumber", "证照号", "证照号"], label: ["idNumber", "身份证号"],
  synonym: ["idNumber", "身份证号", "身份证号"], alternatives: ["name", "姓名或名称", true], roleOnly: ["法定代表人"],
  qualified: ["address", "现居住地址", "居住地址", "现"], wordAndSuffix: ["idNumber", "受种者身份证号", "受种者", "身份证号"],
  suffixOnly: ["accountNumber", "个人公积金账号", "账号"], personOnly: ["受种者"], key: ["idNumber", "sfzh", true],
  permitPremises: ["食品经营许可申请书"], appliedFor: ["disabilityCategory", "申请残疾类别", "残疾类别"], formNamesIt: ["机构", "机构名称", "托育机构备案书"], titledEstablishment: ["旅馆", "旅馆地址", "特种行业许可证申请登记表（旅馆业）"], establishment: ["门店", "门店地址"], personName: ["名称", true], notInDictionary: ["备注"],
};
const CONSTRAINT: Samples<typeof CONSTRAINT_REASONS> = {
  pattern: ["^1[3-9]\\d{9}$", say("11 位手机号码", "an 11-digit mobile number")], sexOptions: ["男 / 女"], householdOptions: ["农业 / 非农业"], ethnicOptions: [], idTypeOptions: [],
  format: ["cn-idcard"], length18: [], fromConstraint: ["mobile", ev], agrees: [label, ev], compatible: [label, ev],
  constraintWins: ["mobile", ev, label], contradicts: [label, ev, "mobile"], licensedItems: [label], typeMismatch: [label, "number", "string"],
  orgOfRole: [label, "operator"], kindAgrees: [label, kind], kindOnly: [kind], kindAgainst: [kind, label], kindContradicts: [label, kind],
};
const ROLE: Samples<typeof ROLE_REASONS> = {
  fromLabel: ["applicant", "申请人"], prefix: ["legalRep", "法定代表人"], openPrefix: ["受种者"], openLabel: ["受种者", "受种者"],
  ofCase: ["vehicle"], prefixFirst: ["?职工"], sectionFirst: ["employee", "applicant"], subjectMismatch: ["legalRep"], home: ["vehicle"], soleSubject: ["insured"], caseItself: [], orgInEnterpriseForm: [],
  orgInPersonForm: [], anyInEnterpriseForm: [], anyInPersonForm: [],
};
const at = PARTY_REASONS.section("职工信息");
const PARTY: Samples<typeof PARTY_REASONS> = {
  section: ["职工信息", true], sectionKey: ["zg"], from: ["?职工", at], learnt: ["child", at, "受种人"], helperNote: ["丧属", at, "经办人"],
  note: ["buyer", at, "买方"], inTitle: ["mother", at, "母亲"], openPerson: ["职工", at], enterprise: ["纳税人信息", "applicant"],
  deceased: ["?参保人", "参保人员死亡待遇申领表"], prefixed: ["legalRep", true, 3], second: ["监护人（二）", "监护人（一）", "?监护人"],
  formAbout: ["child", "儿童预防接种证查验登记表", "?受种者"], byAct: ["seller", "个人所得税自行纳税申报表（财产转让所得）", say("转让财产的一方", "the party who transferred the property"), "taxpayer"],
};
const KEPT: Samples<typeof KEPT_REASONS> = {
  unknownSection: ["担保人"], tableWithoutRole: [], kept: [label, KEPT_REASONS.tableWithoutRole()], otherPerson: [label, "本人信息"], noRole: [label],
};
const parties = [partyName("职工信息", "?职工"), partyName(undefined, "applicant")];
const ALIGN: Samples<typeof ALIGN_REASONS> = {
  onlyThisPerson: [parties], onlyPersonAs: [parties, "applicant"], sameFormPerson: [parties, "applicant", "insured"], employerOf: ["原参保单位", "employee"], sameIdentityAs: [parties, "?职工"], sharedRole: [3, "deceased"],
  staff: ["legalRep", "idNumber", label],
};
const SUGGEST: Samples<typeof SUGGESTION_MESSAGES> = {
  sameParty: [parties[0]!, parties[1]!, ["name", "idNumber"]], sameLabel: ["从业人员", true], weakBinding: ["applicant|accountNumber", "个人账号", 0.6, label],
  relatedRole: ["entHead", "legalRep"], relatedElement: ["applicant|contactPhone", "applicant|mobile"],
};

describe("every kind of reason and message in both languages", () => {
  const catalogues: Array<[string, Record<string, (...args: never[]) => Bilingual>, Record<string, unknown[]>]> = [
    ["element", ELEMENT_REASONS, ELEMENT], ["constraint", CONSTRAINT_REASONS, CONSTRAINT], ["role", ROLE_REASONS, ROLE],
    ["party", PARTY_REASONS, PARTY], ["kept", KEPT_REASONS, KEPT], ["align", ALIGN_REASONS, ALIGN], ["suggestion", SUGGESTION_MESSAGES, SUGGEST],
  ];
  for (const [name, catalogue, samples] of catalogues) {
    it(`${name}: non-empty Chinese and English, the English with no Chinese outside quotes`, () => {
      expect(Object.keys(samples).sort()).toEqual(Object.keys(catalogue).sort());
      for (const [k, fn] of Object.entries(catalogue)) expectBoth((fn as (...a: unknown[]) => Bilingual)(...samples[k]!), `${name}.${k}`);
    });
  }

  it("the deceased and the party-less variants name the evidence they used in both languages", () => {
    expect(PARTY_REASONS.deceased(undefined, undefined)).toEqual(say("角色「逝者」: 本表未写明角色的人有死亡日期，是逝者", "role deceased: the person whose role this form does not name has a date of death, so is the deceased"));
    expect(PARTY_REASONS.deceased("?会员", "会员死亡登记表").zh).toBe("角色「逝者」: 「会员」是表单「会员死亡登记表」所说的死亡者，是逝者");
  });

  it("pieces join with the language's own separator and a reason reads as an English sentence", () => {
    const r = sentence(joinReasons([ROLE_REASONS.prefix("legalRep", "法定代表人"), label]));
    expect(r).toEqual(say("角色「法定代表人」来自标题前缀「法定代表人」；数据元「身份证件号码」: 标题「身份证号」", 'Role legalRep from the label\'s prefix "法定代表人"; element idNumber: the label "身份证号"'));
  });
});

describe("what a merge of the built-in templates tells staff", () => {
  const dirs = readdirSync("templates", { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "catalogue").map((d) => d.name);
  it("every binding reason and suggestion has both languages, the English free of Chinese outside quotes", () => {
    let seen = 0;
    for (const dir of dirs) {
      const b = loadTemplate(`templates/${dir}`);
      const r = mergeForms(b.items.map((it, i) => ({ id: it.id, form: it.form, title: it.task_name, order: i })), { audience: b.audience });
      for (const [item, list] of Object.entries(r.bindings)) for (const f of list) { expectBoth(f.reason, `${dir} ${item}${f.pointer}`); seen++; }
      for (const s of r.suggestions) {
        expectBoth(s.message, `${dir} ${s.id}`);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(100);
  });
});
