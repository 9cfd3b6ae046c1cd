// Bulk import and export of the catalogue on both dialects (issue 15 part 4): the template's columns are the element
// names; a good .xlsx and a good JSON file import; a file with bad rows is refused with every problem by sheet, row and
// column (in the user's language) and nothing written, or only its valid rows are imported when asked; a re-import
// makes a new draft while the published version stays; another department's rows are refused with the reason; bad
// files (wrong type, corrupt zip, empty sheet, missing header, duplicated 实施编码) never get a 500; the district's
// 1,135 items export and import back unchanged, as .xlsx and as JSON; a streamed import reports its progress.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fullDraft } from "../helpers/catalogue.js";
import { readWorkbook, writeWorkbook } from "../../server/catalogue/io/xlsx.js";
import { writeSheets, type SheetOut } from "../../spec/catalogue/rows-write.js";
import { ITEM_SHEET } from "../../spec/catalogue/rows.js";
import { catalogueFile, type ImportEvent, type ImportProblem, type ImportReport } from "../../spec/catalogue/import.js";
import { readDistrictItems } from "../../server/catalogue/seed.js";

type Rec = Record<string, unknown>;
const DEPT_NAMES: Rec = { samr: "市场监督管理局", psb: "公安局" };
const item = (n: number, dept = "samr", over: Rec = {}): Rec => ({ id: `io-${n}`, task_name: `导入测试事项${n}`, department: dept, dept_name: DEPT_NAMES[dept], task_code: `IO-${dept}-${n}`, task_type: "01", ...over });

/** An .xlsx of some drafts, its sheets edited first (rows[0] headers, rows[1] notes, rows[2] = sheet row 3). */
async function xlsx(drafts: Rec[], edit?: (sheets: SheetOut[]) => void): Promise<Uint8Array> {
  const sheets = writeSheets(drafts);
  edit?.(sheets);
  return new Uint8Array(await writeWorkbook(sheets));
}
const col = (s: SheetOut, header: string) => s.def.columns.findIndex((c) => c.header === header);
const setCell = (s: SheetOut, row: number, header: string, v: string | number | null) => { s.rows[row - 1]![col(s, header)] = v; };
const json = (drafts: Rec[]) => JSON.stringify(catalogueFile(drafts as never, new Date().toISOString()));
const problemAt = (r: ImportReport, row: number, header: string) => r.problems.find((p: ImportProblem) => p.row === row && p.header === header);

