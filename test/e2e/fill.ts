// Fills the required fields of the smart form's current section like an applicant would — by their labels'
// ids, with realistic valid values (ID card, mobile, USCC, dates, first option of a list) chosen by checking
// each candidate against the field's own JSON Schema with the product's Ajv.
import type { Page } from "playwright-core";
import type { Guide, SmartForm } from "../../spec/bundle.js";
import { visibleQuestions, type Answers } from "../../spec/guide.js";
import { effectiveForm } from "../../spec/form-rules.js";
import { ajv } from "../../spec/ajv.js";
import { toPointer } from "../../spec/pointer.js";
import { fieldIdOf } from "../../runtime/shared/form/ids.js";
import type { Json } from "../../spec/common.js";

const MINI_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

// Plain text first; formatted values are picked only when the field's schema (format, pattern) demands them.
const STRINGS = [
  "示例内容", "张三", "北京市朝阳区示例路 1 号", "福州示例餐饮有限公司", "餐饮服务；食品销售",
  "11010519491231002X", "13800138000", "91350100M000100Y43", "100000", "2026-01-15", "zhangsan@example.com", "https://example.com",
];

function hinted(label: string): string[] {
  if (/身份证|证件号/.test(label)) return ["11010519491231002X"];
  if (/手机|电话|联系方式/.test(label)) return ["13800138000"];
  if (/信用代码/.test(label)) return ["91350100M000100Y43"];
  if (/邮编|邮政/.test(label)) return ["100000"];
  if (/区划|所在地区|区域|区县/.test(label)) return ["110105"];
  if (/姓名|法定代表人|负责人|经办人/.test(label)) return ["张三"];
  if (/地址|住所|场所|地点/.test(label)) return ["北京市朝阳区示例路 1 号"];
  if (/企业名称|单位名称|字号/.test(label)) return ["福州示例餐饮有限公司"];
  if (/规格|尺寸/.test(label)) return ["3×1"];
  if (/日期|时间/.test(label)) return ["2026-01-15"];
  return [];
}

/** A valid value for a field schema (undefined when none of the candidates fits). */
export function valueFor(schema: Json, label = ""): unknown {
  const validate = ajv.compile(schema);
  const type = schema.type;
  let candidates: unknown[];
  if (Array.isArray(schema.enum)) candidates = schema.enum;
  else if (Array.isArray(schema.oneOf)) candidates = (schema.oneOf as Json[]).map((o) => o.const);
  else if (type === "number" || type === "integer") candidates = [schema.minimum, 1, 10, 100, 1000, schema.maximum].filter((v) => typeof v === "number");
  else if (type === "boolean") candidates = [true];
  else {
    const min = typeof schema.minLength === "number" ? schema.minLength : 0;
    // The designer's own example in the description ("如 I6513") is the most realistic value.
    const example = typeof schema.description === "string" ? schema.description.match(/(?:例如|如|e\.g\.)[:：]?\s*([^\s，。,;；)）]+)/)?.[1] : undefined;
    candidates = [...(example ? [example] : []), ...hinted(label), ...STRINGS, "测".repeat(Math.max(min, 4))];
  }
  return candidates.find((c) => validate(c));
}

/** Every required leaf field (data pointer + schema + label) under a schema node, given the data so far. */
export function requiredLeaves(schema: Json, path: string[] = []): Array<{ pointer: string; schema: Json; label: string }> {
  const out: Array<{ pointer: string; schema: Json; label: string }> = [];
  const props = (schema.properties ?? {}) as Record<string, Json>;
  for (const key of (schema.required as string[] | undefined) ?? []) {
    const s = props[key];
    if (!s) continue;
    const l = String(s.title ?? key);
    if (s.type === "object") out.push(...requiredLeaves(s, [...path, key]));
    else out.push({ pointer: toPointer([...path, key]), schema: s, label: l });
  }
  return out;
}

