// The materials of the applicant's situation (from the one-time notice) beside the smart form: each with its
// limits and an upload, e-licences the government holds marked as nothing to do, and — where the item allows
// 容缺 — the choice to supply it later by signing the promise (the server records the promise it composes).
import { useMemo } from "react";
import type { AttachmentView, ProblemDetail, PublishedBundle, SubmitMaterials } from "../../spec/api.js";
import { resolveNotice, type Answers } from "../../spec/guide.js";
import { api } from "../shared/api.js";
import { useI18n } from "../shared/i18n.js";
import { fileSize } from "../shared/upload.js";
import { MaterialFileInput } from "../widgets/MaterialFileInput.js";
import { deferrableNecessity, paperOnly, requiredAtSubmit, requiredNecessity } from "../../spec/material-rules.js";
import type { OutsideProblem } from "../shared/form/ErrorSummary.js";

/** A deferral being declared: the signature typed and the promise agreed. */
export interface Deferral { signedName: string; agreed: boolean }

/** What the applicant has done about materials so far. */
export interface MaterialsState { attachments: AttachmentView[]; deferred: Record<string, Deferral> }

/** One applicable material with its limits. */
export interface MaterialRow { key: string; itemName: string; name: string; necessity: string; held: boolean; paperOnly: boolean; required: boolean; accept: string[]; maxSizeMb: number; deferralDays?: number; notes?: string }

/** The applicable materials of a published version for these answers and data. */
export function applicableMaterials(published: PublishedBundle, answers: Answers, data: Record<string, unknown>): MaterialRow[] {
  const b = published.spec;
  return resolveNotice(b, answers, {}, data).materials.map((n) => {
    const item = b.items.find((it) => it.id === n.item)!;
    const m = item.materials.find((x) => x.id === n.id)!;
    return {
      key: `${n.item}/${n.id}`, itemName: item.task_name, name: n.name, necessity: n.necessity, held: n.heldByGovernment, paperOnly: paperOnly(m.material_form), required: requiredAtSubmit(n),
      accept: m.accept, maxSizeMb: m.max_size_mb, ...(n.deferrable ? { deferralDays: m.deferral_days ?? 5 } : {}), ...(n.notes ? { notes: n.notes } : {}),
    };
  });
}

/** Problems of the declared deferrals before submitting (the server checks the same), keyed by material. */
export function deferralProblems(rows: MaterialRow[], state: MaterialsState, realName: string): Record<string, "sign" | "agree"> {
  const out: Record<string, "sign" | "agree"> = {};
  for (const r of rows) {
    const d = state.deferred[r.key];
    if (!d) continue;
    if (d.signedName.trim() !== realName) out[r.key] = "sign";
    else if (!d.agreed) out[r.key] = "agree";
  }
  return out;
}

/** Whether a required material has neither a file nor a 容缺 promise yet (the server refuses the submit then). */
export function isMissing(r: MaterialRow, state: MaterialsState): boolean {
  return r.required && !state.deferred[r.key] && !state.attachments.some((a) => a.material === r.key);
}

/** Every materials problem that blocks the submit, in page order, each with the element to focus. */
export function materialProblems(rows: MaterialRow[], state: MaterialsState, realName: string, t: (k: "mat.problemSign" | "mat.problemAgree" | "mat.problemMissing" | "mat.problemMissingDeferrable", p: Record<string, string>) => string, section: string): OutsideProblem[] {
  const deferral = deferralProblems(rows, state, realName);
  return rows.flatMap((r, i): OutsideProblem[] => {
    const base = `mat-${i}`;
    if (deferral[r.key] === "sign") return [{ id: `${base}-sign`, section, message: t("mat.problemSign", { name: r.name }) }];
    if (deferral[r.key] === "agree") return [{ id: `${base}-agree`, section, message: t("mat.problemAgree", { name: r.name }) }];
    if (isMissing(r, state)) return [{ id: `${base}-file`, section, message: t(r.deferralDays !== undefined ? "mat.problemMissingDeferrable" : "mat.problemMissing", { name: r.name }) }];
    return [];
  });
}

/** The materials part of the submit request: files and deferrals of the applicable materials only. */
export function submitMaterials(rows: MaterialRow[], state: MaterialsState): SubmitMaterials {
  const keys = new Set(rows.map((r) => r.key));
  return {
    attachments: state.attachments.filter((a) => keys.has(a.material) && !state.deferred[a.material]).map((a) => a.id),
    deferred: Object.entries(state.deferred).filter(([k]) => keys.has(k)).map(([material, d]) => ({ material, signedName: d.signedName.trim(), agreed: d.agreed })),
  };
}

interface Props {
  published: PublishedBundle; rows: MaterialRow[]; state: MaterialsState; onChange(s: MaterialsState): void; realName: string;
  showProblems: boolean; serverProblems?: ProblemDetail[];
  /** Where files go when someone else files for the applicant (the counter): upload URL prefix and delete URL. */
  endpoints?: { uploadBase: string; remove(id: string): string };
}

