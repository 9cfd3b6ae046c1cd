// `npm run --silent cli -- flow check FILE` and `flow simulate FILE`: static validation of an approval flow
// (every problem with its node or edge id; exit 1 on errors) and a walk through it with default answers
// (the path, the parallel branches, the critical-path time limits and the dates they lead to).
// FILE is a flow JSON, a bundle JSON with a `flow`, or a template folder (templates/<key>/).
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { calendarCovers, CN_CALENDAR, localDate, provisionalYearsOf } from "../../spec/calendar/index.js";
import { withDefaults, type Answers } from "../../spec/guide.js";
import { criticalPath, NODE_TYPES, parallelBranches, prepareDefinition, simulate, validateFlow, type FlowCheckOptions, type FlowProblem, type FlowSpec, type ItemToDecide } from "../../spec/flow/index.js";
import { assembleTemplate, TEMPLATES_DIR } from "../../templates/load.js";
import { cliLang, cliSay, cliText } from "../lang.js";

const COMMAND_LINES = `npm run --silent cli -- flow check FILE [--json]
       npm run --silent cli -- flow simulate FILE [--answers JSON] [--start ISO-INSTANT] [--json]`;
const usage = (): string => cliSay(`用法：${COMMAND_LINES}
FILE：流程 JSON、带 "flow" 的一件事 JSON，或模板文件夹 templates/<key>
`, `usage: ${COMMAND_LINES}
FILE: a flow JSON, a bundle JSON with a "flow", or a template folder (templates/<key>)
`);

interface Loaded { flow: unknown; lead?: string; items?: string[]; itemsToDecide?: ItemToDecide[]; participants?: string[]; itemLimits?: Record<string, { promisedDays: number; statutoryDays: number }>; guide?: { questions: Array<{ id: string; default?: unknown }> }; source: string }

class UsageError extends Error {}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new UsageError(cliSay(`无法读取 JSON ${file}：${(err as Error).message}`, `Cannot read JSON ${file}: ${(err as Error).message}`));
  }
}

/** Reads FILE as a flow, a bundle with a flow, or a template folder. */
function load(path: string): Loaded {
  if (!existsSync(path)) throw new UsageError(cliSay(`文件不存在：${path}`, `No such file: ${path}`));
  let doc: Record<string, unknown>;
  if (statSync(path).isDirectory()) {
    if (existsSync(join(path, "bundle.json"))) doc = assembleTemplate(path);
    else if (existsSync(join(path, "flow.json"))) doc = { flow: readJson(join(path, "flow.json")) };
    else throw new UsageError(cliSay(`文件夹中没有 bundle.json 或 flow.json：${path}`, `The folder has neither bundle.json nor flow.json: ${path}`));
  } else doc = readJson(path) as Record<string, unknown>;
  if (doc && typeof doc === "object" && "flow" in doc) {
    if (doc.flow === undefined) throw new UsageError(cliSay(`${path} 中没有 flow`, `${path} has no flow`));
    const rawItems = Array.isArray(doc.items) ? (doc.items as Array<{ id?: unknown; task_name?: unknown; department?: unknown; dept_name?: unknown; promise_day?: unknown; anticipate_day?: unknown; promise_type?: unknown; anticipate_type?: unknown }>) : [];
    const itemsToDecide = rawItems.flatMap((i) => (typeof i?.id === "string" && typeof i.department === "string"
      ? [{ id: i.id, name: typeof i.task_name === "string" ? i.task_name : i.id, department: i.department, ...(typeof i.dept_name === "string" ? { departmentName: i.dept_name } : {}) }] : []));
    const items = rawItems.length ? rawItems.map((i) => i?.id).filter((id): id is string => typeof id === "string") : undefined;
    const itemLimits: NonNullable<Loaded["itemLimits"]> = {};
    for (const i of rawItems) {
      const workingDays = (i.promise_type ?? "工作日") === "工作日" && (i.anticipate_type ?? "工作日") === "工作日";
      if (typeof i?.id === "string" && typeof i.promise_day === "number" && typeof i.anticipate_day === "number" && workingDays) itemLimits[i.id] = { promisedDays: i.promise_day, statutoryDays: i.anticipate_day };
    }
    return {
      flow: doc.flow,
      ...(typeof doc.lead === "string" ? { lead: doc.lead } : {}),
      ...(items && items.length ? { items, itemsToDecide } : {}),
      ...(Object.keys(itemLimits).length ? { itemLimits } : {}),
      ...(typeof doc.lead === "string" ? { participants: [doc.lead, ...(Array.isArray(doc.cooperating) ? (doc.cooperating as string[]) : [])] } : {}),
      ...(doc.guide && typeof doc.guide === "object" ? { guide: doc.guide as Loaded["guide"] } : {}),
      source: path,
    };
  }
  if (doc && typeof doc === "object" && "kind" in doc && doc.kind === "bundle") throw new UsageError(cliSay(`${path} 是一件事但没有 flow`, `${path} is a one-thing without a flow`));
  return { flow: doc, source: path };
}

