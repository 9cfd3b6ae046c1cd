// The counter's filing screen: the same situation guide, materials, delivery and smart form as the portal (its own
// components, imported), started from the prefill the applicant would get online (or the draft taken over), with the
// files scanned into the applicant's own materials; then the applicant confirms (ConfirmPanel) and the case is filed.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { AttachmentView, ProblemDetail, PublishedBundle } from "../../../spec/api.js";
import { resolveNotice, visibleQuestions, withDefaults, type Answers } from "../../../spec/guide.js";
import { deliveryOptions } from "../../../spec/delivery.js";
import { situatedForm } from "../../../spec/situated-form.js";
import { api, type ApiRequestError } from "../../shared/api.js";
import { formatDateTime, useI18n } from "../../shared/i18n.js";
import { useApi } from "../../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../shared/ui.js";
import { useDepartmentName } from "../../shared/departments.js";
import { SmartFormView } from "../../shared/form/SmartFormView.js";
import { GuideQuestions } from "../../portal/GuideQuestions.js";
import { NoticePanel } from "../../portal/NoticePanel.js";
import { answersToQuery } from "../../portal/answers.js";
import { applicableMaterials, materialProblems, MaterialsPanel, submitMaterials, type MaterialsState } from "../../portal/MaterialsPanel.js";
import { deliveryOf, deliveryProblems, DeliveryPanel, initialDelivery, type DeliveryState } from "../../portal/DeliveryPanel.js";
import { applyLocked, mergeDeep, prefillUiSchema, type PrefillAnswer } from "../../portal/prefill.js";
import { AuthorisationCard, AUTHORISATION_KEY } from "./AuthorisationCard.js";
import { ConfirmPanel, type Content } from "./ConfirmPanel.js";
import { FiledPanel } from "./FiledPanel.js";
import { SessionFacts } from "./SessionFacts.js";
import type { CounterFiled, CounterSession, TakenDraft } from "./types.js";
import type { Json } from "../../../spec/common.js";

/** The filing screen (/counter/:id). */
export function FilePage({ sessionId }: { sessionId: string }) {
  const path = `/api/counter/sessions/${encodeURIComponent(sessionId)}`;
  const s = useApi<{ session: CounterSession }>(path);
  const session = s.data?.session;
  const published = useApi<PublishedBundle>(session ? `/api/catalog/${encodeURIComponent(session.bundleKey)}/versions/${session.version}` : null);
  const [filed, setFiled] = useState<CounterFiled>();
  if (s.error) return <ErrorBox error={s.error} onRetry={s.reload} />;
  if (published.error) return <ErrorBox error={published.error} onRetry={published.reload} />;
  if (!session || !published.data) return <Loading />;
  if (filed || session.applicationId) return <FiledPanel session={session} filed={filed} />;
  return <FileForm session={session} published={published.data} onFiled={setFiled} />;
}

/** Where this session's filling starts: what was typed in this tab before a reload, else the draft a code handed over
 * (kept by the identification screen). */
function takenDraft(sessionId: string): TakenDraft | undefined {
  try {
    const raw = sessionStorage.getItem(`yijian.counter.${sessionId}`);
    return raw ? (JSON.parse(raw) as TakenDraft) : undefined;
  } catch {
    return undefined;
  }
}

/** Loads what the session starts from: the prefill — again whenever the situation changes, as online, keeping what
 * was typed — and the applicant's files already uploaded (online or at the window). */
