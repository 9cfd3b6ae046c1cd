// Routes of materials' blank forms and samples (docs/catalogue.md): the owning department's staff upload, replace
// (POST) and remove (DELETE) one material's file on the item draft — the bytes checked like every upload (type from
// the bytes, structure, size) and kept in the content-addressed file store; staff download what a draft or version
// references; anyone downloads the files of a published version, which never change.
import type { Context } from "hono";
import { MATERIAL_FILE_KINDS, MATERIAL_FILE_MAX_MB, MATERIAL_FILE_TYPES, materialAt, withMaterialFile, type MaterialFileKind, type MaterialFileRef, type MaterialPlace } from "../../spec/catalogue/material-files.js";
import type { MaterialFileResult } from "../../spec/catalogue/api.js";
import { HttpError, notFound } from "../errors.js";
import { fileStore } from "../files/index.js";
import { requestLang, say } from "../messages.js";
import { fileName, readChecked } from "../routes/materials.js";
import { intParam, must, param, route, type AppEnv, type Deps, type RouteDef } from "../routes/route.js";
import type { User } from "../store/users.js";
import { assertCanEdit } from "./access.js";
import { assertItemCaps, fileOf, knownItemFiles, materialFileResponse } from "./material-files.js";
import { bumpRevision, getItemRow, getVersion, rowDraft, writeDraft, type ItemRow } from "./store.js";

/** The upload path (the app gives it the upload body limit instead of the JSON one). */
export const MATERIAL_FILE_UPLOAD_PATH = /^\/api\/items\/[^/]+\/materials\/[^/]+\/files\/[^/]+$/;

const SHA = /^[0-9a-f]{64}$/;
const KIND_NAMES: Record<MaterialFileKind, { zh: string; en: string }> = { blank_form: { zh: "空白表格", en: "blank form" }, sample_form: { zh: "示例样表", en: "sample" } };

function kindOf(c: Context<AppEnv>): MaterialFileKind {
  const kind = param(c, "kind");
  if (!(MATERIAL_FILE_KINDS as readonly string[]).includes(kind)) {
    throw new HttpError(404, "not_found", say(`没有「${kind}」这种材料文件，可用：blank_form（空白表格）、sample_form（示例样表）`, `no material file "${kind}": use blank_form or sample_form`));
  }
  return kind as MaterialFileKind;
}

function placeOf(c: Context<AppEnv>): MaterialPlace {
  const situation = c.req.query("situation");
  return { material: param(c, "mid"), ...(situation ? { situation } : {}) };
}

/** The item and the material a request addresses, after checking the user owns the item; 404 / 403 otherwise. */
async function ownedMaterial(d: Deps, c: Context<AppEnv>, user: User): Promise<{ row: ItemRow; place: MaterialPlace; kind: MaterialFileKind; name: string }> {
  const kind = kindOf(c);
  const place = placeOf(c);
  const row = await getItemRow(d.db, param(c, "id"));
  if (!row) throw notFound(say("该事项", "The item"));
  assertCanEdit(user, row.department, row.dept_name);
  const m = materialAt(rowDraft(row), place);
  if (!m) {
    throw new HttpError(404, "not_found", place.situation
      ? say(`草稿的情形「${place.situation}」中没有材料「${place.material}」：新加的材料请先保存草稿再上传文件`, `the draft's situation "${place.situation}" has no material "${place.material}": save the draft first to upload files for a new material`)
      : say(`草稿中没有材料「${place.material}」：新加的材料请先保存草稿再上传文件`, `the draft has no material "${place.material}": save the draft first to upload files for a new material`));
  }
  return { row, place, kind, name: String(m.material_name ?? place.material) };
}

/** Writes the draft with one material's file set or removed, in one transaction with the caps check. */
async function setFile(d: Deps, user: User, id: string, place: MaterialPlace, kind: MaterialFileKind, ref: MaterialFileRef | undefined): Promise<MaterialFileResult> {
  return d.db.tx(async (q) => {
    const row = await getItemRow(q, id);
    if (!row) throw notFound(say("该事项", "The item"));
    const next = withMaterialFile(rowDraft(row), place, kind, ref);
    if (!next) throw new HttpError(409, "conflict", say(`材料「${place.material}」刚被他人从草稿中删除`, `the material "${place.material}" was just removed from the draft`), { allowedActions: ["reload"] });
    assertItemCaps(next);
    const now = d.clock.now();
    await writeDraft(q, id, next, row.dept_name, { by: user.displayName, now });
    await bumpRevision(q);
    return { place, kind, file: ref ?? null, draftUpdatedAt: now.toISOString() };
  });
}

/** Routes of /api/items/:id/materials/:mid/files/:kind, /api/items/:id/files/:sha256 and the public version files. */
export function materialFileRoutes(d: Deps): RouteDef[] {
  const staff: ["designer", "admin"] = ["designer", "admin"];
  return [
    route("POST", "/api/items/:id/materials/:mid/files/:kind", staff, async (c, u) => {
      const user = must(u);
      const { row, place, kind, name } = await ownedMaterial(d, c, user);
      const label = `${name}（${KIND_NAMES[kind].zh}）`;
      const { bytes, mime } = await readChecked(c, { material: { material_name: label, accept: [...MATERIAL_FILE_TYPES], max_size_mb: MATERIAL_FILE_MAX_MB } });
      const sha256 = await fileStore().put(bytes);
      const ref: MaterialFileRef = { sha256, name: fileName(c), mime: mime as MaterialFileRef["mime"], size: bytes.length };
      return c.json(await setFile(d, user, row.id, place, kind, ref), 201);
    }),
    route("DELETE", "/api/items/:id/materials/:mid/files/:kind", staff, async (c, u) => {
      const user = must(u);
      const { row, place, kind, name } = await ownedMaterial(d, c, user);
      if (materialAt(rowDraft(row), place)?.[kind] === undefined) {
        throw new HttpError(404, "not_found", say(`材料「${name}」没有${KIND_NAMES[kind].zh}`, `the material "${name}" has no ${KIND_NAMES[kind].en}`));
      }
      return c.json(await setFile(d, user, row.id, place, kind, undefined));
    }),
    route("GET", "/api/items/:id/files/:sha256", staff, async (c) => {
      const sha = param(c, "sha256");
      const ref = SHA.test(sha) ? (await knownItemFiles(d.db, param(c, "id"))).get(sha) : undefined;
      if (!ref) throw notFound(say("该文件", "The file"));
      return materialFileResponse(d.log, requestLang(c.req.header("accept-language")), ref, "draft", undefined);
    }),
    route("GET", "/api/guides/items/:id/versions/:v/files/:sha256", "anyone", async (c) => {
      const sha = param(c, "sha256");
      const version = SHA.test(sha) ? await getVersion(d.db, param(c, "id"), intParam(c, "v")) : undefined;
      const ref = version ? fileOf(version.spec, sha) : undefined;
      if (!ref) throw notFound(say("该文件", "The file"));
      return materialFileResponse(d.log, requestLang(c.req.header("accept-language")), ref, "published", c.req.header("if-none-match"));
    }),
  ];
}
