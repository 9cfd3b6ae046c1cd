// An item's application form (JSON Schema) as the outline of a paper form: sections, fields with their choices,
// tables with their columns, and the example value of each field where the schema carries one (examples / default)
// — what the blank form (空白表格) and the filled-in sample (示例样表) print.

type Schema = Record<string, unknown>;

/** One field of the paper form. */
export interface OutlineField {
  title: string;
  required: boolean;
  kind: "line" | "text" | "choice" | "multi" | "table";
  choices: string[];
  columns: string[];
  /** The example (for the sample), as text; a table's example is its rows. */
  example?: string;
  exampleRows?: string[][];
  /** The example's choices (a choice or multi field), to tick on the sample. */
  chosen?: string[];
}

/** A section of the paper form (a top-level object of the schema; loose top-level fields make an untitled one). */
export interface OutlineSection { title: string; fields: OutlineField[] }

const obj = (v: unknown): Schema => (v && typeof v === "object" && !Array.isArray(v) ? (v as Schema) : {});
const titleOf = (s: Schema, key: string) => (typeof s.title === "string" && s.title.trim() ? s.title.trim() : key);

function choicesOf(s: Schema): string[] {
  if (Array.isArray(s.oneOf)) return s.oneOf.map((o) => obj(o)).map((o) => String(o.title ?? o.const ?? "")).filter(Boolean);
  if (Array.isArray(s.enum)) {
    const names = Array.isArray(s["x-enumNames"]) ? (s["x-enumNames"] as unknown[]) : Array.isArray(s.enumNames) ? (s.enumNames as unknown[]) : [];
    return s.enum.map((v, i) => String(names[i] ?? v));
  }
  if (s.type === "boolean") return ["是", "否"];
  return [];
}

function exampleOf(s: Schema): unknown {
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  return s.default;
}

function text(v: unknown, s: Schema): string | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "boolean") return v ? "是" : "否";
  const choice = Array.isArray(s.oneOf) ? s.oneOf.map(obj).find((o) => o.const === v) : undefined;
  if (choice && typeof choice.title === "string") return choice.title;
  if (Array.isArray(s.enum) && s.enum.includes(v)) return choicesOf(s)[s.enum.indexOf(v)];
  if (Array.isArray(v)) return v.map((x) => text(x, obj(s.items)) ?? "").join("、");
  if (typeof v === "object") return Object.values(v as Record<string, unknown>).map(String).join(" ");
  return String(v);
}

function field(key: string, s: Schema, required: boolean, prefix: string): OutlineField[] {
  const title = prefix + titleOf(s, key);
  if (s.type === "object" && s.properties) {
    const req = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
    return Object.entries(obj(s.properties)).flatMap(([k, v]) => field(k, obj(v), req.has(k), `${title}·`));
  }
  const base: OutlineField = { title, required, kind: "line", choices: [], columns: [] };
  if (s.type === "array") {
    const items = obj(s.items);
    if (items.type === "object") {
      const cols = Object.entries(obj(items.properties));
      const rows = Array.isArray(exampleOf(s)) ? (exampleOf(s) as unknown[]).map((r) => cols.map(([k, c]) => text(obj(r)[k], obj(c)) ?? "")) : undefined;
      return [{ ...base, kind: "table", columns: cols.map(([k, c]) => titleOf(obj(c), k)), ...(rows ? { exampleRows: rows } : {}) }];
    }
    const choices = choicesOf(items);
    const ex = text(exampleOf(s), s);
    const picked = exampleOf(s);
    const chosen = Array.isArray(picked) ? picked.map((x) => text(x, items) ?? "") : [];
    return [{ ...base, kind: choices.length ? "multi" : "line", choices, ...(ex ? { example: ex, chosen } : {}) }];
  }
  const choices = choicesOf(s);
  const long = s.type === "string" && (Number(s.maxLength) > 200 || s.format === "textarea");
  const ex = text(exampleOf(s), s);
  return [{ ...base, kind: choices.length && choices.length <= 12 ? "choice" : long ? "text" : "line", choices: choices.length <= 12 ? choices : [], ...(ex ? { example: ex, chosen: [ex] } : {}) }];
}

/** The paper outline of a form schema; why: the blank form and the sample of the guide are printed from it. */
export function formOutline(schema: unknown): OutlineSection[] {
  const root = obj(schema);
  const req = new Set(Array.isArray(root.required) ? (root.required as string[]) : []);
  const sections: OutlineSection[] = [];
  let loose: OutlineSection | undefined;
  for (const [key, raw] of Object.entries(obj(root.properties))) {
    const s = obj(raw);
    if (s.type === "object" && s.properties) {
      const inner = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
      sections.push({ title: titleOf(s, key), fields: Object.entries(obj(s.properties)).flatMap(([k, v]) => field(k, obj(v), inner.has(k), "")) });
    } else {
      if (!loose) sections.push((loose = { title: "", fields: [] }));
      loose.fields.push(...field(key, s, req.has(key), ""));
    }
  }
  return sections.filter((s) => s.fields.length);
}

/** Whether any field of the outline has an example, so a sample can be printed. */
export function hasExamples(sections: OutlineSection[]): boolean {
  return sections.some((s) => s.fields.some((f) => f.example !== undefined || f.exampleRows !== undefined));
}
