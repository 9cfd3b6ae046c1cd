// The content of the built-in one-things (issue 7): every item is a valid item spec with realistic national
// elements, the guide only talks about items and answers that exist, every guide question changes what the
// applicant is told, and the figures of each template (situations, fields, pages, days) are pinned — so that a
// regression in a template (a lost material condition, a broken rule, a form that shrank) is caught.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  applicableItems, BundleSchema, conditionVariables, countSituations, effectiveForm, enumerateAnswerSets, GuideSchema, resolveNotice,
  validateItem, withDefaults,
  type Answers, type Guide, type Item,
} from "../../spec/index.js";
import { inspectForm } from "../../spec/binding/index.js";
import { getAtPointer } from "../../spec/pointer.js";
import { criticalPath, prepareDefinition, simulate, validateFlow } from "../../spec/flow/index.js";
import { checkSmartForm, formStats } from "../../spec/merge/index.js";
import { mergeTemplate, smartFormDocument } from "../../cli/commands/merge.js";
import { assembleTemplate, loadTemplate, TEMPLATES_DIR } from "../../templates/load.js";

interface Expected {
  items: string[];
  lead: string;
  cooperating: string[];
  /** Distinct notices (items + materials) the guide can produce. */
  situations: number;
  /** Leaf fields over all item forms (a table's columns counted once). */
  fieldsBefore: number;
  /** Printed pages over all item forms. */
  pagesBefore: number;
  /** Statutory days summed over the items, and the longest promised limit among them. */
  statutorySum: number;
  promisedMax: number;
  /** Critical path of the flow: statutory and promised working days of a case that goes through. */
  flowStatutory: number;
  flowPromised: number;
  /** The merged smart form (formStats of spec/merge): fields after the merge, still to type after prefill, pages. */
  fieldsAfter: number;
  toTypeAfter: number;
  pagesAfter: number;
  /** Merged fields filled from the profile or an e-licence, as "role.element←source:key". */
  prefill: string[];
  /** One typical applicant: the answers, and [items, fields of their forms, fields shown, fields to type]. */
  typical: { answers: Answers; figures: [number, number, number, number] };
}

