// Answering a correction notice (补正): exactly what the notice lists — each material with its own upload, each
// form entry in the smart form (checked again by the server) — and the resubmission held back until every listed
// material has a file; the server refuses it too, naming what is still missing.
import { useMemo, useState } from "react";
import type { ApplicationMaterialsView, ApplicationView, ProblemDetail, PublishedBundle } from "../../spec/api.js";
import { useApi } from "../shared/useApi.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { SmartFormView } from "../shared/form/SmartFormView.js";
import { MaterialFileInput } from "../widgets/MaterialFileInput.js";
import type { Json } from "../../spec/common.js";
import { situatedForm } from "../../spec/situated-form.js";
import { answersToQuery } from "./answers.js";
import { prefillHelp, prefillUiSchema, type PrefillAnswer } from "./prefill.js";

type Deficiency = NonNullable<NonNullable<ApplicationView["handling"]>["correction"]>["deficiencies"][number];

interface Props {
  app: ApplicationView; published: PublishedBundle; busy: boolean; problems?: ProblemDetail[];
  onSubmit(body: Json): void; onCancel(): void;
}

/** The material of a deficiency in the published version: its upload key and limits. */
function materialOf(published: PublishedBundle, d: Deficiency) {
  for (const item of published.spec.items) {
    if (d.item && item.id !== d.item) continue;
    const m = item.materials.find((x) => x.id === d.ref);
    if (m) return { key: `${item.id}/${m.id}`, name: m.material_name, accept: m.accept, maxSizeMb: m.max_size_mb };
  }
  return undefined;
}

/** The correction form. */
export function CorrectionForm({ app, published, busy, problems, onSubmit, onCancel }: Props) {
  const { t, lang } = useI18n();
  const correction = app.handling?.correction;
  const deficiencies = useMemo(() => correction?.deficiencies ?? [], [correction]);
  const materials = useMemo(() => deficiencies.filter((d) => d.kind === "material").map((d) => ({ d, m: materialOf(published, d) })), [deficiencies, published]);
  const hasFields = !correction || deficiencies.some((d) => d.kind === "field");
  // The listed entries start marked at their fields with the reason, and stay marked until changed.
  // (taken once: the form keeps a server problem until the field changes from the value it had when it arrived)
  const [listed] = useState<ProblemDetail[]>(() => deficiencies.filter((d) => d.kind === "field")
    .map((d) => ({ pointer: `/data${d.ref}`, field: d.label ?? d.ref, message: `${t("case.noticeField")}${t("common.labelSeparator")}${d.reason}` })));
  const [data, setData] = useState<Json>(app.data);
  const [added, setUploaded] = useState<Record<string, string[]>>({});
  // Files uploaded since the notice (e.g. before a reload) count as supplied, as the server counts them.
  const earlier = useApi<ApplicationMaterialsView>(`/api/applications/${encodeURIComponent(app.id)}/materials`);
  const uploaded = useMemo(() => {
    const out: Record<string, string[]> = {};
    for (const m of earlier.data?.materials ?? []) {
      const since = m.attachments.filter((a) => !correction || a.createdAt >= correction.at).map((a) => a.name);
      if (since.length) out[m.key] = since;
    }
    for (const [k, names] of Object.entries(added)) out[k] = [...(out[k] ?? []), ...names];
    return out;
  }, [earlier.data, added, correction]);
  const [missing, setMissing] = useState<string>();
  // What the government holds stays as it was submitted: locked prefilled fields are read-only here too.
  const prefill = useApi<PrefillAnswer>(hasFields ? `/api/prefill/${encodeURIComponent(published.spec.key)}?${answersToQuery(app.answers as never, new URLSearchParams({ version: String(published.version) }))}` : null);
  const form = useMemo(() => {
    const base = situatedForm(published.spec);
    const fields = prefill.data?.fields ?? [];
    return fields.length ? { ...base, uiSchema: prefillUiSchema(base.uiSchema as Json | undefined, fields, prefillHelp(t)) } : base;
  }, [published, prefill.data, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- t changes identity with lang
  const submit = (clean?: Json) => {
    const first = materials.findIndex(({ m }) => m && !uploaded[m.key]?.length);
    if (first >= 0) {
      setMissing(t("case.materialMissing", { name: materials[first]!.m!.name }));
      document.getElementById(`correct-file-${first}`)?.focus();
      return;
    }
    setMissing(undefined);
    onSubmit({ type: "applicant_corrected", ...(clean ? { data: clean } : {}) });
  };
  return (
    <div className="correction">
      {correction && (
        <section aria-labelledby="notice-list-title">
          <h3 id="notice-list-title">{t("case.noticeList")}</h3>
          {correction.deadline && <p className="small">{t("case.deadline", { at: formatDateTime(correction.deadline, lang) })}</p>}
          <ol className="notice-list">
            {deficiencies.map((d, i) => (
              <li key={i}><span className="badge">{t(d.kind === "material" ? "case.noticeMaterial" : "case.noticeField")}</span> <strong>{d.label ?? d.ref}</strong>{t("common.labelSeparator")}{d.reason}</li>
            ))}
          </ol>
        </section>
      )}
      {materials.length > 0 && (
        <fieldset className="subgroup">
          <legend>{t("case.correctMaterials")}</legend>
          <ul className="material-list">
            {materials.map(({ d, m }, i) => (
              <li key={i} className="material" data-material={m?.key ?? d.ref}>
                <div className="material__head"><strong>{m?.name ?? d.label ?? d.ref}</strong>
                  {m && uploaded[m.key]?.length ? <span className="badge badge--done">{t("mat.uploaded")}</span> : <span className="muted small">{t("mat.none")}</span>}
                </div>
                <p className="muted small">{d.reason}</p>
                {m && (uploaded[m.key] ?? []).map((name, j) => <p key={j} className="small">{t("case.materialUploaded", { name })}</p>)}
                {m && (
                  <MaterialFileInput id={`correct-file-${i}`} label={m.name} accept={m.accept} maxSizeMb={m.maxSizeMb}
                    uploadUrl={`/api/applications/${encodeURIComponent(app.id)}/attachments?material=${encodeURIComponent(m.key)}`}
                    onUploaded={(a) => { setUploaded((u) => ({ ...u, [m.key]: [...(u[m.key] ?? []), a.name] })); setMissing(undefined); }} />
                )}
              </li>
            ))}
          </ul>
          <p className="field__error" role="alert">{missing ?? ""}</p>
        </fieldset>
      )}
      {hasFields ? (
        <>
          <p className="small">{t("case.fieldsBelow")}</p>
          <SmartFormView form={form} answers={app.answers} data={data} onChange={setData} serverProblems={problems ?? listed} submitting={busy}
            submitLabel={t("case.resubmit")} onSubmit={(clean) => submit(clean)}
            actions={<button type="button" className="btn" onClick={onCancel}>{t("wb.cancel")}</button>} />
        </>
      ) : (
        <div className="row">
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => submit()}>{t("case.submitCorrection")}</button>
          <button type="button" className="btn" onClick={onCancel}>{t("wb.cancel")}</button>
        </div>
      )}
    </div>
  );
}
