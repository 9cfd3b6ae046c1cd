// The merge, validate and stats commands as a user runs them: `npm run --silent cli -- merge ...` prints one
// JSON object; bad input exits 1 naming FILE and pointer (and line:column for non-JSON).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";

// Each test starts several Node processes (tsx compiles the CLI each time: 2–8 s apiece on a busy 2-core machine).
vi.setConfig({ testTimeout: 120_000 });

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** Runs `cli/main.ts` in a child process from the given working directory, in a locale (Chinese unless given). */
function cliIn(lang: string, cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, "cli/main.ts"), ...args], { cwd, encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: lang } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const cli = (cwd: string, ...args: string[]) => cliIn("zh_CN.UTF-8", cwd, ...args);

const dir = mkdtempSync(join(tmpdir(), "yijian-merge-"));
const write = (name: string, content: unknown) => {
  writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return name;
};
const s = (title: string) => ({ type: "string", title });
write("a.json", {
  type: "object", title: "印章刻制备案",
  properties: { qymc: s("企业名称"), fddbr: { type: "object", title: "法定代表人", properties: { xm: s("姓名"), zjhm: s("证件号码") }, required: ["xm"] } },
});
write("b.json", {
  schema: { type: "object", properties: { dwmc: s("单位名称"), fr: { type: "object", title: "法定代表人信息", properties: { xm: s("姓名") } }, fzr: { type: "object", title: "单位负责人", properties: { xm: s("姓名") } } } },
});
write("c.json", { type: "object", properties: { dwmc: s("单位名称"), fzr: { type: "object", title: "单位负责人", properties: { xm: s("姓名") } } } });
write("item.json", {
  schemaVersion: 1, kind: "item", id: "tax-info", task_name: "新办纳税人涉税事项信息确认", task_type: "10", by_law: "《中华人民共和国税收征收管理法》第十五条",
  department: "tax", dept_name: "税务局", anticipate_day: 1, promise_day: 1, project_type: "1", serve_type: ["2"], handle_type: ["2"], pages: 2,
  form: { schema: { type: "object", properties: { nsrmc: s("纳税人名称"), fddbr: s("法定代表人"), sm: s("其他说明") } } },
});
write("vac.json", { type: "object", title: "接种证查验", properties: { szz: { type: "object", title: "受种人", properties: { xm: s("姓名"), sfzh: s("身份证号") } }, jz: { type: "object", title: "家长", properties: { xm: s("姓名"), sfzh: s("身份证号") } } } });
write("school.json", { type: "object", title: "入学报名", properties: { et: { type: "object", title: "儿童", properties: { xm: s("姓名"), sfzh: s("身份证号") } }, jz: { type: "object", title: "监护人", properties: { xm: s("姓名"), sfzh: s("身份证号") } } } });
write("ext.json", { format: "yijian-dictionary-extensions", version: 1, extensions: [{ kind: "role-synonym", role: "child", text: "受种人", createdBy: "省厅", createdAt: "2026-12-01T00:00:00.000Z" }] });
write("ext-bad.json", { format: "yijian-dictionary-extensions", version: 1, extensions: [{ kind: "role-synonym", role: "nobody", text: "受种人" }] });
write("broken.json", '{\n  "type": "object",\n  "properties": {,}\n}');
write("cycle.json", { type: "object", definitions: { p: { type: "object", properties: { self: { $ref: "#/definitions/p" } } } }, properties: { p: { $ref: "#/definitions/p" } } });
write("dup.json", '{"type":"object","properties":{"xm":{"type":"string","title":"姓名"},"xm":{"type":"string","title":"姓名"}}}');
write("bad-item.json", { schemaVersion: 1, kind: "item", id: "Bad Id", task_name: "", task_type: "99", by_law: "x", department: "tax", dept_name: "税务局", anticipate_day: 1, promise_day: 3, project_type: "1", serve_type: ["2"], handle_type: ["2"], form: { schema: { type: "object", properties: { a: { type: "strin" } } } } });