/** Figures each template must keep; changing one is a deliberate change of the template (update docs/templates.md). */
const EXPECTED: Record<string, Expected> = {
  canguan: {
    items: ["geti-dengji", "company-registration", "shipin-jingying-xuke", "seal-filing", "tax-info", "xiaofang-jiancha", "zhaopai-beian"],
    lead: "samr", cooperating: ["psb", "tax", "fire", "urban"],
    // 公司设立登记、印章刻制备案、新办纳税人 are the catalogue items 企业开办 pins too (issue 15: no item defined twice)
    situations: 384, fieldsBefore: 204, pagesBefore: 23, statutorySum: 33, promisedMax: 3, flowStatutory: 14, flowPromised: 4,
    fieldsAfter: 121, toTypeAfter: 106, pagesAfter: 14,
    prefill: ["agent.idCopy←licence:resident_id_card", "company-registration.directors/items.zjfyj←licence:resident_id_card", "financeOfficer.idCopy←licence:resident_id_card",
      "legalRep.idCopy←licence:resident_id_card", "legalRep.nationality←profile:nationality", "legalRep.signature←profile:e_signature", "liaison.idCopy←licence:resident_id_card",
      "operator.domicile←profile:address", "operator.email←profile:email", "operator.ethnicity←profile:ethnicity", "operator.idNumber←profile:idNumber", "operator.idType←profile:idType", "operator.mobile←profile:mobile", "operator.name←profile:name", "operator.sex←profile:sex"],
    typical: { answers: { entitytype: "individual", fooditems: ["cold"], online: true, floorarea: "small", seal: true, signboard: true, byagent: false }, figures: [5, 106, 61, 52] }, // no 营业执照 copy: this one-thing issues it
  },
  chusheng: {
    items: ["chusheng-yixue-zhengming", "yufang-jiezhong-zheng", "chusheng-dengji", "jumin-yibao-canbao", "shebaoka-shenling"],
    lead: "nhc", cooperating: ["psb", "nhsa", "hrss"],
    situations: 112, fieldsBefore: 88, pagesBefore: 7, statutorySum: 51, promisedMax: 5, flowStatutory: 46, flowPromised: 7,
    fieldsAfter: 78, toTypeAfter: 70, pagesAfter: 7,
    prefill: ["applicant.marriageCertNo←licence:marriage_certificate.number", "declarant.idNumber←profile:idNumber", "declarant.name←profile:name", "proxy.idNumber←profile:idNumber", "proxy.name←profile:name", "receiver.idNumber←profile:idNumber", "receiver.idType←profile:idType", "receiver.name←profile:name"],
    typical: { answers: { bornplace: "hospital", married: true, joinwith: "father", ethnicity: false, military: false, sscard: true }, figures: [5, 88, 78, 70] },
  },
  jiehun: {
    items: ["jiehun-dengji", "hukou-hunyin-biangeng", "fuqi-toukao-luohu"],
    lead: "mca", cooperating: ["psb"],
    situations: 10, fieldsBefore: 49, pagesBefore: 3, statutorySum: 41, promisedMax: 5, flowStatutory: 42, flowPromised: 6,
    fieldsAfter: 49, toTypeAfter: 47, pagesAfter: 3,
    prefill: ["applicant.householdAddress←profile:householdAddress", "applicant.name←profile:name"],
    typical: { answers: { fuhun: false, hukou: "both", toukao: false }, figures: [2, 35, 34, 32] },
  },
  "qiye-zhuxiao": {
    items: ["qiye-zhuxiao-dengji", "qingsuanzu-beian", "shuiwu-zhuxiao", "shebao-zhuxiao", "waishang-zhuxiao-baogao"],
    lead: "samr", cooperating: ["hrss", "mofcom", "tax"],
    situations: 80, fieldsBefore: 68, pagesBefore: 7, statutorySum: 42, promisedMax: 3, flowStatutory: 27, flowPromised: 5,
    fieldsAfter: 54, toTypeAfter: 49, pagesAfter: 6,
    prefill: ["enterprise.entName←licence:business_licence.name", "enterprise.uscc←licence:business_licence.uscc", "legalRep.idNumber←profile:idNumber", "legalRep.mobile←profile:mobile", "legalRep.name←profile:name"],
    typical: { answers: { mode: "simple", branches: false, taxstatus: "other", shebao: true, foreign: false }, figures: [3, 41, 32, 27] },
  },
};

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

/** The template's items (the catalogue item versions bundle.json pins), each validated on its own (every problem listed with its id and pointer). */
function loadItems(key: string): Item[] {
  return (assembleTemplate(join(TEMPLATES_DIR, key)).items as unknown[]).map((doc, i) => {
    const result = validateItem(doc);
    if (!result.ok) throw new Error(`${key} item ${i} (${String((doc as { id?: unknown }).id)}):\n` + result.problems.map((p) => `  ${p.pointer}: ${p.message}`).join("\n"));
    return result.value;
  });
}

/** What the applicant is told for a set of answers: the items and materials that apply. */
function noticeKey(bundle: { items: Item[]; guide: Guide }, answers: Answers): string {
  const n = resolveNotice(bundle, answers);
  return JSON.stringify([n.items.map((i) => i.id), n.materials.map((m) => `${m.item}/${m.id}`)]);
}

const departments = new Set<string>((readJson(join(TEMPLATES_DIR, "departments.json")).departments as Array<{ id: string }>).map((d) => d.id));

