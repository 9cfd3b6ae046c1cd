// What the applicant can do on their own case when the flow waits for them: answer a correction notice (补正:
// exactly the materials and form entries it lists, CorrectionForm) or supply materials accepted for later (容缺后补).
import { useMemo, useRef, useState } from "react";
import type { ApplicationView, ProblemDetail, PublishedBundle } from "../../spec/api.js";
import { api, ApiRequestError, newRequestId } from "../shared/api.js";
import { useI18n } from "../shared/i18n.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox } from "../shared/ui.js";
import { CorrectionForm } from "./CorrectionForm.js";
import { MaterialFileInput } from "../widgets/MaterialFileInput.js";
import type { Json } from "../../spec/common.js";
import { deferrableNecessity } from "../../spec/material-rules.js";

/** The applicant's view of an application, as the server sends it to the owner. */
export type OwnApplication = ApplicationView & { caseActions?: string[] };

/** Props: the application and what to do with its updated view. */
export function CaseActions({ app, onUpdated, onEditing }: { app: OwnApplication; onUpdated(app: OwnApplication): void; onEditing(editing: boolean): void }) {
  const { t } = useI18n();
  const actions = app.caseActions ?? [];
  const published = useApi<PublishedBundle>(actions.length ? `/api/catalog/${encodeURIComponent(app.bundleKey)}/versions/${app.version}` : null);
  const [mode, setModeState] = useState<"none" | "correct" | "materials">("none");
  // The read-only copy of the form below would duplicate the field ids while the editable one is shown.
  const setMode = (m: "none" | "correct" | "materials") => {
    setModeState(m);
    onEditing(m === "correct");
  };
  const [problems, setProblems] = useState<ProblemDetail[]>();
  const [error, setError] = useState<ApiRequestError>();
  const [busy, setBusy] = useState(false);
  const [materials, setMaterials] = useState<string[]>([]);
  const [uploaded, setUploaded] = useState<Record<string, string[]>>({});
  const requestId = useRef(newRequestId());
  const deferrable = useMemo(
    () => {
      const pending = app.handling?.promises.filter((p) => p.status === "pending").flatMap((p) => p.materials.filter((m) => !p.supplied.includes(m)));
      return (published.data?.spec.items ?? []).flatMap((it) => it.materials.filter((m) => deferrableNecessity(m.necessity) && (!pending || pending.includes(m.id) || pending.includes(`${it.id}/${m.id}`)))
        .map((m) => ({ id: m.id, key: `${it.id}/${m.id}`, name: m.material_name, accept: m.accept, maxSizeMb: m.max_size_mb })));
    },
    [published.data, app.handling],
  );
  if (!actions.includes("applicant_corrected") && !actions.includes("materials_supplied")) return null;
  const notice = [...app.timeline].reverse().find((e) => /correct|补正|deficien|容缺/i.test(`${e.kind} ${e.message}`));

  const send = async (body: Json) => {
    setBusy(true);
    setError(undefined);
    try {
      const updated = await api<OwnApplication>("POST", `/api/applications/${encodeURIComponent(app.id)}/events`, { ...body, requestId: requestId.current });
      requestId.current = newRequestId();
      setMode("none");
      onUpdated(updated);
    } catch (err) {
      const e = err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined);
      requestId.current = newRequestId();
      setError(e);
      setProblems(e.status === 400 ? e.problems : undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="case-actions-title">
      <div className="alert alert--warning" role="status">
        <h2 id="case-actions-title">{actions.includes("applicant_corrected") ? t("case.correctTitle") : t("case.materialsTitle")}</h2>
        {notice && <p>{notice.message}</p>}
      </div>
      {error && <ErrorBox error={error} />}
      {mode === "none" && (
        <div className="row">
          {actions.includes("applicant_corrected") && <button type="button" className="btn btn--primary" onClick={() => setMode("correct")}>{t("case.correct")}</button>}
          {actions.includes("materials_supplied") && <button type="button" className="btn btn--primary" onClick={() => setMode("materials")}>{t("case.supply")}</button>}
        </div>
      )}
      {mode === "correct" && published.data && (
        <CorrectionForm app={app} published={published.data} busy={busy} problems={problems} onSubmit={(b) => void send(b)} onCancel={() => setMode("none")} />
      )}
      {mode === "materials" && (
        <form onSubmit={(e) => { e.preventDefault(); if (materials.length) void send({ type: "materials_supplied", materials }); }}>
          <fieldset className="subgroup">
            <legend>{t("case.materials")}</legend>
            <ul className="material-list">
              {deferrable.map((m, i) => (
                <li key={m.key} className="material">
                  <label className="choice">
                    <input type="checkbox" checked={materials.includes(m.id)} disabled={!uploaded[m.id]?.length}
                      onChange={(e) => setMaterials(e.target.checked ? [...materials, m.id] : materials.filter((x) => x !== m.id))} />
                    {m.name}
                  </label>
                  {(uploaded[m.id] ?? []).map((name, j) => <p key={j} className="small">{t("mat.uploaded")}{t("common.labelSeparator")}{name}</p>)}
                  <MaterialFileInput id={`supply-${i}`} label={m.name} accept={m.accept} maxSizeMb={m.maxSizeMb} buttonText={t("mat.supplyFile")}
                    uploadUrl={`/api/applications/${encodeURIComponent(app.id)}/attachments?material=${encodeURIComponent(m.key)}`}
                    onUploaded={(a) => {
                      setUploaded((u) => ({ ...u, [m.id]: [...(u[m.id] ?? []), a.name] }));
                      setMaterials((list) => (list.includes(m.id) ? list : [...list, m.id]));
                    }} />
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="row">
            <button type="submit" className="btn btn--primary" disabled={busy || !materials.length}>{t("case.supplyConfirm")}</button>
            <button type="button" className="btn" onClick={() => setMode("none")}>{t("wb.cancel")}</button>
          </div>
        </form>
      )}
    </section>
  );
}
