// The counter's first screen: the clerk picks the one-thing (those their department leads) or takes over an online
// draft by its code, types the identity of the person at the window (and of the company, filing for one), and the
// server checks it against the identity platform before a session opens.
import { useState } from "react";
import type { CatalogEntry, ProblemDetail } from "../../../spec/api.js";
import { api, ApiRequestError } from "../../shared/api.js";
import { navigate } from "../../shared/router.js";
import { useSession } from "../../shared/session.js";
import { useApi } from "../../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../shared/ui.js";
import { useI18n } from "../../shared/i18n.js";
import type { CounterStart } from "./types.js";

interface Fields { bundleKey: string; draftCode: string; idNumber: string; name: string; mobile: string; forCompany: boolean; uscc: string; companyName: string; forPerson: boolean; principalId: string; principalName: string }

/** One labelled text input with its help and the server's error for its pointer. */
function Input({ id, label, value, onChange, help, error, ...rest }: { id: string; label: string; value: string; onChange(v: string): void; help?: string; error?: string } & Record<string, unknown>) {
  const describedBy = [help ? `${id}-help` : "", `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help && <p className="field__help" id={`${id}-help`}>{help}</p>}
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} autoComplete="off" {...rest} />
      <p className="field__error" id={`${id}-error`}>{error ?? ""}</p>
    </div>
  );
}

/** Whom the person at the window files for, when not themselves: a company, or a person who authorised them. */
function OnBehalfFields({ f, setF, company, fixed, problemAt }: { f: Fields; setF(f: Fields): void; company: boolean; fixed?: string; problemAt(p: string): string | undefined }) {
  const { t } = useI18n();
  const set = (k: keyof Fields) => (v: string) => setF({ ...f, [k]: v });
  return (
    <>
      {fixed !== "enterprise" && fixed !== "person" && (
        <label className="choice"><input type="checkbox" checked={f.forCompany} onChange={(e) => setF({ ...f, forCompany: e.target.checked })} />{t("counter.forCompany")}</label>
      )}
      {!company && (
        <label className="choice"><input type="checkbox" checked={f.forPerson} onChange={(e) => setF({ ...f, forPerson: e.target.checked })} />{t("counter.forPerson")}</label>
      )}
      {!company && f.forPerson && (
        <fieldset className="subgroup">
          <legend>{t("counter.principal")}</legend>
          <p className="field__help">{t("counter.principalHelp")}</p>
          <Input id="counter-principal-id" label={t("counter.principalId")} value={f.principalId} onChange={set("principalId")} error={problemAt("/principal/idNumber") ?? problemAt("/principal")} maxLength={18} inputMode="latin" />
          <Input id="counter-principal-name" label={t("counter.principalName")} value={f.principalName} onChange={set("principalName")} error={problemAt("/principal/name")} maxLength={50} />
        </fieldset>
      )}
      {company && (
        <fieldset className="subgroup">
          <legend>{t("counter.forCompany")}</legend>
          <p className="field__help">{t("counter.companyHelp")}</p>
          <Input id="counter-uscc" label={t("counter.uscc")} value={f.uscc} onChange={set("uscc")} error={problemAt("/company/uscc") ?? problemAt("/company")} maxLength={18} inputMode="latin" />
          <Input id="counter-company" label={t("counter.companyName")} value={f.companyName} onChange={set("companyName")} error={problemAt("/company/name")} maxLength={200} />
        </fieldset>
      )}
    </>
  );
}

/** The identification screen (/counter). */
export function IdentifyPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const catalog = useApi<{ bundles: CatalogEntry[] }>("/api/catalog");
  const [f, setF] = useState<Fields>({ bundleKey: "", draftCode: "", idNumber: "", name: "", mobile: "", forCompany: false, uscc: "", companyName: "", forPerson: false, principalId: "", principalName: "" });
  const [mode, setMode] = useState<"new" | "draft">("new");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError>();
  const mine = (catalog.data?.bundles ?? []).filter((b) => b.lead === user?.department);
  const chosen = mine.find((b) => b.key === f.bundleKey);
  const problemAt = (pointer: string) => error?.problems.find((p: ProblemDetail) => p.pointer === pointer)?.message;
  const set = (k: keyof Fields) => (v: string) => setF({ ...f, [k]: v });

  async function start() {
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        ...(mode === "draft" ? { draftCode: f.draftCode } : { bundleKey: f.bundleKey }),
        visitor: { idNumber: f.idNumber, name: f.name, ...(f.mobile.trim() ? { mobile: f.mobile.trim() } : {}) },
        ...(f.forCompany || chosen?.audience === "enterprise" ? { company: { uscc: f.uscc, name: f.companyName } } : {}),
        ...(f.forPerson && !(f.forCompany || chosen?.audience === "enterprise") ? { principal: { idNumber: f.principalId, name: f.principalName } } : {}),
      };
      const r = await api<CounterStart>("POST", "/api/counter/sessions", body);
      if (r.draft) sessionStorage.setItem(`yijian.counter.${r.session.id}`, JSON.stringify(r.draft));
      navigate(`/counter/${encodeURIComponent(r.session.id)}`);
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : new ApiRequestError(0, "client", String(e), [], undefined));
    } finally {
      setBusy(false);
    }
  }

  if (catalog.loading) return <Loading />;
  const company = f.forCompany || chosen?.audience === "enterprise";
  return (
    <>
      <PageTitle appName={t("app.workbench")}>{t("counter.title")}</PageTitle>
      <p className="muted">{t("counter.intro")}</p>
      {catalog.error && <ErrorBox error={catalog.error} onRetry={catalog.reload} />}
      {error && !error.problems.length && <ErrorBox error={error} />}
      {error && error.problems.length > 0 && <p className="alert alert--error" role="alert">{error.message}</p>}
      <form className="card counter-identify" onSubmit={(e) => { e.preventDefault(); void start(); }} noValidate>
        <h2>{t("counter.identify")}</h2>
        <fieldset className="choices">
          <legend>{t("counter.mode")}</legend>
          <label className="choice"><input type="radio" name="counter-mode" checked={mode === "new"} onChange={() => setMode("new")} />{t("counter.modeNew")}</label>
          <label className="choice"><input type="radio" name="counter-mode" checked={mode === "draft"} onChange={() => setMode("draft")} />{t("counter.takeover")}</label>
        </fieldset>
        {mode === "new" ? (
          <div className="field">
            <label htmlFor="counter-bundle">{t("counter.bundle")}</label>
            {mine.length === 0 && <p className="field__help">{t("counter.noBundles")}</p>}
            <select id="counter-bundle" value={f.bundleKey} onChange={(e) => set("bundleKey")(e.target.value)} aria-describedby="counter-bundle-error">
              <option value="">{t("counter.chooseBundle")}</option>
              {mine.map((b) => <option key={b.key} value={b.key}>{b.title}</option>)}
            </select>
            <p className="field__error" id="counter-bundle-error">{problemAt("/bundleKey") ?? ""}</p>
          </div>
        ) : (
          <Input id="counter-code" label={t("counter.draftCode")} help={t("counter.takeoverHelp")} value={f.draftCode} onChange={set("draftCode")} error={problemAt("/draftCode")} maxLength={6} style={{ textTransform: "uppercase", letterSpacing: "0.2em" }} />
        )}
        <fieldset className="subgroup">
          <legend>{t("counter.visitor")}</legend>
          <Input id="counter-id" label={t("counter.idNumber")} help={t("counter.idHelp")} value={f.idNumber} onChange={set("idNumber")} error={problemAt("/visitor/idNumber")} maxLength={18} inputMode="latin" />
          <Input id="counter-name" label={t("counter.name")} value={f.name} onChange={set("name")} error={problemAt("/visitor/name")} maxLength={50} />
          <Input id="counter-mobile" label={t("counter.mobile")} help={t("counter.mobileHelp")} value={f.mobile} onChange={set("mobile")} error={problemAt("/visitor/mobile")} maxLength={11} inputMode="numeric" />
        </fieldset>
        <OnBehalfFields f={f} setF={setF} company={!!company} fixed={chosen?.audience} problemAt={problemAt} />
        <button type="submit" className="btn btn--primary" disabled={busy}>{busy ? t("counter.starting") : t("counter.start")}</button>
      </form>
    </>
  );
}
