import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
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

afterEach(() => vi.restoreAllMocks());

describe("flow check", () => {
  it("passes the 企业开办 flow and prints the reduction", async () => {
    const r = await cli("check", TEMPLATE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 error(s)");
    expect(r.stdout).toContain("承诺时限较法定时限压减 89.5%");
  });

  it("lists every problem with its node or edge id and exits 1", async () => {
    const f = flowJson();
    f.edges = f.edges.filter((e: { id: string }) => e.id !== "e-bank-no" && e.id !== "e-tax-join");
    f.nodes.find((n: { id: string }) => n.id === "review-seal").data.department = "moon";
    f.nodes.find((n: { id: string }) => n.id === "review-hpf" || n.id === "review-housing-fund").data.promisedDays = 9;
    const r = await cli("check", tmpFile("flow.json", f));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+node gateway-bank .*默认分支/);
    expect(r.stdout).toMatch(/error\s+node review-tax .*没有出边/);
    expect(r.stdout).toMatch(/error\s+node parallel edge e-parallel-tax .*永远到不了/);
    expect(r.stdout).toMatch(/error\s+node review-seal .*\/data\/department .*moon/);
    expect(r.stdout).toMatch(/error\s+node review-housing-fund .*\/data\/promisedDays .*超过法定时限/);
    const json = await cli("check", tmpFile("flow.json", f), "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems.length).toBeGreaterThanOrEqual(5);
  });

  it("reads a bundle JSON with a flow and checks the lead department", async () => {
    const bundle = { kind: "bundle", lead: "tax", items: [{ id: "company-registration", promise_day: 0, anticipate_day: 3 }], flow: flowJson() };
    const r = await cli("check", tmpFile("bundle.json", bundle));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("node acceptance");
    expect(r.stdout).toContain("牵头部门 tax");
    expect(r.stdout).toMatch(/node review-seal .*\/data\/item .*seal-filing/);
    expect(r.stdout).toMatch(/warning\s+node review-seal .*不是本件事的牵头或配合部门/);
    expect(r.stdout).toMatch(/warning\s+node review-registration .*\/data\/promisedDays .*承诺时限 1 天超过事项 company-registration/);
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

  it("warns when the deadlines fall in a year without holiday data", async () => {
    const r = await cli("simulate", TEMPLATE, "--start", "2026-12-28T02:00:00Z");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2027 年的法定节假日尚未公布或未收录");
  });

  it("refuses to simulate an invalid flow", async () => {
    const f = flowJson();
    delete f.caseLimit;
    const r = await cli("simulate", tmpFile("flow.json", f));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("/caseLimit");
  });
});

describe("through npm run cli", () => {
  it("exits 1 on errors and 0 on a valid flow", () => {
    const ok = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "flow", "check", "templates/qiye-kaiban"], { cwd: ROOT, encoding: "utf8" });
    expect(ok.status).toBe(0);
    const f = flowJson();
    f.nodes.push({ id: "lost", type: "review", position: { x: 0, y: 0 }, data: { department: "samr", statutoryDays: 1, promisedDays: 1 } });
    const bad = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "flow", "check", tmpFile("flow.json", f)], { cwd: ROOT, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("node lost");
  });
});
