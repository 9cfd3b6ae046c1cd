// Filling and submitting the smart form of a one-thing: the published version's form, the situation from the
// URL, login if needed, the form started from prefill (免填) and any unfinished draft (this tab's, else the one
// saved on the server from another device), then POST /api/applications; a 400 puts the server's field errors
// at their fields.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ApplicationView, AttachmentView, ProblemDetail, PublishedBundle, SubmitMaterials, SubmitRequest } from "../../spec/api.js";
import { withDefaults, type Answers } from "../../spec/guide.js";
import { situatedForm } from "../../spec/situated-form.js";
import { api, ApiRequestError, newRequestId } from "../shared/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { href, navigate, useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { useSession } from "../shared/session.js";
import { LoginForm } from "../shared/LoginForm.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { SmartFormView } from "../shared/form/SmartFormView.js";
import { answersFromQuery, answersToQuery } from "./answers.js";
import { clearDraft, loadDraft, saveDraft } from "./draft.js";
import { applicableMaterials, materialProblems, MaterialsPanel, submitMaterials, type MaterialsState } from "./MaterialsPanel.js";
import { deliveryOf, deliveryProblems, DeliveryPanel, initialDelivery, type DeliveryState } from "./DeliveryPanel.js";
import { deliveryOptions } from "../../spec/delivery.js";
import { applyLocked, mergeDeep, prefillHelp, prefillUiSchema, type PrefillAnswer, type PrefilledField } from "./prefill.js";
import type { Json } from "../../spec/common.js";
import { carryDraft } from "../../spec/draft-carry.js";

interface ServerDraft { version: number; answers: Json; data: Json; updatedAt: string }

/** The apply screen. */
export function ApplyPage({ bundleKey }: { bundleKey: string }) {
  const { data: published, error, loading, reload } = useApi<PublishedBundle>(`/api/catalog/${encodeURIComponent(bundleKey)}`);
  const [atSubmit, setAtSubmit] = useState(false);
  const superseded = useMemo(() => ({ atSubmit, onSuperseded: () => { setAtSubmit(true); reload(); } }), [atSubmit, reload]);
  if (loading) return <Loading />;
  if (error || !published) return error ? <ErrorBox error={error} onRetry={reload} /> : null;
  return <ApplyShell key={published.version} published={published} superseded={superseded} />;
}

/** A submit refused because a newer version replaced this one: load the current version (onSuperseded), whose form
 *  then carries what was filled and says it was not submitted (atSubmit). */
interface Superseded { superseded: { atSubmit: boolean; onSuperseded(): void } }

