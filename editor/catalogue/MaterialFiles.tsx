// The blank forms and samples (空白表格 / 示例样表) of an item draft's materials, for the owning department: upload,
// replace or remove each one; the server checks the bytes, stores them and changes the stored draft at once, and the
// editor's copy of the draft takes the same change (its unsaved edits stay). Materials added but not yet saved get
// their files after the next save.
import { useState } from "react";
import type { MaterialFileResult } from "../../spec/catalogue/api.js";
import { draftFileUrl, MATERIAL_FILE_KINDS, MATERIAL_FILE_MAX_MB, MATERIAL_FILE_TYPES, materialFilePath, withMaterialFile, type MaterialFileKind, type MaterialFileRef, type MaterialPlace } from "../../spec/catalogue/material-files.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { useI18n } from "../i18n.js";
import { fileSize, typeLabel, uploadFile } from "../../runtime/shared/upload.js";

type Rec = Record<string, unknown>;
const BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf", ofd: "application/ofd", doc: "application/msword", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png",
};
const ACCEPT = [...MATERIAL_FILE_TYPES, ...Object.keys(BY_EXTENSION).map((e) => `.${e}`)].join(",");
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter((x): x is Rec => !!x && typeof x === "object") : []);

/** The file with the type its extension names when the browser gives none (OFD) or another one. */
function typed(file: File): File {
  if ((MATERIAL_FILE_TYPES as readonly string[]).includes(file.type)) return file;
  const byExt = BY_EXTENSION[file.name.split(".").pop()?.toLowerCase() ?? ""];
  return byExt ? new File([file], file.name, { type: byExt }) : file;
}

/** One material's two files, each with its upload/replace and remove controls. */
function MaterialRow({ itemId, place, m, busy, act }: { itemId: string; place: MaterialPlace; m: Rec; busy: boolean; act(place: MaterialPlace, kind: MaterialFileKind, file?: File): void }) {
  const { t } = useI18n();
  const name = String(m.material_name ?? m.id);
  return (
    <li className="mf-row">
      <span className="mf-name">{name}</span>
      {MATERIAL_FILE_KINDS.map((kind) => {
        const ref = m[kind] as MaterialFileRef | undefined;
        const kindName = t(kind === "blank_form" ? "mf.blank" : "mf.sample");
        const inputId = `mf-${place.situation ?? ""}-${place.material}-${kind}`;
        return (
          <div key={kind} className="mf-file">
            <span className="mf-kind">{kindName}{t("common.labelSeparator")}</span>
            {ref ? <a href={draftFileUrl(itemId, ref.sha256)} download={ref.name}>{ref.name}</a> : <span className="muted">{t("mf.missing")}</span>}
            {ref && <span className="small muted"> {typeLabel(ref.mime)} · {fileSize(ref.size)}</span>}
            <input id={inputId} className="visually-hidden" type="file" accept={ACCEPT} disabled={busy}
              aria-label={t(ref ? "mf.replaceFor" : "mf.uploadFor", { name, kind: kindName })}
              onChange={(ev) => { const f = ev.target.files?.[0]; ev.target.value = ""; if (f) act(place, kind, f); }} />
            <label className="btn btn--small" htmlFor={inputId} aria-disabled={busy}>{t(ref ? "mf.replace" : "mf.upload", { kind: kindName })}</label>
            {ref && <button type="button" className="btn btn--small btn--danger" disabled={busy} aria-label={t("mf.removeFor", { name, kind: kindName })} onClick={() => act(place, kind)}>{t("mf.remove", { kind: kindName })}</button>}
          </div>
        );
      })}
    </li>
  );
}

/** Props: the item, the editor's copy of its draft, and how to apply the server's change to that copy (an updater, so
 * edits made while a file uploads stay). */
export function MaterialFiles({ itemId, draft, onChange }: { itemId: string; draft: Rec; onChange(update: (current: Rec) => Rec): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const groups: Array<{ title: string; situation?: string; materials: Rec[] }> = [
    { title: t("mf.itemMaterials"), materials: list(draft.materials) },
    ...list(draft.situations).map((s) => ({ title: t("mf.situation", { title: String(s.title ?? s.id) }), situation: String(s.id), materials: list(s.materials) })),
  ].filter((g) => g.materials.length > 0);
  const act = async (place: MaterialPlace, kind: MaterialFileKind, file?: File) => {
    const name = String(list(place.situation ? list(draft.situations).find((s) => s.id === place.situation)?.materials : draft.materials).find((m) => m.id === place.material)?.material_name ?? place.material);
    const kindName = t(kind === "blank_form" ? "mf.blank" : "mf.sample");
    setBusy(true); setStatus(undefined); setError(undefined);
    try {
      const path = materialFilePath(itemId, place, kind);
      const r = file ? await uploadFile<MaterialFileResult>(path, typed(file)) : await api<MaterialFileResult>("DELETE", path);
      onChange((current) => withMaterialFile(current, place, kind, r.file ?? undefined) ?? current);
      setStatus(r.file ? t("mf.uploaded", { file: r.file.name, name, kind: kindName }) : t("mf.removed", { name, kind: kindName }));
    } catch (err) {
      setError(err instanceof ApiRequestError ? [err.message, ...err.problems.map((p) => p.message)].filter((x, i, a) => a.indexOf(x) === i).join(t("common.clauseSeparator")) : String(err));
    } finally { setBusy(false); }
  };
  return (
    <section className="card mf" aria-labelledby="mf-title">
      <h2 id="mf-title">{t("mf.title")}</h2>
      <p className="small muted">{t("mf.intro", { mb: MATERIAL_FILE_MAX_MB })} {t("mf.unsaved")}</p>
      {!groups.length && <p className="muted">{t("mf.none")}</p>}
      {groups.map((g) => (
        <div key={g.situation ?? ""}>
          <h3 className="mf-group">{g.title}</h3>
          <ul className="mf-list">{g.materials.map((m) => <MaterialRow key={String(m.id)} itemId={itemId} place={{ material: String(m.id), ...(g.situation ? { situation: g.situation } : {}) }} m={m} busy={busy} act={(p, k, f) => void act(p, k, f)} />)}</ul>
        </div>
      ))}
      <p role="status" className="small">{busy ? t("mf.busy") : status}</p>
      {error && <p className="alert alert--error" role="alert">{error}</p>}
    </section>
  );
}
