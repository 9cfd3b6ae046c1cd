import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Each test starts Node processes (tsx compiles the CLI each time: 2–8 s apiece on a busy 2-core machine).
vi.setConfig({ testTimeout: 120_000 });
import { run } from "../../cli/commands/flow.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TEMPLATE = join(ROOT, "templates/qiye-kaiban");
const flowJson = () => JSON.parse(readFileSync(join(TEMPLATE, "flow.json"), "utf8"));

/** Runs the command in-process, capturing stdout and stderr. */
async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function tmpFile(name: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "yijian-flow-"));
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

/** The CLI's locale for a test: Chinese unless a test asks for English. */
const locale = (lang: string) => { vi.stubEnv("LC_ALL", ""); vi.stubEnv("LC_MESSAGES", ""); vi.stubEnv("LANG", lang); };
beforeEach(() => locale("zh_CN.UTF-8"));
afterEach(() => { vi.restoreAllMocks(); vi.unstubAllEnvs(); });
/** The environment of a spawned CLI, in a locale. */
const spawnEnv = (lang: string) => ({ ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: lang });

describe("flow check", () => {
  it("passes the 企业开办 flow and prints the reduction", async () => {
    const r = await cli("check", TEMPLATE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 个错误，");
    expect(r.stdout).toContain("承诺时限较法定时限压减 89.5%");
  });

  it("lists every problem with its node or edge id and exits 1", async () => {
    const f = flowJson();
    f.edges = f.edges.filter((e: { id: string }) => e.id !== "e-bank-no" && e.id !== "e-tax-join");
    f.nodes.find((n: { id: string }) => n.id === "review-seal").data.department = "moon";
    f.nodes.find((n: { id: string }) => n.id === "review-hpf" || n.id === "review-housing-fund").data.promisedDays = 9;
    const r = await cli("check", tmpFile("flow.json", f));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/错误\s+节点 gateway-bank .*默认分支/);
    expect(r.stdout).toMatch(/错误\s+节点 review-tax .*没有出边/);
    expect(r.stdout).toMatch(/错误\s+节点 parallel 连线 e-parallel-tax .*永远到不了/);
    expect(r.stdout).toMatch(/错误\s+节点 review-seal .*\/data\/department .*moon/);
    expect(r.stdout).toMatch(/错误\s+节点 review-housing-fund .*\/data\/promisedDays .*超过法定时限/);
    const json = await cli("check", tmpFile("flow.json", f), "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems.length).toBeGreaterThanOrEqual(5);
  });

  it("reads a bundle JSON with a flow and checks the lead department", async () => {
    const bundle = { kind: "bundle", lead: "tax", items: [{ id: "company-registration", promise_day: 0, anticipate_day: 3 }], flow: flowJson() };
    const r = await cli("check", tmpFile("bundle.json", bundle));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("节点 acceptance");
    expect(r.stdout).toContain("牵头部门 tax");
    expect(r.stdout).toMatch(/节点 review-seal .*\/data\/item .*seal-filing/);
    expect(r.stdout).toMatch(/警告\s+节点 review-seal .*不是本件事的牵头或配合部门/);
    expect(r.stdout).toMatch(/警告\s+节点 review-registration .*\/data\/promisedDays .*承诺时限 1 天超过事项「company-registration」/);
  });

  it("says what is wrong with the input itself", async () => {
    expect((await cli("check", "/no/such/file.json")).code).toBe(2);
    const bad = await cli("check", tmpFile("x.json", "{ not json"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("无法读取 JSON");
    expect((await cli("frobnicate")).code).toBe(2);
  });
});

describe("flow simulate", () => {
  it("prints the path, the parallel branches and the critical-path limits of 企业开办", async () => {
    const r = await cli("simulate", TEMPLATE, "--start", "2026-09-29T02:00:00Z", "--answers", '{"bankaccount":true}');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1\. start[\s\S]*acceptance[\s\S]*review-registration[\s\S]*parallel[\s\S]*review-bank[\s\S]*join[\s\S]*results[\s\S]*end/);
    expect(r.stdout).toContain("parallel ⇉ join（5 个分支同时办理）");
    expect(r.stdout).toContain("承诺 2：start → acceptance → review-registration → parallel");
    expect(r.stdout).toContain("法定 19：");
    // accepted 29 Sep, registration 30 Sep, parallel review after National Day: 8 Oct
    expect(r.stdout).toContain("completed，办结于 2026-10-08 17:29");
    expect(r.stdout).toContain("承诺办结期限 2026-10-08 17:30");
  });

  it("fills the guide's defaults, takes default branches for answers given as false, and has a JSON form", async () => {
    const all = JSON.parse((await cli("simulate", TEMPLATE, "--start", "2026-11-23T02:00:00Z", "--json")).stdout);
    expect(all.answers).toMatchObject({ needseal: true, hireemployees: true, bankaccount: true });
    expect(all.path).toContain("review-bank");
    const r = await cli("simulate", TEMPLATE, "--start", "2026-11-23T02:00:00Z", "--answers", '{"bankaccount":false}', "--json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.path).not.toContain("review-bank");
    expect(report.path).toContain("review-seal");
    expect(report.critical.reductionPercent).toBe(89.5);
    expect(report.branches[0].branches).toHaveLength(5);
  });

  it("warns when the deadlines fall in a year whose arrangement is not published, or without holiday data", async () => {
    const r = await cli("simulate", TEMPLATE, "--start", "2026-12-28T02:00:00Z");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("注意：2027 年节假日安排尚未公布：期限暂按法定节日计算（未含调休），公布后可能调整");
    expect(r.stdout).not.toContain("尚未公布或未收录");
    const far = await cli("simulate", TEMPLATE, "--start", "2045-12-27T02:00:00Z");
    expect(far.stdout).toContain("注意：2045 年的法定节假日尚未公布或未收录，期限只跳过了周末");
  });

  it("refuses to simulate an invalid flow", async () => {
    const f = flowJson();
    delete f.caseLimit;
    const r = await cli("simulate", tmpFile("flow.json", f));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("流程有错误，无法模拟");
    expect(r.stdout).toContain("/caseLimit");
  });
});

describe("in an English locale", () => {
  it("prints the check and the simulation in English only", async () => {
    locale("en_US.UTF-8");
    const checked = await cli("check", TEMPLATE);
    expect(checked.stdout).toContain("0 error(s), ");
    expect(checked.stdout).toContain("Statutory limit 19 working days, promised limit 2 working days: 89.5% shorter than the statutory limit");
    const r = await cli("simulate", TEMPLATE, "--start", "2026-12-28T02:00:00Z");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Parallel branches:");
    expect(r.stdout).toContain("parallel ⇉ join (5 branches handled at once)");
    expect(r.stdout).toContain("Note: the 2027 holiday arrangement is not published yet: these deadlines count the statutory public holidays only (no swapped working days) and may still move");
    expect((await cli("simulate", TEMPLATE, "--start", "2045-12-27T02:00:00Z")).stdout).toContain("Note: the statutory holidays of 2045 are not published or not included yet; the deadlines skip weekends only");
    expect(r.stdout).toContain("Outcome: completed, finished 2026-12-30 17:29; promised due 2026-12-30 17:30");
    // Chinese only in the template's own content (node labels, result names), none in what the CLI writes
    for (const own of ["流程模拟", "提交时间", "路径", "并联分支", "关键路径", "工作日", "结果：", "注意", "各部门均用满", "(默认)"]) expect(r.stdout).not.toContain(own);
  });

  it("names the problems of a flow in English", async () => {
    locale("en_US.UTF-8");
    const f = flowJson();
    f.nodes.find((n: { id: string }) => n.id === "review-seal").data.department = "moon";
    const r = await cli("check", tmpFile("flow.json", f));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+node review-seal .*\/data\/department .*moon/);
    expect((await cli("check", "/no/such/file.json")).stderr).toContain("No such file: /no/such/file.json");
  });

  it("stays Chinese in the C locale and when no locale is set", async () => {
    for (const lang of ["C.UTF-8", ""]) {
      locale(lang);
      expect((await cli("check", "/no/such/file.json")).stderr).toContain("文件不存在：/no/such/file.json");
    }
  });
});

describe("through npm run cli", () => {
  it("exits 1 on errors and 0 on a valid flow", () => {
    const ok = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "flow", "check", "templates/qiye-kaiban"], { cwd: ROOT, encoding: "utf8", env: spawnEnv("zh_CN.UTF-8") });
    expect(ok.status).toBe(0);
    const f = flowJson();
    f.nodes.push({ id: "lost", type: "review", position: { x: 0, y: 0 }, data: { department: "samr", statutoryDays: 1, promisedDays: 1 } });
    const bad = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "flow", "check", tmpFile("flow.json", f)], { cwd: ROOT, encoding: "utf8", env: spawnEnv("zh_CN.UTF-8") });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("节点 lost");
    const en = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "flow", "check", tmpFile("flow.json", f)], { cwd: ROOT, encoding: "utf8", env: spawnEnv("en_US.UTF-8") });
    expect(en.stdout).toContain("node lost");
  });
});