function useSessionStart(base: string, answers: Answers, setPrefill: (p: PrefillAnswer) => void, setData: (f: (d: Json) => Json) => void, setMaterials: (f: (m: MaterialsState) => MaterialsState) => void) {
  const answersKey = JSON.stringify(answers);
  useEffect(() => {
    let live = true;
    void api<PrefillAnswer>("GET", `${base}/prefill?${answersToQuery(answers)}`).then((p) => {
      if (!live) return;
      setPrefill(p);
      setData((d) => applyLocked(mergeDeep(p.data, d), p.fields));
    }).catch(() => undefined);
    return () => { live = false; };
  }, [base, answersKey]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed on the answers' text: prefill again only when an answer changes
  useEffect(() => {
    void api<{ attachments: AttachmentView[] }>("GET", `${base}/attachments`).then((r) => setMaterials((m) => ({ ...m, attachments: r.attachments }))).catch(() => undefined);
  }, [base]); // eslint-disable-line react-hooks/exhaustive-deps -- attachments are read once per counter session
}

function FileForm({ session, published, onFiled }: { session: CounterSession; published: PublishedBundle; onFiled(f: CounterFiled): void }) {
  const { lang, t } = useI18n();
  const deptName = useDepartmentName();
  const b = published.spec;
  const base = `/api/counter/sessions/${encodeURIComponent(session.id)}`;
  const draft = useMemo(() => takenDraft(session.id), [session.id]);
  const [answers, setAnswers] = useState<Answers>(() => withDefaults(b.guide, (draft?.answers ?? {}) as Answers));
  const [data, setData] = useState<Json>((draft?.data ?? {}) as Json);
  const [prefill, setPrefill] = useState<PrefillAnswer>();
  const [materials, setMaterials] = useState<MaterialsState>({ attachments: [], deferred: {} });
  const [checked, setChecked] = useState(false);
  const [problems, setProblems] = useState<ProblemDetail[]>();
  const [failure, setFailure] = useState<ApiRequestError>();
  const [pending, setPending] = useState<Json>();
  const choices = useMemo(() => deliveryOptions(b), [b]);
  const [delivery, setDelivery] = useState<DeliveryState>(() => initialDelivery(choices, { name: session.applicant.displayName }));
  const answersKey = JSON.stringify(answers);
  useSessionStart(base, answers, setPrefill, setData, setMaterials);
  // What was typed survives a reload of this tab (the session stays open on the server).
  useEffect(() => {
    try { sessionStorage.setItem(`yijian.counter.${session.id}`, JSON.stringify({ version: session.version, answers, data, updatedAt: new Date().toISOString() })); } catch { /* storage off: no recovery */ }
  }, [session.id, session.version, answers, data]);
  const rows = useMemo(() => applicableMaterials(published, answers, data), [published, answers, data]);
  const letter = materials.attachments.find((a) => a.material === AUTHORISATION_KEY);
  const unanswered = visibleQuestions(b.guide, answers).filter((q) => answers[q.id] === undefined);
  const outside = useMemo(() => [
    ...unanswered.map((q) => ({ id: `q-${q.id}-0`, section: t("counter.guide"), message: t("counter.answerFirst", { question: q.title }) })),
    ...(session.needsAuthorisation && !letter ? [{ id: "counter-letter-file", section: t("form.outsideSection"), message: t("counter.letterMissing") }] : []),
    ...materialProblems(rows, materials, session.applicant.displayName, t, t("form.outsideSection")), ...deliveryProblems(delivery, t),
  ], [rows, materials, delivery, letter, lang, answersKey]); // eslint-disable-line react-hooks/exhaustive-deps -- t/c change identity with lang; answers by their text
  const form = useMemo(() => ({
    ...situatedForm(b),
    uiSchema: prefill?.fields.length
      ? prefillUiSchema(b.form.uiSchema as Json | undefined, prefill.fields, (f) => f.source === "profile"
        ? t(f.editable ? "form.prefilledProfile" : "form.prefilledProfileLocked")
        : t(f.editable ? "form.prefilledFrom" : "form.prefilledLocked", { origin: f.origin }))
      : b.form.uiSchema,
  }), [b, prefill, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- t changes identity with lang
  const onChange = useCallback((d: Json) => setData(d), []);
  const names = Object.fromEntries(b.items.map((i) => [i.department, deptName(i.department)]));
  const questions = visibleQuestions(b.guide, answers);
  const content: Content | undefined = pending && {
    answers, data: pending, materials: submitMaterials(rows, materials), ...(choices.length ? { delivery: deliveryOf(delivery) } : {}),
  };
  const rejected = (e: ApiRequestError) => {
    setFailure(e);
    setProblems(e.status === 400 ? e.problems : undefined);
    if (e.status === 400) setPending(undefined);
  };
  return (
    <>
      <PageTitle appName={t("app.workbench")}>{t("counter.session", { name: session.applicant.displayName, bundle: b.title })}</PageTitle>
      <SessionFacts session={session} />
      <p className="small muted">{t("counter.expires", { at: formatDateTime(session.expiresAt, lang) })}</p>
      {failure && <ErrorBox error={failure} />}
      {b.guide.questions.length > 0 && (
        <section className="card" aria-labelledby="counter-guide">
          <h2 id="counter-guide">{t("counter.guide")}</h2>
          <GuideQuestions questions={questions} answers={answers} onAnswer={(id, v) => setAnswers({ ...answers, [id]: v })} />
          <NoticePanel notice={resolveNotice(b, answers, names)} guide={b.guide} guides={published.guides} />
        </section>
      )}
      {session.needsAuthorisation && <AuthorisationCard base={base} letter={letter} showProblem={checked}
        onChange={(a) => setMaterials({ ...materials, attachments: [...materials.attachments.filter((x) => x.material !== AUTHORISATION_KEY), ...(a ? [a] : [])] })} />}
      <MaterialsPanel published={published} rows={rows} state={materials} onChange={setMaterials} realName={session.applicant.displayName} showProblems={checked}
        serverProblems={problems?.filter((p) => p.pointer.startsWith("/materials") || p.pointer.startsWith("/delivery"))}
        endpoints={{ uploadBase: `${base}/attachments?material=`, remove: (id) => `${base}/attachments/${encodeURIComponent(id)}` }} />
      <DeliveryPanel options={choices} state={delivery} onChange={setDelivery} showProblems={checked} />
      {!content && (
        <SmartFormView form={form} answers={answers} data={data} onChange={onChange} serverProblems={problems} outsideProblems={outside}
          onSubmitAttempt={() => setChecked(true)} onSubmit={(clean) => { setFailure(undefined); setPending(clean); }} submitLabel={t("counter.toConfirm")} />
      )}
      {content && <SmartFormView form={form} answers={answers} data={content.data} mode="view" />}
      {content && <ConfirmPanel session={session} content={content} onBack={() => setPending(undefined)} onFiled={onFiled} onRejected={rejected} />}
    </>
  );
}
