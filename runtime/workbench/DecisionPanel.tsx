// The decision on one task: the actions the flow allows now, each with what it needs — a reason to reject, a
// correction notice listing every deficiency, the materials accepted for later (容缺), the delivery of results —
// and the server's answer, including its 409 message when someone else has already acted. Approving a node that
// issues a result records its document number and, when attached, uploads the real result file (PDF/OFD/…) first.
import { useMemo, useRef, useState } from "react";
import type { ApplicationMaterialsView, ApplicationView, TaskView } from "../../spec/api.js";
import type { Bundle } from "../../spec/bundle.js";
import { effectiveForm } from "../../spec/form-rules.js";
import { situatedForm } from "../../spec/situated-form.js";
import { paperOnly } from "../../spec/material-rules.js";
import { api, ApiRequestError, newRequestId } from "../shared/api.js";
import { useI18n } from "../shared/i18n.js";
import { ErrorBox } from "../shared/ui.js";
import { actionLabel } from "../shared/actions.js";
import { formLeaves } from "../shared/form/leaves.js";
import { fileSize } from "../shared/upload.js";
import { RESULT_FILE_ACCEPT, resultFileLimits, resultFileProblem, uploadResultFile } from "../shared/result-file.js";
import { useApi } from "../shared/useApi.js";
import { DeficiencyEditor, incompleteRow, initialRows, toDeficiencies, type DeficiencyRow } from "./DeficiencyEditor.js";
import { caseMaterials, deferralRange } from "./case-materials.js";
import { DeferralFields, deferralDaysProblem } from "./DeferralFields.js";
import { EMPTY_HANDLING, ExtendFields, handlingPayload, SuspendFields, TransferFields, type HandlingInput } from "./HandlingFields.js";
import { MissingMaterials } from "./MissingMaterials.js";
import { DeliveryFields, initialDelivery } from "./DeliveryFields.js";

/** Actions that need more than a click. */
const NEEDS_INPUT = new Set(["reject", "return_for_correction", "accept_with_deficiency", "results_issued", "transfer", "suspend", "extend"]);
const HANDLING = new Set(["transfer", "suspend", "extend"]);
const POSITIVE = new Set(["approve", "accept", "results_issued", "notify_promise", "resume"]);
const NEGATIVE = new Set(["reject"]);

interface FlowNodeData { label?: string; department?: string; role?: string; result?: { name?: string }; delivery?: Array<"online" | "post" | "window"> }

/** The flow node a task was opened for (by department, role and label). */
function flowNodeOf(spec: Bundle | undefined, task: TaskView): FlowNodeData | undefined {
  const nodes = ((spec?.flow as { nodes?: Array<{ data?: FlowNodeData }> } | undefined)?.nodes ?? []).map((n) => n.data ?? {});
  const mine = nodes.filter((d) => d.department === task.department && d.role === task.role);
  return mine.find((d) => d.label && (task.name === d.label || task.name.includes(d.label))) ?? (mine.length === 1 ? mine[0] : undefined);
}