/** Fills every empty required field of the section `sectionKey` ("" = unsectioned form) in the page. */
export async function fillSection(page: Page, bundle: { key: string; version: number; form: SmartForm }, answers: Json, sectionKey: string): Promise<number> {
  const { form } = bundle;
  const draftKey = `yijian.draft.${bundle.key}.v${bundle.version}`;
  let filled = 0;
  const done = new Set<string>();
  for (let pass = 0; pass < 3; pass++) {
    // The portal keeps the applicant's unfinished data in sessionStorage: read what the form holds now.
    const data = (await page.evaluate((k) => JSON.parse(sessionStorage.getItem(k) ?? "{}"), draftKey)) as Json;
    const eff = effectiveForm(form, { answers, data }).schema;
    const root = sectionKey ? ((eff.properties as Record<string, Json>)[sectionKey] ?? {}) : eff;
    const leaves = requiredLeaves(root, sectionKey ? [sectionKey] : []).filter((l) => !done.has(l.pointer));
    if (!leaves.length) break;
    for (const leaf of leaves) {
      done.add(leaf.pointer);
      const id = fieldIdOf(leaf.pointer);
      const el = page.locator(`[id="${id}"]`);
      const items = leaf.schema.items as Json | undefined;
      if (leaf.schema.type === "array" && items?.type === "object") {
        // A table of rows (e.g. 食品安全管理人员): add the minimum number of rows, then fill each row's required cells.
        const rows = Math.max(1, Number(leaf.schema.minItems ?? 1));
        for (let r = 0; r < rows; r++) {
          // rjsf already shows the minimum rows from the schema's defaults; add only the missing ones.
          if ((await page.locator(`[id="${id}_${r}"]`).count()) === 0) await page.locator(`[id="${id}__add"]`).click();
          for (const cell of requiredLeaves(items, [...leaf.pointer.split("/").slice(1), String(r)])) leaves.push(cell);
        }
        filled++;
        continue;
      }
      const tag = await el.evaluate((n) => `${n.tagName.toLowerCase()}:${(n as HTMLInputElement).type ?? ""}:${n.getAttribute("role") ?? ""}`);
      // Prefilled (免填) or already answered fields are left as they are.
      const answered = await el.evaluate((n) => {
        const inputs = n.matches("input, select, textarea") ? [n as HTMLInputElement] : [...n.querySelectorAll("input")];
        return inputs.some((i) => (i.type === "checkbox" || i.type === "radio" ? i.checked : i.value !== "")) || inputs.every((i) => i.disabled || i.readOnly);
      });
      if (answered) continue;
      if (tag.startsWith("input:file")) {
        // An attachment: a small real PDF.
        await el.setInputFiles({ name: "营业执照副本.pdf", mimeType: "application/pdf", buffer: Buffer.from(MINI_PDF) });
        filled++;
        continue;
      }
      if (tag.startsWith("select")) {
        await el.selectOption({ index: 1 });
        // A cascader (region, classification): go on choosing the first option of each next level that appears.
        for (let level = 1; level < 4; level++) {
          const next = page.locator(`[id="${id}__l${level}"]`);
          if (!(await next.count())) break;
          await next.selectOption({ index: 1 });
        }
      } else if (tag.includes("radiogroup") || tag.endsWith(":group")) {
        await el.locator("input").first().check();
      } else if (tag.startsWith("input:checkbox")) {
        await el.check();
      } else {
        const value = valueFor(leaf.schema, leaf.label);
        if (value === undefined) throw new Error(`no valid test value for ${leaf.pointer} (${JSON.stringify(leaf.schema)})`);
        await el.fill(String(value));
      }
      await el.blur();
      filled++;
    }
  }
  return filled;
}

/** Valid data for every required field of a schema (rows and attachments included), built like `fillSection` fills. */
export function buildData(schema: Json): Json {
  const out: Json = {};
  const props = (schema.properties ?? {}) as Record<string, Json>;
  for (const key of (schema.required as string[] | undefined) ?? []) {
    const s = props[key];
    if (!s) continue;
    const items = s.items as Json | undefined;
    if (s.type === "object") out[key] = buildData(s);
    else if (s.type === "array" && items?.type === "object") out[key] = Array.from({ length: Math.max(1, Number(s.minItems ?? 1)) }, () => buildData(items));
    else if (s.type === "array") {
      const options = (Array.isArray(items?.enum) ? items!.enum : ((items?.oneOf ?? items?.anyOf ?? []) as Json[]).map((o) => o.const)) as unknown[];
      out[key] = options.slice(0, Math.max(1, Number(s.minItems ?? 1)));
    } else if (s.format === "data-url") out[key] = `data:application/pdf;name=${encodeURIComponent("营业执照副本.pdf")};base64,${Buffer.from(MINI_PDF).toString("base64")}`;
    else {
      const v = valueFor(s, String(s.title ?? key));
      if (v === undefined) throw new Error(`no valid test value for ${key}`);
      out[key] = v;
    }
  }
  // Sections that are objects are always present, even when nothing in them is required.
  for (const [key, s] of Object.entries(props)) if (s.type === "object" && !(key in out)) out[key] = buildData(s);
  return out;
}

/** An applicant's situation with every visible question answered: its default, else its first option (true, none). */
export function answerEverything(guide: Guide): Answers {
  let answers: Answers = {};
  for (let i = 0; i < 10; i++) {
    for (const q of visibleQuestions(guide, answers)) {
      if (answers[q.id] === undefined) answers = { ...answers, [q.id]: q.default ?? (q.type === "boolean" ? true : q.type === "multi" ? [] : q.options[0]!.value) };
    }
  }
  return answers;
}
