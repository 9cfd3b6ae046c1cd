// The sensitive fields of a case the server masked for staff (ID numbers, bank accounts, ID copies), each with an
// explicit "show" that asks for a reason; the server records every reveal in the access log.
import { useState, type FormEvent } from "react";
import type { ApplicationView, RevealView } from "../../spec/api.js";
import { setAtPointer } from "../../spec/pointer.js";
import { api, ApiRequestError } from "../shared/api.js";
import { useI18n } from "../shared/i18n.js";

/** The panel; `onRevealed` gets the case with the revealed values put in place. */
export function RevealPanel({ app, onRevealed }: { app: ApplicationView; onRevealed: (app: ApplicationView) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string>();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string>();
  const [shown, setShown] = useState<Set<string>>(new Set());
  const masked = app.masked ?? [];
  if (!masked.length) return null;
  const submit = async (e: FormEvent, pointer: string) => {
    e.preventDefault();
    if (reason.trim().length < 2) return setProblem(t("pv.reasonRequired"));
    try {
      const r = await api<RevealView>("POST", `/api/applications/${encodeURIComponent(app.id)}/reveal`, { pointers: [pointer], reason: reason.trim() });
      const data = structuredClone(app.data);
      setAtPointer(data, pointer, r.values[pointer]);
      setShown(new Set([...shown, pointer]));
      setOpen(undefined);
      setReason("");
      setProblem(undefined);
      onRevealed({ ...app, data });
    } catch (err) {
      setProblem(err instanceof ApiRequestError ? err.message : String(err));
    }
  };
  return (
    <section className="card" aria-labelledby="pv-title">
      <h2 id="pv-title">{t("pv.title")}</h2>
      <p className="muted small">{t("pv.intro")}</p>
      <ul className="reveal-list">
        {masked.map((m) => (
          <li key={m.pointer}>
            <span>{m.label}</span>
            {shown.has(m.pointer) ? <span className="muted small"> — {t("pv.revealed")}</span> : open === m.pointer ? (
              <form className="reveal-form" onSubmit={(e) => void submit(e, m.pointer)} noValidate>
                <label htmlFor={`pv-reason-${m.pointer}`}>{t("pv.reason")}</label>
                <input id={`pv-reason-${m.pointer}`} value={reason} onChange={(e) => { setReason(e.target.value); setProblem(undefined); }} placeholder={t("pv.reasonHint")} maxLength={200}
                  aria-invalid={problem ? true : undefined} aria-describedby={problem ? `pv-problem-${m.pointer}` : undefined} autoFocus />
                {problem && <p id={`pv-problem-${m.pointer}`} className="field__error" role="alert">{problem}</p>}
                <button type="submit" className="btn btn--primary">{t("pv.confirm")}</button>{" "}
                <button type="button" className="btn" onClick={() => { setOpen(undefined); setProblem(undefined); }}>{t("pv.cancel")}</button>
              </form>
            ) : (
              <> <button type="button" className="btn" onClick={() => { setOpen(m.pointer); setReason(""); setProblem(undefined); }} aria-label={`${t("pv.show")} ${m.label}`}>{t("pv.show")}</button></>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