/** Props: the open task, the case, its bundle spec (for fields and materials) and what to do after. */
export function DecisionPanel({ task, app, spec, onDone }: { task: TaskView; app: ApplicationView; spec?: Bundle; onDone(app: ApplicationView, action: string): void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState("");
  const [pending, setPending] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError>();
  const [inputError, setInputError] = useState<string>();
  const [rows, setRows] = useState<DeficiencyRow[]>();
  const [handling, setHandling] = useState<HandlingInput>(EMPTY_HANDLING);
  const [deferred, setDeferred] = useState<string[]>([]);
  const [days, setDays] = useState("");
  const [daysError, setDaysError] = useState<string>();
  // The flow node of this task: when it issues a result (证照/批文), approving records the result document;
  // a results node lists the delivery channels it offers.
  const node = useMemo(() => flowNodeOf(spec, task), [spec, task]);
  // Until the spec is in, nobody knows whether approving needs a result document: the actions wait for it (a quick
  // 通过 would otherwise be sent without one and refused).
  const resultItem = node?.result ? { result_name: node.result.name ?? "" } : undefined;
  const deliveries = node?.delivery?.length ? node.delivery : (["online", "post", "window"] as const);
  const [delivery, setDelivery] = useState(() => initialDelivery(app.delivery, deliveries));
  const [deliveryReason, setDeliveryReason] = useState("");
  const [resultName, setResultName] = useState(resultItem?.result_name ?? "");
  const [resultDoc, setResultDoc] = useState("");
  const [resultFile, setResultFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [uploaded, setUploaded] = useState<{ file: File; id: string }>();
  const [uploading, setUploading] = useState(false);
  const requestId = useRef(newRequestId());

  const fields = useMemo(() => (spec ? formLeaves(effectiveForm(situatedForm(spec), { answers: app.answers, data: app.data }).schema) : []), [spec, app]);
  // This case's materials only (its situation's), each document once, with what is still missing.
  const materialsView = useApi<ApplicationMaterialsView>(`/api/applications/${encodeURIComponent(app.id)}/materials`);
  const paper = useMemo(() => new Set((spec?.items ?? []).flatMap((it) => it.materials.filter((m) => paperOnly(m.material_form)).map((m) => `${it.id}/${m.id}`))), [spec]);
  const materials = useMemo(() => caseMaterials(materialsView.data, paper), [materialsView.data, paper]);
  const deferrable = materials.filter((m) => m.deferrable);
  const extensionMax = app.handling?.extensions[task.id] ?? 0;

  const send = async (action: string) => {
    let extra: Record<string, unknown> = {};
    if (action === "reject" && !comment.trim()) return fail(t("wb.commentRequired"), "decision-comment");
    if (HANDLING.has(action)) {
      const r = handlingPayload(action, handling, extensionMax);
      if ("problem" in r) return fail(t(r.problem, { max: r.max ?? 0 }), r.focus);
      extra = r.extra;
    }
    if (action === "return_for_correction") {
      const half = incompleteRow(rows ?? []);
      if (half) return fail(t(half.missing === "reason" ? "wb.deficiencyReasonMissing" : "wb.deficiencyWhatMissing", { n: half.index + 1 }), `def-${half.missing}-${half.index}`);
      const deficiencies = toDeficiencies(rows ?? [], fields, materials);
      if (!deficiencies.length) return fail(t("wb.deficiencyRequired"), "def-what-0");
      extra = { deficiencies };
    }
    if (action === "accept_with_deficiency") {
      if (!deferred.length) return fail(t("wb.missingMaterialsRequired"));
      const problem = deferralDaysProblem(deferrable, deferred, days);
      if (problem) { setDaysError(t(problem.key, problem.vars)); return fail(t(problem.key, problem.vars), "deficiency-days"); }
      extra = { materials: deferred, ...(days ? { days: Number(days) } : {}) };
    }
    if (action === "results_issued") {
      const changed = !!app.delivery && delivery !== app.delivery.method;
      if (changed && !deliveryReason.trim()) return fail(t("wb.deliveryReasonRequired"), "delivery-reason");
      extra = { delivery, ...(changed ? { deliveryChangeReason: deliveryReason.trim() } : {}) };
    }
    if (action === "approve" && resultItem) {
      if (!resultDoc.trim()) return fail(t("wb.resultRequired"), "result-document");
      let fileId: string | undefined;
      if (resultFile) {
        const problem = resultFileProblem(t, resultFile);
        if (problem) return failFile(problem);
        fileId = uploaded?.file === resultFile ? uploaded.id : undefined;
        if (!fileId) {
          setBusy(true);
          setUploading(true);
          try {
            fileId = (await uploadResultFile(task.id, resultFile)).id;
            setUploaded({ file: resultFile, id: fileId });
          } catch (err) {
            return failFile(err instanceof Error ? err.message : String(err));
          } finally {
            setBusy(false);
            setUploading(false);
          }
        }
      }
      extra = { result: { name: resultName.trim() || undefined, document: resultDoc.trim(), ...(fileId ? { fileId } : {}) } };
    }
    setInputError(undefined);
    setBusy(true);
    setError(undefined);
    try {
      const r = await api<{ task: TaskView; application: ApplicationView }>("POST", `/api/tasks/${encodeURIComponent(task.id)}/complete`, {
        action, comment: comment.trim(), requestId: requestId.current, ...extra,
      });
      setPending(undefined);
      onDone(r.application, action);
    } catch (err) {
      requestId.current = newRequestId();
      const fileProblem = err instanceof ApiRequestError ? err.problems.find((p) => p.pointer.startsWith("/result/fileId")) : undefined;
      if (fileProblem) { setUploaded(undefined); setFileError(fileProblem.message); }
      // the server's refusal of the 容缺 deadline goes next to the field, not only at the top of the panel
      const daysProblem = err instanceof ApiRequestError && action === "accept_with_deficiency" ? err.problems.find((p) => p.pointer === "/days" || p.pointer === "/deadline") : undefined;
      if (daysProblem) { setDaysError((err as ApiRequestError).message); document.getElementById("deficiency-days")?.focus(); }
      setError(err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined));
    } finally {
      setBusy(false);
    }
  };
  function failFile(message: string) {
    setFileError(message);
    document.getElementById("result-file")?.focus();
  }
  function fail(message: string, focusId?: string) {
    setInputError(message);
    if (focusId) document.getElementById(focusId)?.focus();
  }
  const needsInput = (action: string) => (NEEDS_INPUT.has(action) && action !== "reject") || (action === "approve" && !!resultItem);
  const choose = (action: string) => {
    // a problem of the action chosen before (不予通过 without a comment) is not a problem of this one
    setInputError(undefined);
    if (!needsInput(action)) return void send(action);
    // A new correction notice starts with the missing materials; 容缺 with the missing deferrable ones and their limit.
    if (action === "return_for_correction" && !rows) setRows(initialRows(materials, t("wb.deficiencyMissing")));
    if (action === "accept_with_deficiency" && !deferred.length) {
      // what is missing, and what the applicant already promised to supply later
      const chosen = deferrable.filter((m) => m.missing || m.promised).map((m) => m.id);
      setDeferred(chosen);
      setDays(String(deferralRange(deferrable, chosen).initial ?? ""));
      setDaysError(undefined);
    }
    setPending(action);
  };
  const toggleDeferred = (id: string, on: boolean) => {
    const next = on ? [...deferred, id] : deferred.filter((x) => x !== id);
    setDeferred(next);
    const d = deferralRange(deferrable, next).initial;
    if (d !== undefined) setDays(String(d));
    setDaysError(undefined);
  };

  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="decision-title">
      <h2 id="decision-title">{t("wb.decision")} · {task.name}</h2>
      {error && <ErrorBox error={error} title={error.status === 409 ? t("wb.conflict", { message: "" }) : undefined} />}
      <div className="field">
        <label htmlFor="decision-comment">{t("wb.comment")}</label>
        <textarea id="decision-comment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000}
          aria-describedby="decision-comment-help decision-error" />
        <p className="field__help" id="decision-comment-help">{task.allowedActions.includes("reject") ? t("wb.commentHint") : t("wb.commentHintNoReject")}</p>
      </div>
      {task.allowedActions.some((a) => a === "accept" || a === "approve") && materialsView.data && <MissingMaterials materials={materials} />}
      {pending === "return_for_correction" && <DeficiencyEditor rows={rows ?? []} fields={fields} materials={materials} onChange={(r) => { setRows(r); setInputError(undefined); }} />}
      {pending === "transfer" && <TransferFields taskId={task.id} value={handling} set={(p) => { setHandling({ ...handling, ...p }); setInputError(undefined); }} />}
      {pending === "suspend" && <SuspendFields value={handling} set={(p) => { setHandling({ ...handling, ...p }); setInputError(undefined); }} />}
      {pending === "extend" && <ExtendFields max={extensionMax} value={handling} set={(p) => { setHandling({ ...handling, ...p }); setInputError(undefined); }} />}
      {pending === "accept_with_deficiency" && (
        <DeferralFields materials={deferrable} chosen={deferred} days={days} error={daysError} onToggle={toggleDeferred}
          onDays={(d) => { setDays(d); setDaysError(undefined); setInputError(undefined); }} />
      )}
      {pending === "approve" && resultItem && (
        <fieldset className="subgroup">
          <legend>{t("wb.result")}</legend>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="result-name">{t("wb.resultName")}</label>
              <input id="result-name" type="text" value={resultName} maxLength={200} onChange={(e) => setResultName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="result-document">{t("wb.resultDocument")}<span className="req" aria-hidden="true">*</span></label>
              <input id="result-document" type="text" value={resultDoc} maxLength={200} aria-required onChange={(e) => setResultDoc(e.target.value)} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="result-file">{t("wb.resultFile")}</label>
            <input id="result-file" type="file" accept={RESULT_FILE_ACCEPT} aria-describedby="result-file-help result-file-error"
              aria-invalid={fileError ? true : undefined} disabled={busy}
              onChange={(e) => { const f = e.target.files?.[0]; setResultFile(f); setFileError(f ? resultFileProblem(t, f) : undefined); }} />
            <p className="field__help" id="result-file-help">{t("wb.resultFileHelp", resultFileLimits(t))}</p>
            <p className="field__help" aria-live="polite">
              {uploading ? t("wb.resultFileUploading") : resultFile && !fileError ? t("wb.resultFileChosen", { name: resultFile.name, size: fileSize(resultFile.size) }) : ""}
            </p>
            <p className="field__error" id="result-file-error" role="alert">{fileError ?? ""}</p>
          </div>
        </fieldset>
      )}
      {pending === "results_issued" && (
        <DeliveryFields chosen={app.delivery} offered={deliveries} method={delivery} reason={deliveryReason}
          onMethod={(m) => { setDelivery(m); setInputError(undefined); }} onReason={(r) => { setDeliveryReason(r); setInputError(undefined); }} />
      )}
      <div className="field__error" id="decision-error" role="alert">{inputError}</div>
      <div className="row">
        {pending ? (
          <>
            <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void send(pending)}>{t("wb.confirm", { action: actionLabel(t, pending) })}</button>
            <button type="button" className="btn" disabled={busy} onClick={() => setPending(undefined)}>{t("wb.cancel")}</button>
          </>
        ) : (
          task.allowedActions.map((a) => (
            <button key={a} type="button" className={`btn${POSITIVE.has(a) ? " btn--primary" : NEGATIVE.has(a) ? " btn--danger" : ""}`} disabled={busy || !spec} onClick={() => choose(a)}>
              {actionLabel(t, a)}
            </button>
          ))
        )}
      </div>
    </form>
  );
}
