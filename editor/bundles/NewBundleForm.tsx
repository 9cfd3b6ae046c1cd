// 新建一件事: a blank one-thing (title, key, category, audience, lead department) or a copy of an existing one,
// with the key checked as it is typed (format and uniqueness, the same words the server uses) and the
// server's answer shown at the field it concerns. On success the workspace of the new draft opens.
import { useId, useState, type FormEvent } from "react";
import type { BundleSummary, NewBundleRequest } from "../../spec/api.js";
import { CATEGORIES } from "../../spec/bundle.js";
import { bundleKeyIssue } from "../../spec/new-bundle.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { useI18n } from "../i18n.js";
import { msgIn } from "../designers/common/lang.js";
import { navigate } from "../../runtime/shared/router.js";
import { DepartmentSelect } from "../workspace/DepartmentSelect.js";
import type { DepartmentOption } from "../state/draft-store.js";

interface Props { bundles: BundleSummary[]; departments: DepartmentOption[]; onCancel(): void }

/** The new one-thing form. */
export function NewBundleForm({ bundles, departments, onCancel }: Props) {
  const { t } = useI18n();
  const { lang } = useI18n();
  const uid = useId();
  const [mode, setMode] = useState<"blank" | "copy">("blank");
  const [v, setV] = useState({ title: "", key: "", category: "其他", audience: "person" as "person" | "enterprise", lead: "", copyFrom: bundles[0]?.key ?? "" });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [server, setServer] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const taken = new Map(bundles.map((b) => [b.key, b.title]));
  const local: Record<string, string | undefined> = {
    title: v.title.trim() ? undefined : t("ed.new.titleRequired"),
    key: ((p) => p && msgIn(lang, p))(bundleKeyIssue(v.key, taken)),
    lead: mode === "blank" && !v.lead ? t("ed.new.leadRequired") : undefined,
    copyFrom: mode === "copy" && !v.copyFrom ? t("ed.new.sourceRequired") : undefined,
  };
  const error = (f: string) => server[f] ?? (touched[f] ? local[f] : undefined);
  const set = (f: keyof typeof v, value: string) => { setV((x) => ({ ...x, [f]: value })); setServer((s) => { const { [f]: _, ...rest } = s; return rest; }); };
  const id = (f: string) => `${uid}-${f}`;
  const aria = (f: string) => ({ id: id(f), "aria-invalid": error(f) ? true : undefined, "aria-describedby": `${id(f)}-error`, onBlur: () => setTouched((x) => ({ ...x, [f]: true })) });
  const field = (f: string, label: string, input: React.ReactNode, help?: string) => (
    <div className="field">
      <label htmlFor={id(f)}>{label}</label>
      {input}
      {help && <p className="field__help">{help}</p>}
      <div className="field__error" id={`${id(f)}-error`}>{error(f)}</div>
    </div>
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched({ title: true, key: true, lead: true, copyFrom: true });
    setFailure(undefined);
    const first = Object.entries(local).find(([, m]) => m);
    if (first) { document.getElementById(id(first[0]))?.focus(); return; }
    const body: NewBundleRequest = mode === "copy"
      ? { key: v.key, title: v.title, copyFrom: v.copyFrom }
      : { key: v.key, title: v.title, category: v.category, audience: v.audience, lead: v.lead };
    setBusy(true);
    try {
      await api("POST", "/api/bundles", body);
      navigate(`/bundle/${encodeURIComponent(v.key)}`);
    } catch (err) {
      const ae = err instanceof ApiRequestError ? err : undefined;
      const byField = Object.fromEntries((ae?.problems ?? []).map((p) => [p.pointer.replace(/^\//, ""), p.message]));
      setServer(byField);
      if (!Object.keys(byField).length) setFailure(ae?.message ?? String(err));
      const f = Object.keys(byField)[0];
      if (f) setTimeout(() => document.getElementById(id(f))?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card new-bundle" onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`}>{t("ed.new.title")}</h2>
      <fieldset className="field">
        <legend>{t("ed.new.startFrom")}</legend>
        <div className="choices">
          <label className="choice"><input type="radio" name={`${uid}-mode`} checked={mode === "blank"} onChange={() => setMode("blank")} /> {t("ed.new.blank")}</label>
          <label className="choice"><input type="radio" name={`${uid}-mode`} checked={mode === "copy"} onChange={() => setMode("copy")} disabled={!bundles.length} /> {t("ed.new.copy")}</label>
        </div>
      </fieldset>
      <div className="form-grid">
        {field("title", t("ed.title"), <input type="text" {...aria("title")} value={v.title} maxLength={100} onChange={(e) => set("title", e.target.value)} />, t("ed.new.titleHelp"))}
        {field("key", t("ed.key"), <input type="text" {...aria("key")} value={v.key} autoCapitalize="none" spellCheck={false} onChange={(e) => { set("key", e.target.value); setTouched((x) => ({ ...x, key: true })); }} />,
          t("ed.new.keyHelp"))}
        {mode === "copy" ? field("copyFrom", t("ed.new.copyOf"), (
          <select {...aria("copyFrom")} value={v.copyFrom} onChange={(e) => set("copyFrom", e.target.value)}>
            {bundles.map((b) => <option key={b.key} value={b.key}>{b.title}</option>)}
          </select>
        ), t("ed.new.copyHelp")) : (
          <>
            {field("category", t("ed.category"), (
              <select {...aria("category")} value={v.category} onChange={(e) => set("category", e.target.value)}>
                {CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            ))}
            {field("audience", t("ed.audience"), (
              <select {...aria("audience")} value={v.audience} onChange={(e) => set("audience", e.target.value)}>
                <option value="person">{t("ed.audience.person")}</option>
                <option value="enterprise">{t("ed.audience.enterprise")}</option>
              </select>
            ))}
            {field("lead", t("ed.lead"), (
              <DepartmentSelect departments={departments} value={v.lead} onChange={(id) => set("lead", id)} placeholder={t("ed.new.choose")} selectProps={aria("lead")} />
            ), t("ed.new.leadHelp"))}
          </>
        )}
      </div>
      {failure && <p className="alert alert--error" role="alert">{failure}</p>}
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>{busy ? t("ed.new.creating") : t("ed.new.create")}</button>
        <button type="button" className="btn" onClick={onCancel}>{t("ed.cancel")}</button>
      </div>
    </form>
  );
}
