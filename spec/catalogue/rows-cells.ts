// Cell readers and writers of the catalogue spreadsheet: code lists that accept a code, its Chinese label or
// "code label" (e.g. 01, 1, 行政许可, 01 行政许可), booleans (是/否), whole numbers ("20个工作日"), JSON cells.
// Each reader returns the value or a problem in Chinese and English; nothing here knows about sheets or rows.

/** A cell value as a spreadsheet library hands it over (dates and rich text already flattened to text). */
export type Cell = string | number | boolean | null;

/** A problem with one cell, in both languages. */
export interface CellError { zh: string; en: string }

/** What reading one cell gives: a value (undefined = empty cell) or an error. */
export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; error: CellError };

/** One entry of a code list: the stored value, its Chinese label, its English label. */
export interface CodeEntry { value: string; zh: string; en: string }

/** A code list (代码表) of the national item tables. */
export interface CodeList { name: string; entries: CodeEntry[]; /** stored values are the labels themselves (网上办理深度 一级 …) */ labelValued?: boolean }

const list = (name: string, spec: string, en: string): CodeList => {
  const ens = en.split("|");
  return { name, entries: spec.split(" ").map((p, i) => { const [value, zh] = p.split(":"); return { value: value!, zh: zh!, en: ens[i] ?? zh! }; }) };
};
const labels = (name: string, zh: string, en: string): CodeList => {
  const ens = en.split("|");
  return { name, labelValued: true, entries: zh.split(" ").map((z, i) => ({ value: z, zh: z, en: ens[i] ?? z })) };
};

/** Every code list the catalogue sheets use, by element. */
export const CODE_LISTS = {
  task_type: list("事项类型", "01:行政许可 02:行政处罚 03:行政强制 04:行政征收 05:行政给付 06:行政检查 07:行政确认 08:行政奖励 09:行政裁决 10:其他行政权力 20:公共服务",
    "licence|penalty|enforcement|levy|benefit|inspection|confirmation|award|adjudication|other power|public service"),
  use_level: list("行使层级", "1:国家 2:省 3:市 4:县 5:乡镇 6:村 7:分级管理", "national|province|city|county|township|village|tiered"),
  dept_type: list("实施主体性质", "1:法定机关 2:授权组织 3:受委托组织", "statutory body|authorised organisation|entrusted organisation"),
  project_type: list("办件类型", "1:即办件 2:承诺件", "immediate|promised"),
  serve_type: list("服务对象", "1:自然人 2:企业法人 3:事业法人 4:社会组织法人 5:非法人企业 6:行政机关 9:其他组织",
    "natural person|enterprise|public institution|social organisation|unincorporated enterprise|government body|other organisation"),
  handle_type: list("办理形式", "1:窗口办理 2:网上办理 3:快递申请", "at the window|online|by post"),
  source_type: list("来源渠道", "10:申请人自备 20:政府部门核发 30:中介机构出具 99:其他", "applicant|issued by government|issued by an intermediary|other"),
  online_level: labels("网上办理深度", "一级 二级 三级 四级", "level 1 (information)|level 2|level 3|level 4 (fully online)"),
  cross_scope: labels("通办范围", "全国 跨省 跨市 跨县 无", "nationwide|across provinces|across cities|across counties|none"),
  result_type: labels("审批结果类型", "出证照 出批文 其他", "licence|approval document|other"),
  day_unit: labels("时限单位", "工作日 自然日", "working days|calendar days"),
  material_form: labels("材料形式", "纸质 电子 纸质或电子", "paper|electronic|paper or electronic"),
  necessity: labels("材料必要性", "必要 非必要 容缺后补", "required|optional|may follow later"),
} satisfies Record<string, CodeList>;

const ok = <T>(value: T | undefined): CellResult<T> => ({ ok: true, value });
const bad = <T>(zh: string, en: string): CellResult<T> => ({ ok: false, error: { zh, en } });

/** The text of a cell, trimmed; empty → undefined. */
export function cellText(c: Cell): string | undefined {
  if (c === null || c === undefined) return undefined;
  const s = (typeof c === "string" ? c : String(c)).trim();
  return s === "" ? undefined : s;
}

/** A text cell. A number Excel has already rounded (a long code typed without a text format) is refused. */
export function readText(c: Cell, max?: number): CellResult<string> {
  if (typeof c === "number" && !Number.isSafeInteger(c) && Math.abs(c) > 1e15) {
    return bad("数字过长，已被 Excel 按科学计数法改写：请把该列设为「文本」格式后重新填写", "number too long, Excel has rounded it: format the column as Text and enter it again");
  }
  const s = cellText(c);
  if (s !== undefined && max !== undefined && s.length > max) return bad(`不能超过 ${max} 个字（现有 ${s.length} 个）`, `at most ${max} characters (has ${s.length})`);
  return ok(s);
}