function ApplyShell({ published, superseded }: { published: PublishedBundle } & Superseded) {
  const { t } = useI18n();
  const { query } = useRoute();
  const { user, loading: sessionLoading } = useSession();
  const b = published.spec;
  const queryString = query.toString();
  const answers = useMemo(() => withDefaults(b.guide, answersFromQuery(b.guide, query)), [b, queryString]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed on the query's text, not the URLSearchParams object
  return (
    <>
      <nav className="breadcrumb" aria-label={t("a11y.breadcrumb")}>
        <ol><li><a href={href("/")}>{t("portal.catalog")}</a></li><li><a href={href(`/b/${b.key}`)}>{b.title}</a></li><li aria-current="page">{t("form.title")}</li></ol>
      </nav>
      <PageTitle appName={t("app.portal")}>{`${b.title} · ${t("form.title")}`}</PageTitle>
      {!sessionLoading && !user && <LoginForm hint={t("form.loginToSubmit")} />}
      {user && <StartData published={published} answers={answers} key={user.id} superseded={superseded} />}
    </>
  );
}

/** A draft saved on an older version, carried onto this one: from which version, and the labels of what was left out. */
interface Carried { from: number; dropped: string[] }

/** The server draft as this version takes it: its own data, or (saved on another version) carried over — never lost (tryout #33). */
async function draftForVersion(published: PublishedBundle, draft: ServerDraft | undefined): Promise<{ data?: Json; carried?: Carried }> {
  if (!draft) return {};
  if (draft.version === published.version) return { data: draft.data };
  const old = await api<PublishedBundle>("GET", `/api/catalog/${encodeURIComponent(published.key)}/versions/${draft.version}`).catch(() => undefined);
  const r = carryDraft(draft.data, (old?.spec.form.schema ?? {}) as Json, published.spec.form.schema as Json);
  return { data: r.data, carried: { from: draft.version, dropped: r.dropped.map((d) => d.label) } };
}

/** Loads prefill and the server draft once, then hands the starting data to the form. */
function StartData({ published, answers, superseded }: { published: PublishedBundle; answers: Answers } & Superseded) {
  const key = published.spec.key;
  const [start, setStart] = useState<{ data: Json; fields: PrefilledField[]; resumed: boolean; carried?: Carried }>();
  useEffect(() => {
    let live = true;
    const quiet = <T,>(p: Promise<T>) => p.catch(() => undefined);
    void Promise.all([
      // The situation goes along: prefill applies only where the answers make it true.
      quiet(api<PrefillAnswer>("GET", `/api/prefill/${encodeURIComponent(key)}?${answersToQuery(answers, new URLSearchParams({ version: String(published.version) }))}`)),
      quiet(api<ServerDraft>("GET", `/api/drafts/${encodeURIComponent(key)}`)),
    ]).then(async ([prefill, serverDraft]) => {
      const local = loadDraft(key, published.version);
      const server = Object.keys(local).length ? {} : await draftForVersion(published, serverDraft);
      if (!live) return;
      const draft = Object.keys(local).length ? local : server.data ?? {};
      const fields = prefill?.fields ?? [];
      setStart({ data: applyLocked(mergeDeep(prefill?.data ?? {}, draft), fields), fields, resumed: Object.keys(draft).length > 0, ...(server.carried ? { carried: server.carried } : {}) });
    });
    return () => {
      live = false;
    };
  }, [key, published.version]); // eslint-disable-line react-hooks/exhaustive-deps -- prefill is fetched once per form
  if (!start) return <Loading />;
  return <ApplyForm published={published} answers={answers} initial={start.data} prefill={start.fields} resumed={start.resumed} carried={start.carried} superseded={superseded} />;
}

interface ApplyFormProps extends Superseded { published: PublishedBundle; answers: Answers; initial: Json; prefill: PrefilledField[]; resumed: boolean; carried?: Carried }

function ApplyForm({ published, answers, initial, prefill, resumed, carried, superseded }: ApplyFormProps) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const b = published.spec;
  const [data, setData] = useState<Json>(initial);
  // Material files already uploaded (on any device) and 容缺 declarations being signed.
  const [materials, setMaterials] = useState<MaterialsState>({ attachments: [], deferred: {} });
  const [materialsChecked, setMaterialsChecked] = useState(false);
  useEffect(() => {
    void api<{ attachments: AttachmentView[] }>("GET", `/api/attachments?bundleKey=${encodeURIComponent(b.key)}`)
      .then((r) => setMaterials((m) => ({ ...m, attachments: r.attachments })))
      .catch(() => undefined);
  }, [b.key]);
  const materialRows = useMemo(() => applicableMaterials(published, answers, data), [published, answers, data]);
  const deliveryChoices = useMemo(() => deliveryOptions(b), [b]);
  const [delivery, setDelivery] = useState<DeliveryState>(() => initialDelivery(deliveryChoices, { name: user?.displayName }));
  const outsideProblems = useMemo(
    () => [...materialProblems(materialRows, materials, user?.displayName ?? "", t, t("form.outsideSection")), ...deliveryProblems(delivery, t)],
    [materialRows, materials, user, delivery, lang], // eslint-disable-line react-hooks/exhaustive-deps -- t changes identity with lang
  );
  const [draftStatus, setDraftStatus] = useState<{ kind: "saving" } | { kind: "saved"; at: string } | { kind: "failed"; message: string }>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<ApiRequestError>();
  const [problems, setProblems] = useState<ProblemDetail[]>();
  const requestId = useRef(newRequestId());
  const form = useMemo(
    () => ({
      ...situatedForm(b),
      uiSchema: prefill.length
        ? prefillUiSchema(b.form.uiSchema as Json | undefined, prefill, prefillHelp(t))
        : b.form.uiSchema,
    }),
    [b, prefill, lang], // eslint-disable-line react-hooks/exhaustive-deps -- t changes identity with lang
  );

  // Keep the draft: at once in this tab, and (debounced) on the server so it can be resumed on another device.
  const submittedRef = useRef(false);
  useEffect(() => {
    saveDraft(b.key, published.version, data);
    if (data === initial) return;
    const timer = setTimeout(() => {
      if (!submittedRef.current) void api("PUT", `/api/drafts/${encodeURIComponent(b.key)}`, { version: published.version, answers, data }).catch(() => undefined);
    }, 1500);
    return () => clearTimeout(timer);
  }, [b.key, published.version, data, answers, initial]);
  const onChange = useCallback((d: Json) => setData(d), []);

  // 保存草稿: at once, on the server, so the applicant can stop here and go on later on any device.
  async function saveDraftNow() {
    setDraftStatus({ kind: "saving" });
    saveDraft(b.key, published.version, data);
    try {
      const saved = await api<ServerDraft>("PUT", `/api/drafts/${encodeURIComponent(b.key)}`, { version: published.version, answers, data });
      setDraftStatus({ kind: "saved", at: saved.updatedAt });
    } catch (err) {
      setDraftStatus({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
    }
  }

  async function submit(clean: Json) {
    setSubmitting(true);
    setFailure(undefined);
    try {
      const m: SubmitMaterials = submitMaterials(materialRows, materials);
      const body: SubmitRequest & { materials: SubmitMaterials } = {
        bundleKey: b.key, version: published.version, answers, data: clean, requestId: requestId.current, materials: m,
        ...(deliveryChoices.length ? { delivery: deliveryOf(delivery) } : {}),
      };
      submittedRef.current = true;
      const app = await api<ApplicationView>("POST", "/api/applications", body);
      clearDraft(b.key, published.version);
      navigate(`/my/${encodeURIComponent(app.id)}`, { submitted: "1" });
    } catch (err) {
      submittedRef.current = false;
      const e = err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined);
      // A newer version replaced this one while the applicant filled it in: keep what was filled as a draft of this
      // version and open the current one, which carries it over and says so (portal.draftCarried).
      if (e.status === 409 && e.code === "version_superseded") {
        const kept = await api("PUT", `/api/drafts/${encodeURIComponent(b.key)}`, { version: published.version, answers, data: clean }).then(() => true, () => false);
        if (kept) { clearDraft(b.key, published.version); superseded.onSuperseded(); return; }
      }
      // A rejected request was not stored: the corrected one is a new request.
      if (e.status >= 400 && e.status < 500) requestId.current = newRequestId();
      setFailure(e);
      setProblems(e.status === 400 ? e.problems : undefined);
    } finally {
      setSubmitting(false);
    }
  }

  const guideHref = href(`/b/${b.key}/guide`, answersToQuery(answers));
  return (
    <>
      {carried ? (
        <div className="alert alert--warning" role="status">
          <p>{t(superseded.atSubmit ? "portal.submitCarried" : "portal.draftCarried", { from: carried.from, to: published.version })}</p>
          {carried.dropped.length > 0 && <p>{t("portal.draftDropped", { fields: carried.dropped.join(t("common.listSeparator")) })}</p>}
        </div>
      ) : resumed && <p className="alert" role="status">{t("form.resumed")}</p>}
      {failure && failure.status !== 400 && <ErrorBox error={failure} />}
      {failure && failure.status === 400 && (
        <div className="alert alert--error" role="alert">
          <p>{t("form.serverRejected")} {failure.message}</p>
        </div>
      )}
      <MaterialsPanel published={published} rows={materialRows} state={materials} onChange={setMaterials} realName={user?.displayName ?? ""}
        showProblems={materialsChecked} serverProblems={problems?.filter((p) => p.pointer.startsWith("/materials") || p.pointer.startsWith("/delivery"))} />
      <DeliveryPanel options={deliveryChoices} state={delivery} onChange={setDelivery} showProblems={materialsChecked} />
      <SmartFormView
        form={form}
        answers={answers}
        data={data}
        onChange={onChange}
        serverProblems={problems}
        onSubmit={(clean) => void submit(clean)}
        onSubmitAttempt={() => setMaterialsChecked(true)}
        outsideProblems={outsideProblems}
        submitting={submitting}
        actions={
          <>
            {b.guide.questions.length ? <a className="btn" href={guideHref}>{t("form.editAnswers")}</a> : null}
            <button type="button" className="btn" onClick={() => void saveDraftNow()} disabled={draftStatus?.kind === "saving"}>
              {draftStatus?.kind === "saving" ? t("form.savingDraft") : t("form.saveDraft")}
            </button>
          </>
        }
      />
      <p className="small" role="status" aria-live="polite">
        {draftStatus?.kind === "saved" && t("form.draftSaved", { at: formatDateTime(draftStatus.at, lang) })}
        {draftStatus?.kind === "failed" && <span className="field__error">{t("form.draftFailed", { message: draftStatus.message })}</span>}
      </p>
    </>
  );
}