describe.each(DIALECTS)("catalogue import and export on %s", (dialect) => {
  let api: ApiServer;
  let admin: Client, samr: Client, designer: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    [admin, samr, designer] = await Promise.all(["admin", "designer-samr", "designer"].map((u) => loginAs(api.url, u))) as [Client, Client, Client];
  });
  afterAll(() => api?.stop());

  it("gives a template whose columns are the element names, with a notes row and every sheet", async () => {
    const t = await samr.download("/api/items/import-template.xlsx");
    expect(t.status).toBe(200);
    expect(t.type).toContain("spreadsheetml");
    expect(decodeURIComponent(t.disposition)).toContain("事项导入模板.xlsx");
    const sheets = await readWorkbook(t.bytes);
    expect(sheets.map((s) => s.name)).toEqual(["事项", "材料", "情形", "收费项目", "办理流程", "常见问题", "代码表"]);
    const headers = sheets[0]!.rows[0];
    expect(headers).toEqual(expect.arrayContaining(["事项名称", "实施编码", "事项类型", "设定依据", "实施主体", "法定办结时限", "承诺办结时限", "服务对象", "办理形式", "网上办理深度", "通办范围"]));
    expect(String(sheets[0]!.rows[1]![0])).toContain("【必填】");
    expect(sheets[0]!.rows.length).toBe(2);
  });

  it("imports a good .xlsx (dry run first, then the import) and a good JSON file", async () => {
    const file = await xlsx([item(1), item(2, "samr", { materials: [{ id: "m1", material_name: "营业执照", necessity: "必要", source_type: "20" }] })]);
    const dry = await samr.upload("/api/items/import?dryRun=1", file);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ format: "xlsx", dryRun: true, written: false, total: 2, valid: 2, invalid: 0, create: 2, problemsTotal: 0 });
    expect((await samr.get("/api/items/io-1")).status).toBe(404);
    const done = await samr.upload("/api/items/import", file);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ dryRun: false, written: true, create: 2, update: 0 });
    const view = await samr.get("/api/items/io-2");
    expect(view.body.entry).toMatchObject({ origin: "import", code: "IO-samr-2", deptName: "市场监督管理局", latestVersion: null });
    expect(view.body.draft.materials).toEqual([{ id: "m1", material_name: "营业执照", necessity: "必要", source_type: "20" }]);
    const j = await samr.upload("/api/items/import", json([item(3), item(4)]), { "content-type": "application/json" });
    expect(j.status).toBe(200);
    expect(j.body).toMatchObject({ format: "json", written: true, create: 2 });
    expect((await samr.get("/api/items/io-4")).body.draft.task_name).toBe("导入测试事项4");
  });

  it("refuses a file with bad rows, naming every problem by sheet, row and column, and writes nothing", async () => {
    const file = await xlsx([item(10), item(11), item(12), item(13), item(14)], ([items, materials]) => {
      setCell(items!, 4, "事项类型", "99");
      setCell(items!, 5, "法定办结时限", "二十天");
      setCell(items!, 6, "事项名称", null);
      setCell(items!, 7, "实施编码", "IO-samr-10");
      materials!.rows.push(materials!.def.columns.map((c) => (c.header === "实施编码" ? "IO-nowhere" : c.header === "材料名称" ? "身份证" : null)));
    });
    const r = await samr.upload("/api/items/import", file);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("import_invalid");
    const report = r.body.error.details as ImportReport;
    expect(report).toMatchObject({ total: 5, valid: 1, invalid: 4, written: false });
    expect(problemAt(report, 4, "事项类型")).toMatchObject({ sheet: "事项", column: "F", message: expect.stringContaining("不是事项类型的取值") });
    expect(problemAt(report, 5, "法定办结时限")).toMatchObject({ sheet: "事项", message: expect.stringContaining("整数") });
    expect(problemAt(report, 6, "事项名称")).toMatchObject({ column: "A", message: expect.stringContaining("必填") });
    expect(problemAt(report, 7, "实施编码")).toMatchObject({ message: expect.stringContaining("与第 3 行重复") });
    expect(report.problems.find((p) => p.sheet === "材料")).toMatchObject({ row: 3, message: expect.stringContaining("IO-nowhere") });
    expect((await samr.get("/api/items/io-10")).status).toBe(404);
    // the same in English when the user chose English
    const en = await samr.upload("/api/items/import?dryRun=1", file, { "accept-language": "en" });
    expect(problemAt(en.body as ImportReport, 4, "事项类型")!.message).toContain("is not a value of");
    expect(problemAt(en.body as ImportReport, 7, "实施编码")!.message).toContain("repeats row 3");
  });

  it("imports only the valid rows when asked, and says how many", async () => {
    const file = await xlsx([item(20), item(21), item(22)], ([items]) => setCell(items!, 4, "承诺办结时限", -3));
    const dry = await samr.upload("/api/items/import?dryRun=1", file);
    expect(dry.body).toMatchObject({ valid: 2, invalid: 1, create: 2 });
    expect(dry.body.problems[0]).toMatchObject({ row: 4, header: "承诺办结时限", itemRow: 4, level: "error" });
    const r = await samr.upload("/api/items/import?validOnly=1", file);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ written: true, create: 2, invalid: 1 });
    expect((await samr.get("/api/items/io-20")).status).toBe(200);
    expect((await samr.get("/api/items/io-21")).status).toBe(404);
  });

  it("re-imports by 实施编码 as a new draft; the published version stays and the form is kept", async () => {
    const draft = fullDraft("io-pub", "samr", { task_code: "IO-PUB-1", task_name: "导入发布测试", dept_name: "市场监督管理局" });
    expect((await samr.post("/api/items", draft)).status).toBe(201);
    expect((await samr.post("/api/items/io-pub/publish", { changeSummary: "首次发布" })).status).toBe(201);
    // the file names the item by its code only (no 事项标识), renames it and changes the promised limit
    const file = await xlsx([{ ...draft, task_name: "导入发布测试（新名称）", promise_day: 3 }], ([items]) => setCell(items!, 3, "事项标识", null));
    const r = await samr.upload("/api/items/import", file);
    expect(r.body).toMatchObject({ update: 1, create: 0, written: true });
    const view = await samr.get("/api/items/io-pub");
    expect(view.body.draft).toMatchObject({ task_name: "导入发布测试（新名称）", promise_day: 3, form: draft.form });
    expect(view.body.entry).toMatchObject({ latestVersion: 1, unpublishedChanges: true, name: "导入发布测试（新名称）" });
    const v1 = await samr.get("/api/items/io-pub/versions/1");
    expect(v1.body.spec).toMatchObject({ task_name: "导入发布测试", promise_day: 5 });
    // the same file again changes nothing
    expect((await samr.upload("/api/items/import", file)).body).toMatchObject({ unchanged: 1, update: 0, written: false });
  });

  it("refuses another department's rows with the reason; a designer without a department imports nothing", async () => {
    await admin.upload("/api/items/import", json([item(30, "psb")]));
    const file = await xlsx([item(31), item(32, "psb"), { ...item(30, "psb"), task_name: "改别人的事项" }]);
    const r = await samr.upload("/api/items/import", file);
    expect(r.status).toBe(400);
    const report = r.body.error.details as ImportReport;
    expect(report).toMatchObject({ refused: 2, valid: 1 });
    expect(report.problems.find((p) => p.row === 4)).toMatchObject({ sheet: "事项", refused: true, message: expect.stringContaining("您只能导入本部门的事项") });
    expect(report.problems.find((p) => p.row === 5)).toMatchObject({ refused: true, message: expect.stringContaining("只有该部门的设计人员或管理员可以修改") });
    const only = await samr.upload("/api/items/import?validOnly=1", file);
    expect(only.body).toMatchObject({ create: 1, refused: 2 });
    expect((await admin.get("/api/items/io-30")).body.draft.task_name).toBe("导入测试事项30");
    const none = await designer.upload("/api/items/import?dryRun=1", file);
    expect(none.status).toBe(403);
    expect(none.body.error.message).toContain("未归属任何部门");
  });

  it("answers every bad file with its problem, never a 500", async () => {
    const wrongCols = await xlsx([item(40)], ([items]) => { items!.rows[0]![col(items!, "事项名称")] = "名字"; });
    const headerOnly = await xlsx([], ([items]) => { items!.rows.length = 1; });
    const noItemSheet = await xlsx([item(41)], (sheets) => { sheets[0]!.name = "Sheet1"; });
    const files: Array<[string, Uint8Array | string, string]> = [
      ["empty", "", "空"],
      ["a PDF", "%PDF-1.7\n1 0 obj", "无法识别的文件"],
      ["an old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), ".xls"],
      ["a corrupt zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]), "已损坏"],
      ["a truncated workbook", (await xlsx([item(42)])).slice(0, 3000), "已损坏"],
      ["an empty 事项 sheet", headerOnly, "没有事项"],
      ["a missing header", wrongCols, "缺少必需的列：事项名称"],
      ["no 事项 sheet", noItemSheet, "没有「事项」工作表"],
      ["broken JSON", '{"kind": "catalogue", "items": [', "JSON 格式错误"],
      ["JSON of something else", '{"hello": 1}', "不是 yijian 事项清单文件"],
    ];
    for (const [what, bytes, says] of files) {
      const dry = await samr.upload("/api/items/import?dryRun=1", bytes);
      expect(dry.status, what).toBe(200);
      expect(dry.body.fileError, what).toBe(true);
      expect(dry.body.problems[0].message, what).toContain(says);
      const r = await samr.upload("/api/items/import?validOnly=1", bytes);
      expect(r.status, what).toBe(400);
      expect(r.body.error.code, what).toBe("import_invalid");
    }
    const dup = await samr.upload("/api/items/import", json([item(43), { ...item(44), task_code: "IO-samr-43" }]));
    expect(dup.status).toBe(400);
    expect(dup.body.error.details.problems[0]).toMatchObject({ row: 2, pointer: "/items/1/task_code", message: expect.stringContaining("与第 1 项重复") });
    expect((await samr.get("/api/items/io-43")).status).toBe(404);
    expect((await samr.get("/api/items/export?format=csv&task_type=99")).status).toBe(400);
  });

  it("exports the district's 1,135 items and imports them back unchanged, as .xlsx and as JSON", async () => {
    const district = readDistrictItems();
    const x = await admin.download("/api/items/export?format=xlsx&origin=seed-district");
    expect(x.status).toBe(200);
    const sheets = await readWorkbook(x.bytes);
    expect(sheets[0]!.rows.length - 2).toBe(district.length);
    expect(sheets[0]!.rows[0]).toEqual(ITEM_SHEET.columns.map((c) => c.header));
    const back = await admin.upload("/api/items/import?dryRun=1", x.bytes);
    expect(back.body).toMatchObject({ total: district.length, valid: district.length, unchanged: district.length, create: 0, update: 0 });
    expect(back.body.problems.filter((p: ImportProblem) => p.level === "error")).toEqual([]);
    const j = await admin.download("/api/items/export?format=json&origin=seed-district");
    const doc = JSON.parse(new TextDecoder().decode(j.bytes)) as { kind: string; items: Rec[] };
    expect(doc).toMatchObject({ kind: "catalogue" });
    expect(doc.items).toHaveLength(district.length);
    const jback = await admin.upload("/api/items/import", j.bytes);
    expect(jback.body).toMatchObject({ unchanged: district.length, written: false });
    // and a department's staff get the district's items of other departments refused, with the reason, row by row;
    // the district's 区市监局 is the registry's samr, so its items are samr's own
    const own = district.filter((i) => i.department === "区市监局").length;
    const refused = await samr.upload("/api/items/import?dryRun=1", x.bytes);
    expect(refused.body).toMatchObject({ refused: district.length - own, valid: own });
  });

  it("streams progress before the report when asked", async () => {
    const file = await xlsx(Array.from({ length: 1200 }, (_, i) => item(100 + i)));
    const r = await samr.upload("/api/items/import", file, { accept: "application/x-ndjson" });
    expect(r.status).toBe(200);
    const events = String(r.body).trim().split("\n").map((l) => JSON.parse(l) as ImportEvent);
    const phases = [...new Set(events.filter((e) => e.type === "progress").map((e) => (e as { phase: string }).phase))];
    expect(phases).toEqual(["read", "check", "write"]);
    expect(events.at(-1)).toMatchObject({ type: "result", report: { create: 1200, written: true } });
    const bad = await samr.upload("/api/items/import", "nope", { accept: "application/x-ndjson" });
    expect(JSON.parse(String(bad.body).trim().split("\n").at(-1)!)).toMatchObject({ type: "error", status: 400, error: { code: "import_invalid" } });
  });
});