/** A whole number ≥ 0; "20个工作日" gives 20 (the unit is read by readDayUnitHint). */
export function readInt(c: Cell): CellResult<number> {
  if (typeof c === "number") return Number.isInteger(c) && c >= 0 ? ok(c) : bad(`应为不小于 0 的整数，而不是 ${c}`, `must be a whole number ≥ 0, not ${c}`);
  const s = cellText(c);
  if (s === undefined) return ok(undefined);
  const m = /^(\d{1,9})\s*(个)?\s*(工作日|自然日|天|日)?$/.exec(s);
  return m ? ok(Number(m[1])) : bad(`应为不小于 0 的整数，而不是「${s}」`, `must be a whole number ≥ 0, not "${s}"`);
}

/** The day unit written after a time limit ("20个工作日" → 工作日), if any. */
export function readDayUnitHint(c: Cell): string | undefined {
  const s = cellText(c);
  return s ? /(工作日|自然日)$/.exec(s)?.[1] : undefined;
}

const TRUE = new Set(["是", "有", "y", "yes", "true", "1", "√", "✓", "支持", "收费"]);
const FALSE = new Set(["否", "无", "n", "no", "false", "0", "×", "✗", "不支持", "不收费"]);

/** A yes/no cell: 是/否, 有/无, Y/N, true/false, 1/0. */
export function readBool(c: Cell): CellResult<boolean> {
  if (typeof c === "boolean") return ok(c);
  const s = cellText(c)?.toLowerCase();
  if (s === undefined) return ok(undefined);
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return bad(`应填「是」或「否」，而不是「${cellText(c)}」`, `must be yes or no (是 or 否), not "${cellText(c)}"`);
}

const choices = (l: CodeList): string => l.entries.map((e) => (l.labelValued ? e.zh : `${e.value} ${e.zh}`)).join("、");
const choicesEn = (l: CodeList): string => l.entries.map((e) => (l.labelValued ? `${e.zh} (${e.en})` : `${e.value} ${e.zh} (${e.en})`)).join(", ");

/** One value of a code list from a code, a code without its leading zero, a label, "行政" shortened, or "code label". */
export function lookupCode(l: CodeList, raw: string): CodeEntry | { mismatch: string } | undefined {
  const s = raw.trim();
  const byLabel = (t: string) => l.entries.find((e) => e.zh === t || e.en.toLowerCase() === t.toLowerCase() || e.zh === `行政${t}`);
  if (l.labelValued) return byLabel(s) ?? l.entries.find((e, i) => s === String(i + 1) && /^[一二三四]级$/.test(e.zh));
  const m = /^(\d{1,3})(?:\s*[-.、:：_ ]?\s*(.+))?$/.exec(s);
  if (m) {
    const e = l.entries.find((x) => x.value === m[1] || Number(x.value) === Number(m[1]));
    if (!e) return undefined;
    if (m[2] && byLabel(m[2].trim()) !== e) return { mismatch: m[2].trim() };
    return e;
  }
  return byLabel(s);
}

/** A single-choice cell of a code list. */
export function readCode(l: CodeList, c: Cell): CellResult<string> {
  const s = cellText(c);
  if (s === undefined) return ok(undefined);
  const e = lookupCode(l, s);
  if (e && "mismatch" in e) return bad(`代码与名称不一致：「${s}」`, `code and label disagree: "${s}"`);
  if (!e) return bad(`「${s}」不是${l.name}的取值，可选：${choices(l)}`, `"${s}" is not a value of ${l.name}; choose one of: ${choicesEn(l)}`);
  return ok(e.value);
}

/** A multiple-choice cell: values separated by 、 , ， ; ； or new lines. */
export function readCodes(l: CodeList, c: Cell): CellResult<string[]> {
  const s = cellText(c);
  if (s === undefined) return ok(undefined);
  const out: string[] = [];
  for (const part of s.split(/[、,，;；\n/]+/).map((p) => p.trim()).filter(Boolean)) {
    const r = readCode(l, part);
    if (!r.ok) return r as CellResult<string[]>;
    if (!out.includes(r.value!)) out.push(r.value!);
  }
  return ok(out);
}

/** A JSON cell (a JSON Logic condition). */
export function readJson(c: Cell): CellResult<unknown> {
  const s = cellText(c);
  if (s === undefined) return ok(undefined);
  try {
    return ok(JSON.parse(s) as unknown);
  } catch {
    return bad("应为 JSON Logic 条件，例如 {\"==\": [{\"var\": \"answers.q1\"}, \"是\"]}", "must be a JSON Logic condition, e.g. {\"==\": [{\"var\": \"answers.q1\"}, \"yes\"]}");
  }
}

/** How a code value is written in a cell: "01 行政许可" (codes) or the label itself (label-valued lists). */
export function writeCode(l: CodeList, value: string): string {
  const e = l.entries.find((x) => x.value === value);
  if (!e) return value;
  return l.labelValued ? e.zh : `${e.value} ${e.zh}`;
}

/** The choices of a code list as a data-validation list shows them. */
export function codeChoices(l: CodeList): string[] {
  return l.entries.map((e) => writeCode(l, e.value));
}

/** Spreadsheet column letter of a 0-based index (0 → A, 26 → AA). */
export function columnLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