function registry(): Array<{ id: string; name: string; nameEn?: string }> {
  return (readJson(join(TEMPLATES_DIR, "departments.json")) as { departments: Array<{ id: string; name: string; nameEn?: string }> }).departments;
}

function options(loaded: Loaded): FlowCheckOptions {
  return {
    departments: registry().map((d) => d.id),
    departmentNames: Object.fromEntries(registry().map((d) => [d.id, { zh: d.name, ...(d.nameEn ? { en: d.nameEn } : {}) }])),
    ...(loaded.lead ? { lead: loaded.lead } : {}),
    ...(loaded.items ? { items: loaded.items } : {}),
    ...(loaded.itemsToDecide ? { itemsToDecide: loaded.itemsToDecide } : {}),
    ...(loaded.participants ? { participants: loaded.participants } : {}),
    ...(loaded.itemLimits ? { itemLimits: loaded.itemLimits } : {}),
  };
}

function formatProblem(p: FlowProblem): string {
  const node = (id: string) => cliSay(`节点 ${id}`, `node ${id}`), edgeOf = (id: string) => cliSay(`连线 ${id}`, `edge ${id}`);
  const where = p.nodeId ? node(p.nodeId) : p.edgeId ? edgeOf(p.edgeId) : cliSay("流程", "flow");
  const edge = p.nodeId && p.edgeId ? ` ${edgeOf(p.edgeId)}` : "";
  const severity = p.severity === "error" ? cliSay("错误", "error  ") : cliSay("警告", "warning");
  return `  ${severity}  ${where}${edge}  ${p.pointer || "/"}  ${cliText(p.message)}`;
}

/** "2026-11-23 17:29" in the calendar's zone. */
function local(iso: string): string {
  const d = new Date(iso);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: CN_CALENDAR.timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
  return `${localDate(d, CN_CALENDAR)} ${time}`;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) throw new UsageError(cliSay(`${name} 需要一个值`, `${name} needs a value`));
  return v;
}

function check(args: string[]): number {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new UsageError(cliSay("缺少 FILE", "FILE is missing"));
  const loaded = load(file);
  const v = validateFlow(loaded.flow, options(loaded));
  const errors = v.problems.filter((p) => p.severity === "error").length;
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ ok: v.ok, problems: v.problems, ...(v.flow ? { critical: criticalPath(v.flow) } : {}) }, null, 2) + "\n");
    return v.ok ? 0 : 1;
  }
  const warnings = v.problems.length - errors;
  process.stdout.write(cliSay(`${loaded.source}：${errors} 个错误，${warnings} 个警告\n`, `${loaded.source}: ${errors} error(s), ${warnings} warning(s)\n`));
  for (const p of v.problems) process.stdout.write(formatProblem(p) + "\n");
  if (v.flow) process.stdout.write(`  ${cliText(criticalPath(v.flow).summary)}\n`);
  return v.ok ? 0 : 1;
}

