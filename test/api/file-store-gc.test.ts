// The file store's garbage collection on both dialects: bytes nothing names any more (a blank form replaced in an item
// draft, an applicant's upload removed before submission) go once they are older than the grace period; everything a
// row names stays and still downloads, young bytes stay, bytes stored again are young again, a dry run removes
// nothing, and a store that belongs to another database is never collected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fullDraft } from "../helpers/catalogue.js";
import { flowBundle } from "../fixtures/flow.js";
import { tinyPdf } from "../helpers/files.js";
import { materialFilePath } from "../../spec/catalogue/material-files.js";
import { LocalFileStore, sha256Of } from "../../server/files/index.js";
import { collectGarbage, ForeignStoreError } from "../../server/files/gc.js";

const PDF = "application/pdf";
const DAY = 24 * 3600_000;

describe.each(DIALECTS)("file store garbage collection on %s", (dialect) => {
  let api: ApiServer;
  let samr: Client, applicant: Client;
  const filesDir = mkdtempSync(join(tmpdir(), "yijian-gc-test-"));
  const store = new LocalFileStore(filesDir);
  const age = (sha: string, days: number) => { const t = new Date(Date.now() - days * DAY); utimesSync(store.pathOf(sha), t, t); };
  const blank = materialFilePath("gc-item", { material: "shenqingbiao" }, "blank_form");
  const uploadBlank = (bytes: Buffer) => samr.upload(blank, bytes, { "content-type": PDF, "x-file-name": encodeURIComponent("申请表.pdf") });
  const uploadAttachment = async (bytes: Buffer) => {
    const res = await fetch(`${api.url}/api/attachments?bundleKey=gc-shop&version=1&material=${encodeURIComponent("licence/plan")}`, {
      method: "POST", body: new Uint8Array(bytes), headers: { "x-requested-with": "yijian", "content-type": PDF, "x-file-name": encodeURIComponent("平面图.pdf"), cookie: applicant.cookie },
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; url: string };
  };

  beforeAll(async () => {
    api = await startApi(dialect, { config: { filesDir } });
    samr = await loginAs(api.url, "designer-samr");
    expect((await samr.post("/api/items", fullDraft("gc-item", "samr"))).status).toBe(201);
    const b = flowBundle("gc-shop") as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
    b.items[0] = { ...b.items[0], materials: [{ id: "plan", material_name: "经营场所平面图", necessity: "非必要", source_type: "10", max_size_mb: 5, accept: [PDF] }] };
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", b)).status).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/gc-shop/publish", {})).status).toBeLessThan(300);
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  it("removes old bytes nothing names, keeps what rows name, young bytes and bytes stored again", async () => {
    const replaced = tinyPdf(11), current = tinyPdf(12), kept = tinyPdf(13), dropped = tinyPdf(14), young = tinyPdf(15), again = tinyPdf(16);
    expect((await uploadBlank(replaced)).status).toBe(201);
    expect((await uploadBlank(current)).status).toBe(201); // replaces the first blank form in the draft
    const attachment = await uploadAttachment(kept);
    const gone = await uploadAttachment(dropped);
    expect((await applicant.del(`/api/attachments/${gone.id}`)).status).toBe(200);
    const again1 = await uploadAttachment(again);
    expect((await applicant.del(`/api/attachments/${again1.id}`)).status).toBe(200);
    await store.put(young);
    for (const b of [replaced, current, kept, dropped, again]) age(sha256Of(b), 8);
    await uploadAttachment(again); // stored again today: young again, and named by the new row

    const dry = await collectGarbage(api.tdb.db, store, { now: new Date(), dryRun: true });
    expect(dry).toMatchObject({ scanned: 6, removed: 2, removedBytes: replaced.length + dropped.length, keptYoung: 1, referenced: 3 });
    expect(existsSync(store.pathOf(sha256Of(replaced)))).toBe(true);

    const done = await collectGarbage(api.tdb.db, store, { now: new Date() });
    expect(done).toMatchObject({ removed: 2, keptYoung: 1, referenced: 3 });
    for (const b of [replaced, dropped]) expect(existsSync(store.pathOf(sha256Of(b)))).toBe(false);
    for (const b of [current, kept, young, again]) expect(existsSync(store.pathOf(sha256Of(b)))).toBe(true);
    // what rows name still downloads, byte for byte
    const dl = await fetch(api.url + attachment.url, { headers: { cookie: applicant.cookie } });
    expect(dl.status).toBe(200);
    expect(Buffer.from(await dl.arrayBuffer()).equals(kept)).toBe(true);
    const draft = (await samr.get("/api/items/gc-item")).body.draft;
    expect(draft.materials[0].blank_form.sha256).toBe(sha256Of(current));
    // nothing left to do
    expect(await collectGarbage(api.tdb.db, store, { now: new Date() })).toMatchObject({ removed: 0 });
  });

  it("never collects a store that belongs to another database", async () => {
    const other = new LocalFileStore(mkdtempSync(join(tmpdir(), "yijian-gc-foreign-")));
    writeFileSync(join(other.root, "OWNER"), "sqlite:/srv/other/yijian.db\n");
    const orphan = tinyPdf(21);
    await other.put(orphan);
    const t = new Date(Date.now() - 30 * DAY);
    utimesSync(other.pathOf(sha256Of(orphan)), t, t);
    await expect(collectGarbage(api.tdb.db, other, { now: new Date() })).rejects.toThrow(ForeignStoreError);
    expect(existsSync(other.pathOf(sha256Of(orphan)))).toBe(true);
  });
});
