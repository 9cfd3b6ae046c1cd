// One material's file picker: the accepted types and the size limit shown before choosing, the file checked in
// the browser (type, size, not empty) with a clear message, then uploaded; the server checks again.
import { useState, type ChangeEvent } from "react";
import type { AttachmentView } from "../../spec/api.js";
import { useI18n } from "../shared/i18n.js";
import { fileSize, typeLabel, uploadFile } from "../shared/upload.js";
import { ApiRequestError } from "../shared/api.js";

interface Props { id: string; label: string; uploadUrl: string; accept: string[]; maxSizeMb: number; onUploaded(a: AttachmentView): void; buttonText?: string }

/** The picker with its limits line and its error line. */
export function MaterialFileInput({ id, label, uploadUrl, accept, maxSizeMb, onUploaded, buttonText }: Props) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const types = accept.map(typeLabel).join(t("common.listSeparator"));
  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    if (file.size === 0) return setProblem(t("mat.empty", { name: file.name }));
    if (file.size > maxSizeMb * 1024 * 1024) return setProblem(t("mat.tooBig", { name: file.name, size: fileSize(file.size), max: maxSizeMb }));
    if (!accept.includes(file.type)) return setProblem(t("mat.badType", { name: file.name, types }));
    setProblem(undefined);
    setBusy(true);
    try {
      onUploaded(await uploadFile(uploadUrl, file));
    } catch (err) {
      setProblem(err instanceof ApiRequestError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="material-file">
      <p className="field__help" id={`${id}-limits`}>{t("mat.limits", { types, max: maxSizeMb })}</p>
      <input type="file" id={id} className="visually-hidden file-input" accept={accept.join(",")} disabled={busy}
        aria-label={`${buttonText ?? t("mat.upload")}${t("common.labelSeparator")}${label}`} aria-describedby={`${id}-limits${problem ? ` ${id}-error` : ""}`} aria-invalid={problem ? true : undefined}
        onChange={(e) => void onPick(e)} />
      <label htmlFor={id} className="btn file-button" aria-hidden="true">{busy ? t("mat.uploading") : buttonText ?? t("mat.upload")}</label>
      {problem && <p className="field__error" id={`${id}-error`} role="alert">{problem}</p>}
    </div>
  );
}