function describeNode(flow: FlowSpec, id: string): string {
  const n = flow.nodes.find((x) => x.id === id);
  if (!n) return id;
  const d = n.data as { label?: string; department?: string; role?: string; promisedDays?: number; statutoryDays?: number };
  const type = NODE_TYPES.get(n.type)!;
  const who = d.department ? `  [${d.department}${d.role ? `/${d.role}` : ""}]` : "";
  const typeLabel = cliLang() === "en" ? type.labelEn : type.label;
  const days = d.promisedDays !== undefined ? cliSay(`  承诺 ${d.promisedDays} / 法定 ${d.statutoryDays ?? "?"} 工作日`, `  promised ${d.promisedDays} / statutory ${d.statutoryDays ?? "?"} working days`) : "";
  const label = !d.label ? typeLabel : d.label.startsWith(type.label) ? d.label : `${typeLabel}${cliSay("：", ": ")}${d.label}`;
  const options = n.type === "exclusive"
    ? `  {${flow.edges.filter((e) => e.source === id).map((e) => `${e.data?.label ?? e.label ?? e.id}${e.data?.default ? cliSay("(默认)", " (default)") : ""}→${e.target}`).join(" | ")}}`
    : "";
  return `${id.padEnd(24)} ${label}${who}${days}${options}`;
}

/** The simulation report's parallel branches: each split, its join and the nodes of each branch. */
function branchLines(flow: FlowSpec): string[] {
  const out = [cliSay("并联分支：", "Parallel branches:")];
  const branches = parallelBranches(flow);
  if (!branches.length) out.push(cliSay("  （无）", "  (none)"));
  for (const b of branches) {
    out.push(cliSay(`  ${b.split} ⇉ ${b.join}（${b.branches.length} 个分支同时办理）`, `  ${b.split} ⇉ ${b.join} (${b.branches.length} branches handled at once)`));
    for (const br of b.branches) out.push(`    ├─ ${br.map((id) => describeNode(flow, id).replace(/\s{2,}/g, " ")).join("  →  ") || cliSay("（直接汇聚）", "(straight to the join)")}`);
  }
  return out;
}

/** The simulation report's critical-path limits, in working days. */
function limitLines(cp: ReturnType<typeof criticalPath>): string[] {
  return [
    cliSay("关键路径时限（工作日）：", "Critical-path limits (working days):"),
    cliSay(`  承诺 ${cp.promised.days}：${cp.promised.path.join(" → ")}`, `  promised ${cp.promised.days}: ${cp.promised.path.join(" → ")}`),
    cliSay(`  法定 ${cp.statutory.days}：${cp.statutory.path.join(" → ")}`, `  statutory ${cp.statutory.days}: ${cp.statutory.path.join(" → ")}`),
    ...(cp.caseLimit ? [cliSay(`  案件时限：法定 ${cp.caseLimit.statutoryDays}，承诺 ${cp.caseLimit.promisedDays}`, `  case limit: statutory ${cp.caseLimit.statutoryDays}, promised ${cp.caseLimit.promisedDays}`)] : []),
    `  ${cliText(cp.summary)}`,
  ];
}