for (const [key, want] of Object.entries(EXPECTED)) {
  describe(`template ${key}`, () => {
    const raw = readJson(join(TEMPLATES_DIR, key, "bundle.json"));
    const items = loadItems(key);
    const guide = GuideSchema.parse(raw.guide);
    const bundle = { items, guide };

    it("has the expected items of the lead and cooperating departments", () => {
      expect(items.map((i) => i.id)).toEqual(want.items);
      expect(raw.lead).toBe(want.lead);
      expect(raw.cooperating).toEqual(want.cooperating);
      for (const it of items) expect(departments.has(it.department), `${it.id}: ${it.department}`).toBe(true);
      expect(new Set(items.map((i) => i.department))).toEqual(new Set([want.lead, ...want.cooperating]));
    });

    it("is a valid bundle apart from the merged form", () => {
      const parsed = BundleSchema.safeParse({ ...raw, items, form: { schema: { type: "object", properties: {} } } });
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });

    it("guide rules and material conditions read only answers the guide asks", () => {
      const questionIds = new Set(guide.questions.map((q) => q.id));
      const conditions: Array<[string, unknown]> = [
        ...Object.entries(guide.applicability),
        ...guide.questions.map((q): [string, unknown] => [`question ${q.id}`, q.visibleIf]),
        ...items.flatMap((it) => it.materials.map((m): [string, unknown] => [`${it.id}/${m.id}`, m.handle_case])),
      ];
      for (const [where, cond] of conditions) {
        for (const v of conditionVariables(cond)) {
          expect(v.startsWith("answers.") && questionIds.has(v.slice("answers.".length)), `${where} reads ${v}`).toBe(true);
        }
      }
    });

    it("keeps realistic elements: promised within statutory, 容缺 with a deadline, titled forms", () => {
      for (const it of items) {
        expect(it.promise_day, it.id).toBeLessThanOrEqual(it.anticipate_day);
        expect(it.by_law, it.id).toMatch(/《.+》/);
        expect(it.steps.reduce((n, st) => n + (st.days ?? 0), 0), `${it.id}: published steps add up to the promised limit`).toBe(it.promise_day);
        expect(it.form.schema.title, it.id).toBeTruthy();
        for (const m of it.materials) if (m.necessity === "容缺后补") expect(m.deferral_days, `${it.id}/${m.id}`).toBeGreaterThan(0);
      }
    });

    it("covers the expected number of situations, and every question changes what the applicant is told", () => {
      expect(countSituations(bundle)).toBe(want.situations);
      const sets = enumerateAnswerSets(guide);
      for (const q of guide.questions) {
        // Group the answer sets by the answers to the questions that neither are q nor follow up on it: within some
        // group, different answers to q (and its follow-ups) must give different notices.
        const followUps = new Set(guide.questions.filter((f) => conditionVariables(f.visibleIf).includes(`answers.${q.id}`)).map((f) => f.id));
        const groups = new Map<string, Set<string>>();
        for (const a of sets) {
          const rest = Object.entries(a).filter(([id]) => id !== q.id && !followUps.has(id));
          const g = JSON.stringify(rest);
          if (!groups.has(g)) groups.set(g, new Set());
          groups.get(g)!.add(noticeKey(bundle, a));
        }
        expect([...groups.values()].some((s) => s.size > 1), `question ${q.id} changes nothing`).toBe(true);
      }
    });

    it("keeps its before figures: fields, pages, statutory and promised days", () => {
      expect(items.reduce((n, it) => n + inspectForm(it.form.schema).leaves.length, 0)).toBe(want.fieldsBefore);
      expect(items.reduce((n, it) => n + it.pages, 0)).toBe(want.pagesBefore);
      expect(items.reduce((n, it) => n + it.anticipate_day, 0)).toBe(want.statutorySum);
      expect(items.reduce((n, it) => Math.max(n, it.promise_day), 0)).toBe(want.promisedMax);
    });

    it("has a flow that checks clean, with each item reviewed once by its department within the item's limits", () => {
      const flow = readJson(join(TEMPLATES_DIR, key, "flow.json"));
      const v = validateFlow(flow, { departments, lead: want.lead, items: want.items, participants: [want.lead, ...want.cooperating] });
      expect(v.problems).toEqual([]);
      // an item is decided by a department's review, or by its rules (秒批) with a person of the department as fallback
      const reviews = (flow.nodes as Array<{ id: string; type: string; data: Record<string, unknown> }>).filter((n) => (n.type === "review" || n.type === "auto") && n.data.item);
      expect(reviews.map((n) => n.data.item).sort()).toEqual([...want.items].sort());
      for (const n of reviews) {
        const it = items.find((i) => i.id === n.data.item)!;
        const limits = (n.type === "auto" ? n.data.manual : n.data) as Record<string, unknown>;
        expect([n.data.department, limits.department ?? n.data.department, limits.statutoryDays, limits.promisedDays], n.id).toEqual([it.department, it.department, it.anticipate_day, it.promise_day]);
        expect(n.data.result, n.id).toEqual({ name: it.result_name });
      }
      const cp = criticalPath(v.flow!);
      expect([cp.statutory.days, cp.promised.days]).toEqual([want.flowStatutory, want.flowPromised]);
      expect(v.flow!.caseLimit).toMatchObject({ statutoryDays: want.flowStatutory, promisedDays: want.flowPromised });
    });

    it("routes every situation through exactly the items the guide says apply", () => {
      const def = prepareDefinition(readJson(join(TEMPLATES_DIR, key, "flow.json")), { version: 1, departments, lead: want.lead });
      const reviewed = new Map(def.flow.nodes.filter((n) => (n.type === "review" || n.type === "auto") && n.data.item).map((n) => [n.id, n.data.item as string]));
      const seen = new Set<string>();
      for (const answers of enumerateAnswerSets(guide)) {
        const expected = applicableItems(bundle, answers);
        if (seen.has(expected.join())) continue;
        seen.add(expected.join());
        const run = simulate(def, { start: "2026-03-02T09:00:00+08:00", answers });
        expect(run.status, JSON.stringify(answers)).toBe("completed");
        const taken = run.path.filter((id) => reviewed.has(id)).map((id) => reviewed.get(id)!);
        expect(taken.sort(), JSON.stringify(answers)).toEqual([...expected].sort());
      }
    });

    it("loads as a full template whose smart form keeps its before → after figures", () => {
      const bundle = loadTemplate(join(TEMPLATES_DIR, key));
      expect(bundle.items.map((i) => i.id)).toEqual(want.items);
      const stats = formStats(bundle.items, bundle.form);
      expect(stats).toMatchObject({ fieldsBefore: want.fieldsBefore, pagesBefore: want.pagesBefore });
      expect([stats.fieldsAfter, stats.toTypeAfter, stats.pagesAfter]).toEqual([want.fieldsAfter, want.toTypeAfter, want.pagesAfter]);
      expect(checkSmartForm(bundle.form, bundle.items)).toEqual([]);
    });

    it("loses no option of any item's select in the merged form", () => {
      const bundle = loadTemplate(join(TEMPLATES_DIR, key));
      const options = (schema: unknown) => {
        const s = schema as { enum?: unknown[]; items?: { enum?: unknown[] } } | undefined;
        return s?.enum ?? s?.items?.enum;
      };
      for (const [pointer, refs] of Object.entries(bundle.form.provenance)) {
        const merged = options(getAtPointer(bundle.form.schema, pointer));
        for (const ref of refs) {
          const own = options(getAtPointer(bundle.items.find((i) => i.id === ref.item)!.form.schema, ref.pointer));
          if (own) expect(merged, `${pointer} ← ${ref.item}${ref.pointer}`).toEqual(own);
        }
      }
    });

    it("shows one typical applicant only the fields of their situation", () => {
      const bundle = loadTemplate(join(TEMPLATES_DIR, key));
      const answers = withDefaults(bundle.guide, want.typical.answers);
      const ids = applicableItems(bundle, answers);
      const before = bundle.items.filter((i) => ids.includes(i.id)).reduce((n, i) => n + inspectForm(i.form.schema).leaves.length, 0);
      const eff = effectiveForm(bundle.form, { answers, data: {} });
      const shown = inspectForm(eff.schema).leaves.map((l) => l.pointer);
      const prefilled = shown.filter((p) => p in bundle.form.prefill).length;
      expect([ids.length, before, shown.length, shown.length - prefilled]).toEqual(want.typical.figures);
    });

    it("form.json is exactly what `merge --template` produces today (options and staff rules in merge.json)", () => {
      const committed = readJson(join(TEMPLATES_DIR, key, "form.json"));
      expect(JSON.parse(JSON.stringify(smartFormDocument(mergeTemplate(join(TEMPLATES_DIR, key)))))).toEqual(committed);
    });

    it("prefills exactly what the applicant's profile and existing e-licences hold, never an e-licence the case issues", () => {
      const form = readJson(join(TEMPLATES_DIR, key, "form.json")) as { prefill: Record<string, { source: string; key: string }> };
      const prefilled = Object.entries(form.prefill).map(([p, pf]) => `${p.replace(/^\/properties\//, "").replace(/\/properties\//g, ".")}←${pf.source}:${pf.key}`);
      expect(prefilled.sort()).toEqual(want.prefill);
    });
  });
}
