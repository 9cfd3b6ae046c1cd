// Materials' blank forms (空白表格) and samples (示例样表) on both dialects: the owning department uploads, replaces
// and removes them on the item draft (bytes checked: an executable named .pdf is refused), other departments and
// one-thing designers are refused, a draft cannot name bytes it never uploaded, published versions keep the file they
// were published with, the public download carries the Chinese name (RFC 5987) and a year's immutable cache, and the
// JSON export/import keeps the references (dropping, with a warning, those this catalogue never stored).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fullDraft } from "../helpers/catalogue.js";
import { fakeExe, tinyPdf, tinyPng } from "../helpers/files.js";
import { materialFilePath, materialFileUrl } from "../../spec/catalogue/material-files.js";
import { sha256Of } from "../../server/files/index.js";

const PDF = "application/pdf";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const withSituation = (id: string) => fullDraft(id, "samr", {
  situations: [{ id: "weituo", title: "委托代理人办理", materials: [{ id: "weituoshu", material_name: "授权委托书", necessity: "必要", source_type: "10", copies: 1 }] }],
});

describe.each(DIALECTS)("material blank forms and samples on %s", (dialect) => {
  let api: ApiServer;
  let admin: Client, samr: Client, psb: Client, designer: Client, anon: Client;
  const blank = (id: string) => materialFilePath(id, { material: "shenqingbiao" }, "blank_form");
  const upload = (c: Client, path: string, bytes: Uint8Array, type = PDF, name = "申请表（空白）.pdf") =>
    c.upload(path, bytes, { "content-type": type, "x-file-name": encodeURIComponent(name) });
  beforeAll(async () => {
    api = await startApi(dialect);
    [admin, samr, psb, designer] = await Promise.all(["admin", "designer-samr", "designer-psb", "designer"].map((u) => loginAs(api.url, u))) as [Client, Client, Client, Client];
    anon = new Client(api.url);
  });
  afterAll(() => api?.stop());

  it("lets only the owning department upload, checks the bytes, and refuses a material not yet saved", async () => {
    expect((await samr.post("/api/items", fullDraft("biaoge-quanxian", "samr"))).status).toBe(201);
    const pdf = tinyPdf();
    const other = await upload(psb, blank("biaoge-quanxian"), pdf);
    expect(other.status).toBe(403);
    expect(other.body.error.message).toContain("市场监督管理局");
    expect((await upload(designer, blank("biaoge-quanxian"), pdf)).status).toBe(403);
    expect((await upload(anon, blank("biaoge-quanxian"), pdf)).status).toBe(401);
    const exe = await upload(samr, blank("biaoge-quanxian"), fakeExe(), PDF, "申请表.pdf");
    expect(exe.status).toBe(415);
    expect(exe.body.error.message).toContain("EXE");
    const txt = await upload(samr, blank("biaoge-quanxian"), Buffer.from("hello"), "text/plain", "a.txt");
    expect(txt.status).toBe(415);
    const missing = await upload(samr, materialFilePath("biaoge-quanxian", { material: "weixinzeng" }, "blank_form"), pdf);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain("请先保存草稿");
    const badKind = await upload(samr, "/api/items/biaoge-quanxian/materials/shenqingbiao/files/photo", pdf);
    expect(badKind.status).toBe(404);
    const ok = await upload(samr, blank("biaoge-quanxian"), pdf);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: "blank_form", place: { material: "shenqingbiao" }, file: { sha256: sha256Of(pdf), name: "申请表（空白）.pdf", mime: PDF, size: pdf.length } });
    const view = await psb.get("/api/items/biaoge-quanxian");
    expect(view.body.draft.materials[0].blank_form).toEqual(ok.body.file);
    // an admin may too; an image is a valid sample
    expect((await upload(admin, materialFilePath("biaoge-quanxian", { material: "shenqingbiao" }, "sample_form"), tinyPng(), "image/png", "示例.png")).status).toBe(201);
  });

  it("serves a published version's file publicly, immutable, under its Chinese name, and keeps it when the draft changes", async () => {
    const id = "biaoge-banben";
    await samr.post("/api/items", withSituation(id));
    const first = tinyPdf(10);
    const up = await upload(samr, blank(id), first);
    const situationPath = materialFilePath(id, { situation: "weituo", material: "weituoshu" }, "sample_form");
    const template = await samr.download("/api/items/import-template.xlsx");
    const xl = await upload(samr, situationPath, template.bytes, XLSX, "授权委托书示例.xlsx");
    expect(xl.status).toBe(201);
    // before publishing, the public address has nothing; staff can check the draft's file
    expect((await anon.download(materialFileUrl(id, 1, up.body.file.sha256))).status).toBe(404);
    const staffCopy = await psb.download(`/api/items/${id}/files/${up.body.file.sha256}`);
    expect(staffCopy.status).toBe(200);
    expect(Buffer.from(staffCopy.bytes).equals(first)).toBe(true);
    expect((await samr.post(`/api/items/${id}/publish`, { changeSummary: "加空白表格" })).status).toBe(201);

    const res = await fetch(api.url + materialFileUrl(id, 1, up.body.file.sha256));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(PDF);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("etag")).toBe(`"${up.body.file.sha256}"`);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="form.pdf"; filename*=UTF-8''${encodeURIComponent("申请表（空白）.pdf")}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(first)).toBe(true);
    const again = await fetch(api.url + materialFileUrl(id, 1, up.body.file.sha256), { headers: { "if-none-match": `"${up.body.file.sha256}"` } });
    expect(again.status).toBe(304);
    const sheet = await anon.download(materialFileUrl(id, 1, xl.body.file.sha256));
    expect(sheet).toMatchObject({ status: 200, type: XLSX });
    expect(sheet.disposition).toContain(`filename*=UTF-8''${encodeURIComponent("授权委托书示例.xlsx")}`);

    // replace in the draft and publish v2: v1 keeps the file it was published with
    const second = tinyPdf(200);
    const replaced = await upload(samr, blank(id), second, PDF, "申请表（2027版）.pdf");
    expect(replaced.body.file.sha256).toBe(sha256Of(second));
    await samr.post(`/api/items/${id}/publish`, { changeSummary: "换新表" });
    expect(Buffer.from((await anon.download(materialFileUrl(id, 1, sha256Of(first)))).bytes).equals(first)).toBe(true);
    expect(Buffer.from((await anon.download(materialFileUrl(id, 2, sha256Of(second)))).bytes).equals(second)).toBe(true);
    expect((await anon.download(materialFileUrl(id, 2, sha256Of(first)))).status).toBe(404);
    expect((await anon.get(`/api/items/${id}/versions/1`)).status).toBe(401);
    expect((await designer.get(`/api/items/${id}/versions/1`)).body.spec.materials[0].blank_form.sha256).toBe(sha256Of(first));

    // remove: the draft loses it, the published versions keep theirs; removing twice says there is none
    const removed = await samr.del(blank(id));
    expect(removed).toMatchObject({ status: 200, body: { file: null } });
    expect((await samr.get(`/api/items/${id}`)).body.draft.materials[0].blank_form).toBeUndefined();
    expect((await samr.del(blank(id))).status).toBe(404);
    expect((await psb.del(situationPath)).status).toBe(403);
    expect((await anon.download(materialFileUrl(id, 2, sha256Of(second)))).status).toBe(200);
    // the guide carries the reference the portal links to
    const guide = await anon.get(`/api/guides/items/${id}`);
    expect(guide.body.item.materials[0].blank_form.sha256).toBe(sha256Of(second));
    expect(guide.body.item.situations[0].materials[0].sample_form.name).toBe("授权委托书示例.xlsx");
  });

  it("refuses a draft that names bytes never uploaded for the item (another item's file, a malformed reference)", async () => {
    await samr.post("/api/items", fullDraft("biaoge-yinyong", "samr"));
    const own = await upload(samr, blank("biaoge-yinyong"), tinyPdf(33));
    await samr.post("/api/items", fullDraft("biaoge-bieren", "samr"));
    const draft = (await samr.get("/api/items/biaoge-bieren")).body.draft;
    draft.materials[0].blank_form = own.body.file;
    const put = await samr.put("/api/items/biaoge-bieren/draft", draft);
    expect(put.status).toBe(400);
    expect(put.body.error.details).toContainEqual(expect.objectContaining({ pointer: "/materials/0/blank_form", message: expect.stringContaining("不是为本事项上传的") }));
    draft.materials[0].blank_form = { sha256: "x", name: "a.pdf", mime: "text/html", size: 1 };
    const bad = await samr.put("/api/items/biaoge-bieren/draft", draft);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toContain("64 位十六进制");
    const en = await samr.req("PUT", "/api/items/biaoge-bieren/draft", draft, { "accept-language": "en" });
    expect(en.body.error.details[0].message).toContain("64-digit hexadecimal");
    // keeping its own file and dropping it are both fine
    const mine = (await samr.get("/api/items/biaoge-yinyong")).body.draft;
    expect((await samr.put("/api/items/biaoge-yinyong/draft", { ...mine, promise_day: 4 })).status).toBe(200);
    delete mine.materials[0].blank_form;
    expect((await samr.put("/api/items/biaoge-yinyong/draft", mine)).status).toBe(200);
    // a new item cannot start with another item's file
    expect((await samr.post("/api/items", { ...fullDraft("biaoge-xinjian", "samr"), materials: [{ ...mine.materials[0], blank_form: own.body.file }] })).status).toBe(400);
  });

  it("keeps the references through a JSON export and import, and drops with a warning those this catalogue never stored", async () => {
    await samr.post("/api/items", fullDraft("biaoge-daochu", "samr", { task_code: "BG-DAOCHU-1" }));
    const up = await upload(samr, blank("biaoge-daochu"), tinyPdf(44));
    const exported = await samr.download("/api/items/export?format=json&q=BG-DAOCHU-1");
    const file = JSON.parse(Buffer.from(exported.bytes).toString("utf8"));
    expect(file.items[0].materials[0].blank_form).toEqual(up.body.file);
    const same = await samr.upload("/api/items/import", JSON.stringify(file), { "content-type": "application/json" });
    expect(same.body).toMatchObject({ unchanged: 1, update: 0, problemsTotal: 0 });
    // a changed element keeps the file; a file from another system is not imported, and the report says so
    file.items[0].promise_day = 3;
    file.items[0].materials[0].sample_form = { sha256: "a".repeat(64), name: "别处的示例.pdf", mime: PDF, size: 100 };
    const r = await samr.upload("/api/items/import", JSON.stringify(file), { "content-type": "application/json" });
    expect(r.body).toMatchObject({ written: true, update: 1 });
    expect(r.body.problems).toContainEqual(expect.objectContaining({ level: "warning", pointer: "/items/0/materials/0/sample_form", message: expect.stringContaining("导入后请在事项草稿中上传") }));
    const after = (await samr.get("/api/items/biaoge-daochu")).body.draft;
    expect(after.promise_day).toBe(3);
    expect(after.materials[0].blank_form).toEqual(up.body.file);
    expect(after.materials[0].sample_form).toBeUndefined();
    // files are not part of the spreadsheet: an .xlsx round trip keeps them by the material's id
    const x = await samr.download("/api/items/export?format=xlsx&q=BG-DAOCHU-1");
    const rx = await samr.upload("/api/items/import", x.bytes);
    expect(rx.body).toMatchObject({ unchanged: 1, problemsTotal: 0 });
    expect((await samr.get("/api/items/biaoge-daochu")).body.draft.materials[0].blank_form).toEqual(up.body.file);
  });
});