function simulateCommand(args: string[]): number {
  const file = args.find((a, i) => !a.startsWith("--") && !["--answers", "--start"].includes(args[i - 1] ?? ""));
  if (!file) throw new UsageError(cliSay("缺少 FILE", "FILE is missing"));
  const loaded = load(file);
  const v = validateFlow(loaded.flow, options(loaded));
  if (!v.ok || !v.flow) {
    process.stdout.write(cliSay(`${loaded.source}：流程有错误，无法模拟\n`, `${loaded.source}: the flow has errors and cannot be simulated\n`));
    for (const p of v.problems.filter((x) => x.severity === "error")) process.stdout.write(formatProblem(p) + "\n");
    return 1;
  }
  const answersArg = flag(args, "--answers");
  let answers: Record<string, unknown> = {};
  if (answersArg) {
    try { answers = JSON.parse(answersArg); } catch { throw new UsageError(cliSay(`--answers 不是合法的 JSON：${answersArg}`, `--answers is not valid JSON: ${answersArg}`)); }
  }
  if (loaded.guide) answers = withDefaults({ intro: "", applicability: {}, ...loaded.guide } as never, answers as Answers);
  const start = flag(args, "--start") ?? new Date().toISOString();
  if (Number.isNaN(new Date(start).getTime())) throw new UsageError(cliSay(`--start 不是合法的时间：${start}`, `--start is not a valid instant: ${start}`));
  const def = prepareDefinition(v.flow, { version: 1 });
  const r = simulate(def, { start, answers });
  if (args.includes("--json")) {
    const { state: _state, log: _log, ...rest } = r;
    process.stdout.write(JSON.stringify({ answers, ...rest }, null, 2) + "\n");
    return 0;
  }
  const flow = v.flow;
  const out: string[] = [];
  out.push(cliSay(`流程模拟：${loaded.source}`, `Simulation: ${loaded.source}`));
  out.push(cliSay(`提交时间 ${local(start)}（北京时间），默认答案 ${JSON.stringify(answers)}`, `Submitted ${local(start)} (Beijing time), default answers ${JSON.stringify(answers)}`));
  out.push("", cliSay("路径：", "Path:"));
  const stepAt = new Map(r.steps.map((s) => [s.node, s]));
  r.path.forEach((id, i) => {
    const s = stepAt.get(id);
    out.push(`  ${String(i + 1).padStart(2)}. ${describeNode(flow, id)}${s ? `  → ${s.action} ${local(s.at)}` : ""}`);
  });
  out.push("", ...branchLines(flow));
  out.push("", ...limitLines(r.critical));
  const dues = r.caseDueAt ? cliSay(`；承诺办结期限 ${local(r.caseDueAt)}，法定办结期限 ${local(r.caseStatutoryDueAt!)}`, `; promised due ${local(r.caseDueAt)}, statutory due ${local(r.caseStatutoryDueAt!)}`) : "";
  out.push("", cliSay(`结果：${r.status}，办结于 ${local(r.finishedAt)}`, `Outcome: ${r.status}, finished ${local(r.finishedAt)}`) + dues);
  const uncovered = [r.caseDueAt, r.caseStatutoryDueAt].find((due) => due && !calendarCovers(localDate(due, CN_CALENDAR), CN_CALENDAR));
  if (uncovered) {
    const year = localDate(uncovered, CN_CALENDAR).slice(0, 4);
    out.push(cliSay(`  注意：${year} 年的法定节假日尚未公布或未收录，期限只跳过了周末`, `  Note: the statutory holidays of ${year} are not published or not included yet; the deadlines skip weekends only`));
  }
  const provisional = provisionalYearsOf([r.caseDueAt, r.caseStatutoryDueAt], CN_CALENDAR).join(cliSay("、", ", "));
  if (provisional) out.push(cliSay(`  注意：${provisional} 年节假日安排尚未公布：期限暂按法定节日计算（未含调休），公布后可能调整`, `  Note: the ${provisional} holiday arrangement is not published yet: these deadlines count the statutory public holidays only (no swapped working days) and may still move`));
  const results = r.state.results.map((x) => cliSay(`${x.name}（${x.department}）`, `${x.name} (${x.department})`)).join(cliSay("、", ", ")) || cliSay("无", "none");
  out.push(cliSay(`  各部门均用满承诺时限；出件结果：${results}`, `  Every department takes its full promised limit; results: ${results}`));
  process.stdout.write(out.join("\n") + "\n");
  return r.status === "completed" ? 0 : 1;
}

/** Entry point of the `flow` command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === "check") return check(rest);
    if (sub === "simulate") return simulateCommand(rest);
    process.stderr.write(usage());
    return 2;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${usage()}`);
      return 2;
    }
    throw err;
  }
}
