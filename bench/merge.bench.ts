// Merging 50 forms of 40 fields each (the target: under 50 ms), as median and p95 over repeated runs,
// against a baseline measured in the same run: structuredClone of the same inputs (the cost of just copying them).
import { cpus, loadavg } from "node:os";
import { mergeForms, type MergeSource } from "../spec/merge/index.js";

const ROLE_SECTIONS = ["法定代表人信息", "财务负责人", "联络员信息", "经办人", "单位负责人", "股东信息", "质量负责人", "委托代理人"];
const PERSON = ["姓名", "身份证件类型", "身份证件号码", "移动电话", "固定电话", "电子邮箱", "住所", "国籍"];
const ENTERPRISE = ["企业名称", "统一社会信用代码", "住所", "生产经营地", "联系电话", "邮政编码", "注册资本（万元）", "经营范围", "从业人数", "核算方式", "行业代码", "开户银行", "银行账号", "账户名称"];

/** A deterministic pseudo-random generator, so every run merges the same forms. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** One form of exactly `fields` leaves: enterprise fields, 3 person sections, local fields and a small table. */
export function generateForm(i: number, fields: number): MergeSource {
  const r = rng(i + 1);
  const properties: Record<string, unknown> = {};
  let n = 0;
  const take = <T>(list: T[]) => list[Math.floor(r() * list.length)]!;
  for (const title of ENTERPRISE.slice(0, 8 + Math.floor(r() * 6))) properties[`e${n++}`] = { type: "string", title, maxLength: 50 + Math.floor(r() * 150) };
  for (let sct = 0; sct < 3; sct++) {
    const props: Record<string, unknown> = {};
    for (const title of PERSON.slice(0, 4 + Math.floor(r() * 4))) props[`p${n++}`] = { type: "string", title };
    properties[`s${sct}`] = { type: "object", title: take(ROLE_SECTIONS), properties: props, required: Object.keys(props).slice(0, 2) };
  }
  properties.tbl = { type: "array", title: "明细", items: { type: "object", properties: { a: { type: "string", title: "名称" }, b: { type: "number", title: "数量" } } } };
  n += 2;
  while (n < fields) properties[`x${n}`] = { type: "string", title: `第${i}号事项自有字段${n++}`, enum: r() < 0.3 ? ["甲", "乙", "丙"] : undefined };
  return { id: `item${i}`, title: `事项${i}`, form: { schema: { type: "object", properties } }, pages: 1, ...(i % 3 ? { appliesIf: { "==": [{ var: `answers.q${i % 5}` }, true] } } : {}) };
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! };
}

function time(fn: () => unknown, runs: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [], cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall, cpu };
}

/** Prints the figure: merge median / p95 (wall clock, and CPU time, which other load on the machine disturbs less),
 *  the same-run baseline and the ratio. */
export async function run(): Promise<void> {
  const sources = Array.from({ length: 50 }, (_, i) => generateForm(i, 40));
  for (let i = 0; i < 5; i++) mergeForms(sources, { applySuggestions: true }); // warm-up (JIT)
  const runs = 40;
  const merge = time(() => mergeForms(sources, { applySuggestions: true }), runs);
  const auto = time(() => mergeForms(sources), runs);
  const clone = time(() => structuredClone(sources), runs);
  const r = mergeForms(sources, { applySuggestions: true });
  const f = (x: number) => x.toFixed(1).padStart(6);
  const line = (name: string, m: { wall: number[]; cpu: number[] }) => {
    const w = stats(m.wall), c = stats(m.cpu);
    return `  ${name.padEnd(26)} median ${f(w.median)} ms   p95 ${f(w.p95)} ms   (CPU median ${f(c.median)} ms)\n`;
  };
  process.stdout.write(`50 forms × 40 fields: ${r.stats.fieldsBefore} fields → ${r.stats.fieldsAfter} merged, ${r.suggestions.length} suggestions, ${runs} runs each\n`);
  process.stdout.write(line("mergeForms (all suggestions)", merge));
  process.stdout.write(line("mergeForms (default)", auto));
  process.stdout.write(line("baseline structuredClone", clone));
  const med = stats(merge.wall).median, cpu = stats(merge.cpu).median;
  process.stdout.write(`  ratio merge / clone: ${(med / stats(clone.wall).median).toFixed(1)}× wall, ${(cpu / stats(clone.cpu).median).toFixed(1)}× CPU (medians)\n`);
  process.stdout.write(`  target < 50 ms: wall median ${med < 50 ? "met" : "NOT met"}, CPU median ${cpu < 50 ? "met" : "NOT met"} (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores while measuring)\n`);
}