/** The materials card. */
export function MaterialsPanel({ published, rows, state, onChange, realName, showProblems, serverProblems, endpoints }: Props) {
  const { t } = useI18n();
  const problems = useMemo(() => deferralProblems(rows, state, realName), [rows, state, realName]);
  const missing = rows.filter((r) => isMissing(r, state)).length;
  const remove = async (a: AttachmentView) => {
    await api("DELETE", endpoints ? endpoints.remove(a.id) : `/api/attachments/${encodeURIComponent(a.id)}`).catch(() => undefined);
    onChange({ ...state, attachments: state.attachments.filter((x) => x.id !== a.id) });
  };
  const setDeferral = (key: string, d: Deferral | undefined) => {
    const deferred = { ...state.deferred };
    if (d) deferred[key] = d;
    else delete deferred[key];
    onChange({ ...state, deferred });
  };
  if (!rows.length) return null;
  const uploadBase = endpoints?.uploadBase ?? `/api/attachments?bundleKey=${encodeURIComponent(published.spec.key)}&version=${published.version}&material=`;
  return (
    <section className="card materials" aria-labelledby="materials-title" id="materials">
      <h2 id="materials-title">{t("mat.title")}</h2>
      <p className="muted">{t("mat.intro")}</p>
      {serverProblems && serverProblems.length > 0 && (
        <ul className="alert alert--error" role="alert">{serverProblems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
      )}
      <ol className="material-list">
        {rows.map((r, i) => {
          const files = state.attachments.filter((a) => a.material === r.key);
          const d = state.deferred[r.key];
          const idBase = `mat-${i}`;
          return (
            <li key={r.key} className="material" data-material={r.key}>
              <div className="material__head">
                <strong>{r.name}</strong>
                {showProblems && isMissing(r, state) && <span className="badge badge--overdue">{t("mat.notYet")}</span>}
                <span className={`badge ${requiredNecessity(r.necessity) ? "badge--open" : ""}`}>{requiredNecessity(r.necessity) ? t("mat.required") : deferrableNecessity(r.necessity) ? t("mat.deferrable", { days: r.deferralDays ?? 5 }) : t("mat.optional")}</span>
              </div>
              <p className="muted small">{r.itemName}{r.notes ? ` · ${r.notes}` : ""}</p>
              {r.held ? <p className="small">{t("mat.held")}</p> : (
                <>
                  {r.paperOnly && <p className="small">{t("mat.paper")}</p>}
                  {files.length > 0 && (
                    <ul className="file-list">
                      {files.map((a) => (
                        <li key={a.id} className="row">
                          <a href={a.url}>{a.name}</a><span className="muted small">{fileSize(a.size)}</span>
                          <button type="button" className="btn btn--danger" onClick={() => void remove(a)} aria-label={t("mat.remove", { name: a.name })}>{t("form.removeFile")}</button>
                        </li>
                      ))}
                    </ul>
                  )}
                  {!d && <MaterialFileInput id={`${idBase}-file`} label={r.name} uploadUrl={uploadBase + encodeURIComponent(r.key)} accept={r.accept} maxSizeMb={r.maxSizeMb}
                    onUploaded={(a) => onChange({ ...state, attachments: [...state.attachments.filter((x) => x.id !== a.id), a] })} />}
                  {r.deferralDays !== undefined && files.length === 0 && (
                    <div className="promise">
                      <label className="choice">
                        <input type="checkbox" checked={!!d} onChange={(e) => setDeferral(r.key, e.target.checked ? { signedName: "", agreed: false } : undefined)} />
                        {t("mat.defer")}
                      </label>
                      {d && (
                        <fieldset className="subgroup promise__form">
                          <legend>{t("mat.promiseTitle")}</legend>
                          <p className="promise__text">{t("mat.promiseText", { item: r.itemName, material: r.name, days: r.deferralDays })}</p>
                          <div className="field">
                            <label htmlFor={`${idBase}-sign`}>{t("mat.sign", { name: realName })}</label>
                            <input id={`${idBase}-sign`} type="text" autoComplete="name" value={d.signedName} maxLength={100}
                              aria-invalid={showProblems && problems[r.key] === "sign" ? true : undefined} aria-describedby={`${idBase}-sign-error`}
                              onChange={(e) => setDeferral(r.key, { ...d, signedName: e.target.value })} />
                            <p className="field__error" id={`${idBase}-sign-error`}>{showProblems && problems[r.key] === "sign" ? t("mat.signMismatch", { name: realName }) : ""}</p>
                          </div>
                          <label className="choice">
                            <input type="checkbox" id={`${idBase}-agree`} checked={d.agreed} aria-invalid={showProblems && problems[r.key] === "agree" ? true : undefined}
                              onChange={(e) => setDeferral(r.key, { ...d, agreed: e.target.checked })} />
                            {t("mat.agree")}
                          </label>
                          {showProblems && problems[r.key] === "agree" && <p className="field__error" role="alert">{t("mat.agreeRequired")}</p>}
                        </fieldset>
                      )}
                    </div>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {missing > 0 && <p className="small muted" role="status">{t("mat.missing", { n: missing })}</p>}
    </section>
  );
}
