// Attachment upload for "format": "data-url" fields (e.g. 营业执照副本): the file is read in the browser into a
// data URL carrying its name, checked against the accepted types and a size limit, listed with a remove button.
import { useState, type ChangeEvent } from "react";
import { useFileWidgetProps, type WidgetProps } from "@rjsf/utils";
import { controlAria } from "./aria.js";
import { useI18n } from "../shared/i18n.js";
import { fileSize } from "../../spec/files.js";

const DEFAULT_ACCEPT = "application/pdf,image/jpeg,image/png";
const DEFAULT_MAX_MB = 5;

/** The file widget of the smart form. */
export default function FileWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, multiple, onChange, onBlur, onFocus, options, rawErrors, htmlName } = props;
  const { t } = useI18n();
  const { filesInfo, handleChange, handleRemove } = useFileWidgetProps(value, onChange, multiple);
  const [problem, setProblem] = useState<string>();
  const accept = String(options.accept ?? DEFAULT_ACCEPT);
  const maxMb = Number(options.maxSizeMb ?? DEFAULT_MAX_MB);
  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = e.target.files;
    if (!files || !files.length) return;
    const types = accept.split(",").map((s) => s.trim());
    for (const f of files) {
      if (f.size > maxMb * 1024 * 1024) return setProblem(t("widget.fileTooBig", { name: f.name, max: maxMb }));
      if (!types.includes(f.type)) return setProblem(t("widget.fileType", { name: f.name }));
    }
    setProblem(undefined);
    void handleChange(files);
    e.target.value = "";
  };
  return (
    <div className="file-widget">
      {!readonly && (
        // The native control's text follows the browser's language, not ours: it is kept for keyboard and screen
        // readers but drawn as our own button.
        <div className="row">
          <input type="file" id={id} name={htmlName || id} className="visually-hidden file-input" accept={accept} multiple={multiple} disabled={disabled}
            onChange={onPick} onBlur={() => onBlur(id, value)} onFocus={() => onFocus(id, value)}
            {...controlAria(id, required && !value, rawErrors)} />
          <label htmlFor={id} className="btn file-button" aria-hidden="true">{t("widget.fileChoose")}</label>
          {filesInfo.length === 0 && <span className="muted small">{t("widget.fileNone")}</span>}
        </div>
      )}
      {!readonly && <p className="field__help">{t("widget.fileHint", { max: maxMb })}</p>}
      {problem && <p className="field__error" role="alert">{problem}</p>}
      {filesInfo.length > 0 && (
        <ul className="file-list">
          {filesInfo.map((f, i) => (
            <li key={i} className="row">
              {f.dataURL ? <a href={f.dataURL} download={f.name}>{f.name}</a> : <span>{f.name}</span>}
              <span className="muted small">{fileSize(f.size)}</span>
              {!readonly && !disabled && (
                <button type="button" className="btn btn--danger" onClick={() => handleRemove(i)} aria-label={t("widget.fileRemove", { name: f.name })}>
                  {t("form.removeFile")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