describe("merge command", () => {
  const r = cli(dir, "merge", "a.json", "b.json", "item.json");
  const out = JSON.parse(r.stdout);

  it("prints one JSON object with schema, uiSchema, provenance, stats, conflicts and suggestions", () => {
    expect(r.code).toBe(0);
    for (const k of ["schema", "uiSchema", "provenance", "stats", "conflicts", "suggestions"]) expect(out, k).toHaveProperty(k);
    expect(out.stats).toMatchObject({ items: 3, fieldsBefore: 9, fieldsAfter: 5 });
  });
  it("writes every source as FILE#POINTER, each source leaf in exactly one entry", () => {
    expect(out.provenance["/properties/legalRep/properties/name"]).toEqual(
      expect.arrayContaining(["a.json#/properties/fddbr/properties/xm", "b.json#/properties/fr/properties/xm", "item.json#/properties/fddbr"]),
    );
    const all = Object.values(out.provenance as Record<string, string[]>).flat();
    expect(all).toHaveLength(9);
    expect(new Set(all).size).toBe(9);
    expect(all).toContain("item.json#/properties/sm");
  });
  it("by default applies only strong merges and lists the rest as suggestions; --apply-suggestions applies them all", () => {
    const plain = JSON.parse(cli(dir, "merge", "a.json", "c.json").stdout);
    expect(plain.suggestions).toEqual([expect.objectContaining({ kind: "related-role", applied: false, sources: expect.arrayContaining(["c.json#/properties/fzr/properties/xm"]) })]);
    expect(plain.provenance["/properties/entHead/properties/name"]).toEqual(["c.json#/properties/fzr/properties/xm"]);
    expect(JSON.parse(cli(dir, "merge", "--auto", "a.json", "c.json").stdout).provenance).toEqual(plain.provenance);
    const all = JSON.parse(cli(dir, "merge", "--apply-suggestions", "a.json", "c.json").stdout);
    expect(all.provenance["/properties/legalRep/properties/name"]).toEqual(["a.json#/properties/fddbr/properties/xm", "c.json#/properties/fzr/properties/xm"]);
    expect(all.suggestions[0].applied).toBe(true);
  });
  it("non-JSON, $ref cycles and unknown options are errors naming file, line:column or pointer", () => {
    const broken = cli(dir, "merge", "a.json", "broken.json");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json:3:\d+: 不是合法的 JSON/);
    expect(broken.stdout).toBe("");
    const cycle = cli(dir, "merge", "cycle.json");
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toContain("cycle.json#/properties/p/properties/self/$ref");
    const unknown = cli(dir, "merge", "--frobnicate", "a.json");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("错误：不认识的选项 --frobnicate\n用法：npm run --silent cli -- merge");
    expect(cli(dir, "merge", "missing.json").stderr).toContain("错误：missing.json: 无法读取：");
  });
  it("speaks English in an English locale, one language per line", () => {
    const unknown = cliIn("en_US.UTF-8", dir, "merge", "--frobnicate", "a.json");
    expect(unknown.stderr).toContain("error: unknown option --frobnicate\nusage: npm run --silent cli -- merge");
    expect(cliIn("en_US.UTF-8", dir, "merge", "missing.json").stderr).toContain("error: missing.json: cannot read: ");
    const notExport = cliIn("en_US.UTF-8", dir, "merge", "--extensions", "a.json", "vac.json");
    expect(notExport.stderr).toContain("error: a.json#: not an export of dictionary extensions");
    expect(cli(dir, "merge", "--extensions", "a.json", "vac.json").stderr).toContain("错误：a.json#: 不是数据字典扩展的导出文件");
  });
  it("duplicate keys are warned about with their pointer, and the merge goes on", () => {
    const dup = cli(dir, "merge", "dup.json");
    expect(dup.code).toBe(0);
    expect(dup.stderr).toContain("dup.json#/properties/xm");
  });
});

describe("validate command", () => {
  it("exits 0 for valid files and template folders", () => {
    const r = cli(dir, "validate", "a.json", "item.json", join(ROOT, "templates/qiye-kaiban"));
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });
  it("exits 1 listing every violation with its pointer", () => {
    const r = cli(dir, "validate", "bad-item.json", "cycle.json", "broken.json");
    expect(r.code).toBe(1);
    for (const want of ["bad-item.json#/id:", "bad-item.json#/task_name:", "bad-item.json#/task_type:", "bad-item.json#/form/schema/properties/a/type:", "cycle.json#/properties/p/properties/self/$ref:", "broken.json:3:"]) {
      expect(r.stdout).toContain(want);
    }
  });
});

describe("stats command", () => {
  it("prints the before → after figures of a template", () => {
    const r = cli(ROOT, "stats", "templates/qiye-kaiban");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ bundle: "qiye-kaiban", fieldsBefore: 193, fieldsAfter: 96, toTypeAfter: 83, fewerToType: 0.57, pagesBefore: 14, pagesAfter: 7 });
  });
  it("exits 1 for a file that is not a valid bundle", () => {
    const r = cli(dir, "stats", "a.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("a.json#/kind");
  });
  it("--extensions applies a deployment's export file: a learnt word merges automatically; a bad file names the entry", () => {
    const plain = JSON.parse(cli(dir, "merge", "--auto", "vac.json", "school.json").stdout);
    const with_ = JSON.parse(cli(dir, "merge", "--auto", "--extensions", "ext.json", "vac.json", "school.json").stdout);
    const together = (out: { provenance: Record<string, string[]> }) => Object.values(out.provenance).some((refs) => refs.includes("vac.json#/properties/szz/properties/sfzh") && refs.includes("school.json#/properties/et/properties/sfzh"));
    expect(together(plain)).toBe(false);
    expect(together(with_)).toBe(true);
    const bad = cli(dir, "merge", "--extensions", "ext-bad.json", "vac.json");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("ext-bad.json#/extensions/0");
  });
});
