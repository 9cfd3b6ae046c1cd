// 签名 (signature kind): a pad drawn with a finger, pen or mouse (pointer events, no page scroll while drawing),
// or — for keyboard users — a signature made from the typed name; stored as a PNG with the signer's name and
// the time of signing, and shown as that image with name and Beijing time when read-only.
import { useEffect, useRef, useState } from "react";
import type { FieldProps } from "@rjsf/utils";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { subErrors } from "./sub-errors.js";

type Signed = { image?: string; name?: string; signedAt?: string };
const W = 480, H = 160;

/** The signature field. */
export default function SignatureField(props: FieldProps) {
  const { t, lang } = useI18n();
  const { formData, onChange, fieldPathId, disabled, readonly, errorSchema, onBlur } = props;
  const id = fieldPathId.$id;
  const v = (formData ?? {}) as Signed;
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [dirty, setDirty] = useState(false);
  const emit = (next: Signed) => onChange((next.image || next.name ? next : undefined) as never, fieldPathId.path);
  const ctx = () => {
    const c = canvas.current!.getContext("2d")!;
    c.lineWidth = 2.5; c.lineCap = "round"; c.strokeStyle = "#111";
    return c;
  };
  useEffect(() => {
    if (!canvas.current || dirty) return;
    const c = canvas.current.getContext("2d");
    if (!c) return;
    c.clearRect(0, 0, W, H);
    if (v.image) { const img = new Image(); img.onload = () => c.drawImage(img, 0, 0, W, H); img.src = v.image; }
  }, [v.image, dirty]);
  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = canvas.current!.getBoundingClientRect();
    return [((e.clientX - r.left) * W) / r.width, ((e.clientY - r.top) * H) / r.height] as const;
  };
  const finish = () => {
    if (!drawing.current) return;
    drawing.current = false;
    emit({ ...v, image: canvas.current!.toDataURL("image/png"), signedAt: new Date().toISOString() });
  };
  const typed = () => {
    if (!v.name) return;
    const c = ctx();
    c.clearRect(0, 0, W, H);
    c.font = `italic 56px "KaiTi", "STKaiti", serif`; c.fillStyle = "#111"; c.textBaseline = "middle";
    c.fillText(v.name, 24, H / 2, W - 48);
    setDirty(true);
    emit({ ...v, image: canvas.current!.toDataURL("image/png"), signedAt: new Date().toISOString() });
  };
  const clear = () => { ctx().clearRect(0, 0, W, H); setDirty(false); emit({ name: v.name }); };
  if (readonly) {
    return v.image ? (
      <figure className="signature signature--view">
        <img src={v.image} alt={t("fk.signedAt", { name: v.name ?? "", at: formatDateTime(v.signedAt, lang) })} width={W / 2} height={H / 2} />
        <figcaption className="small muted">{t("fk.signedAt", { name: v.name ?? "", at: formatDateTime(v.signedAt, lang) })}</figcaption>
      </figure>
    ) : <p className="muted">—</p>;
  }
  const errors = [...subErrors(errorSchema, "image"), ...subErrors(errorSchema, "name"), ...subErrors(errorSchema, "signedAt")];
  return (
    <div className="signature composite">
      <label className="composite__label" htmlFor={id}>{t("fk.signer")}</label>
      <input id={id} className="form-control" type="text" maxLength={50} autoComplete="name" value={v.name ?? ""} disabled={disabled}
        onChange={(e) => emit({ ...v, name: e.target.value })} onBlur={() => onBlur(id, v)} />
      <p className="small muted" id={`${id}__hint`}>{t("fk.signHere")}</p>
      <canvas ref={canvas} width={W} height={H} className="signature__pad" role="img" aria-label={t("fk.pad")} aria-describedby={`${id}__hint`}
        data-testid="signature-pad"
        onPointerDown={(e) => { if (disabled) return; e.currentTarget.setPointerCapture(e.pointerId); drawing.current = true; setDirty(true); const [x, y] = point(e); const c = ctx(); c.beginPath(); c.moveTo(x, y); c.lineTo(x + 0.1, y + 0.1); c.stroke(); }}
        onPointerMove={(e) => { if (!drawing.current) return; const [x, y] = point(e); const c = ctx(); c.lineTo(x, y); c.stroke(); }}
        onPointerUp={finish} onPointerCancel={finish} />
      <div className="row">
        <button type="button" className="btn btn--small" onClick={typed} disabled={disabled || !v.name}>{t("fk.typeSign")}</button>
        <button type="button" className="btn btn--small" onClick={clear} disabled={disabled || !v.image}>{t("fk.clear")}</button>
      </div>
      {v.image && v.signedAt && <p className="small muted" aria-live="polite">{t("fk.signedAt", { name: v.name ?? "", at: formatDateTime(v.signedAt, lang) })}</p>}
      {errors.length > 0 && <p className="field__error-inline">{errors.join(t("common.clauseSeparator"))}</p>}
    </div>
  );
}
