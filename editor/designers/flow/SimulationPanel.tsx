// Simulation: the same pure state machine the server runs (transition), stepped by hand. Answers default from
// the guide; every open task offers the actions the machine allows now; timers can be fired; the canvas
// highlights where the case is. "办理到底" approves everything at each task's promised deadline.
import { useMemo, useState } from "react";
import { createCase, FlowDefinitionError, prepareDefinition, taskAllowedActions, caseActions, transition, type FlowDefinition, type FlowEventInput, type FlowState, type LogEntry, type Task } from "../../../spec/flow/index.js";
import { withDefaults, visibleQuestions, type Answers } from "../../../spec/guide.js";
import { GuideSchema } from "../../../spec/bundle.js";
import { deferrableNecessity } from "../../../spec/material-rules.js";
import { formatDateTime, translate, useI18n, type Lang, type MessageKey } from "../../i18n.js";
import { arr, obj, type Json } from "../common/doc.js";
import { useMsg } from "../common/lang.js";
import { AnswerInputs } from "../common/AnswerInputs.js";
import type { FlowDoc } from "./model.js";

interface Props {
  flow: FlowDoc;
  doc: Json;
  departments: Array<{ id: string; name: string }>;
  /** Reports the nodes the case is at and has been through, for the canvas. */
  onPosition(active: string[], visited: string[]): void;
}

interface Sim { state: FlowState; now: string; log: LogEntry[]; error?: string }

const ACTION_LABEL: Record<string, MessageKey> = {
  claim: "ed.flow.sim.act.claim", approve: "ed.flow.sim.act.approve", reject: "ed.flow.sim.act.reject", return_for_correction: "ed.flow.sim.act.returnForCorrection",
  accept: "ed.flow.sim.act.accept", accept_with_deficiency: "ed.flow.sim.act.acceptWithDeficiency", notify_promise: "ed.flow.sim.act.notifyPromise",
  results_issued: "ed.flow.sim.act.resultsIssued", applicant_corrected: "ed.flow.sim.act.applicantCorrected", materials_supplied: "ed.flow.sim.act.materialsSupplied", rate: "ed.flow.sim.act.rate",
};
const STATUS_LABEL: Record<string, MessageKey> = {
  created: "ed.flow.sim.state.created", running: "ed.flow.sim.state.running", waiting_applicant: "ed.flow.sim.state.waitingApplicant", completed: "ed.flow.sim.state.completed", rejected: "ed.flow.sim.state.rejected",
};

function deferrable(doc: Json): { keys: string[]; def: NonNullable<FlowDefinition["deferrable"]> } {
  const def: NonNullable<FlowDefinition["deferrable"]> = {};
  for (const it of arr<Json>(doc.items)) for (const m of arr<Json>(it.materials)) if (deferrableNecessity(m.necessity)) def[`${String(it.id)}/${String(m.id)}`] = m.deferral_days ? { days: Number(m.deferral_days) } : {};
  return { keys: Object.keys(def), def };
}

/** Builds the runnable definition of the draft's flow, or the reason it cannot run. */
export function draftDefinition(flow: FlowDoc, doc: Json, departments: Array<{ id: string }>, lang: Lang): { def?: FlowDefinition; error?: string } {
  try {
    const lead = typeof doc.lead === "string" ? doc.lead : undefined;
    return {
      def: prepareDefinition(flow, {
        version: 0, ...(lead ? { lead } : {}), departments: departments.map((d) => d.id),
        items: arr<Json>(doc.items).map((i) => String(i.id)), participants: [lead ?? "", ...arr<string>(doc.cooperating)].filter(Boolean),
        deferrable: deferrable(doc).def,
      }),
    };
  } catch (err) {
    return { error: err instanceof FlowDefinitionError ? translate("ed.flow.errorCount", { n: err.problems.filter((p) => p.severity === "error").length }, lang) : (err as Error).message };
  }
}

const actorOf = (t: Task) => ({ id: t.assignee ?? `${t.department}-${t.role}`, department: t.escalatedTo?.department ?? t.department, roles: [t.escalatedTo?.role ?? t.role] });

/** The simulation panel. */
export function SimulationPanel({ flow, doc, departments, onPosition }: Props) {
  const { t, lang } = useI18n();
  const M = useMsg();
  const guide = useMemo(() => { const g = GuideSchema.safeParse(doc.guide ?? {}); return g.success ? g.data : { questions: [], applicability: {} }; }, [doc.guide]);
  const [answers, setAnswers] = useState<Answers>(() => withDefaults(guide, {}));
  const [start, setStart] = useState(() => { const d = new Date(); const p = (n: number) => String(n).padStart(2, "0"); return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T09:00`; });
  const [sim, setSim] = useState<Sim>();
  const { def, error } = useMemo(() => draftDefinition(flow, doc, departments, lang), [flow, doc, departments, lang]);
  const deptName = (id: string) => departments.find((d) => d.id === id)?.name ?? id;

  const publish = (s: Sim | undefined) => {
    setSim(s);
    if (!s) return onPosition([], []);
    onPosition(s.state.tokens.map((t) => t.node), s.state.path);
  };
  const apply = (s: Sim, event: FlowEventInput, at = s.now): Sim => {
    const r = transition(def!, s.state, event, at);
    if (!r.ok) return { ...s, error: M(r.error.message) };
    const log = [...s.log, ...r.effects.flatMap((e) => (e.type === "append_event" ? [e.entry] : []))];
    return { state: r.state, now: at > s.now ? at : s.now, log };
  };
  const begin = () => {
    if (!def) return;
    const at = new Date(start).toISOString();
    publish(apply({ state: createCase(def, "sim"), now: at, log: [] }, { type: "submit", actor: { id: "applicant" }, answers, data: {} }, at));
  };
  const eventFor = (s: Sim, task: Task, action: string): FlowEventInput | undefined => {
    const actor = actorOf(task);
    const base = { taskId: task.id, actor };
    const node = def!.flow.nodes.find((n) => n.id === task.node);
    const result = (node?.data as { result?: { name: string } } | undefined)?.result;
    switch (action) {
      case "claim": return { type: "claim", ...base };
      case "approve": return { type: "approve", ...base, ...(result ? { result: { document: `sim:${task.node}`, name: result.name } } : {}) };
      case "reject": return { type: "reject", ...base, reason: t("ed.flow.sim.rejectReason") };
      case "return_for_correction": return { type: "return_for_correction", ...base, deficiencies: [{ kind: "material", ref: "sim", reason: t("ed.flow.sim.correctionReason") }] };
      case "accept": return { type: "accept", ...base };
      case "accept_with_deficiency": { const m = deferrable(doc).keys[0]; return m ? { type: "accept_with_deficiency", ...base, materials: [m] } : undefined; }
      case "notify_promise": return { type: "notify_promise", ...base };
      case "results_issued": return { type: "results_issued", ...base, delivery: "online" };
    }
    void s;
    return undefined;
  };
  const act = (task: Task, action: string) => {
    if (!sim) return;
    const e = eventFor(sim, task, action);
    if (e) publish(apply({ ...sim, error: undefined }, e));
  };
  const caseAct = (action: string) => {
    if (!sim) return;
    const pending = sim.state.promises.filter((p) => p.status === "pending").flatMap((p) => p.materials.filter((m) => !p.supplied.includes(m)));
    const e: FlowEventInput | undefined =
      action === "applicant_corrected" ? { type: "applicant_corrected", actor: { id: "applicant" }, materials: [] }
        : action === "materials_supplied" ? { type: "materials_supplied", actor: { id: "applicant" }, materials: pending }
          : action === "rate" ? { type: "rate", actor: { id: "applicant" }, score: 5, comment: "" } : undefined;
    if (e) publish(apply({ ...sim, error: undefined }, e));
  };
  const nextTimer = () => {
    if (!sim) return;
    const t = Object.values(sim.state.timers).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id))[0];
    if (t) publish(apply({ ...sim, error: undefined }, { type: "timer_fired", timerId: t.id }, t.dueAt > sim.now ? t.dueAt : sim.now));
  };
  const runToEnd = () => {
    if (!sim) return;
    let s: Sim = { ...sim, error: undefined };
    for (let i = 0; i < 300 && (s.state.status === "running" || s.state.status === "waiting_applicant") && !s.error; i++) {
      const open = Object.values(s.state.tasks).filter((t) => t.status === "open").sort((a, b) => (a.dueAt ?? "").localeCompare(b.dueAt ?? "") || a.id.localeCompare(b.id));
      const task = open[0];
      if (!task) {
        if (caseActions(s.state).includes("materials_supplied")) { const pending = s.state.promises.filter((p) => p.status === "pending").flatMap((p) => p.materials.filter((m) => !p.supplied.includes(m))); s = apply(s, { type: "materials_supplied", actor: { id: "applicant" }, materials: pending }); continue; }
        break;
      }
      const allowed = taskAllowedActions(def!, s.state, task.id);
      const action = ["accept", "approve", "results_issued"].find((a) => allowed.includes(a));
      if (!action) { s = { ...s, error: t("ed.flow.sim.noAutoAction", { task: task.id }) }; break; }
      const due = task.dueAt ? new Date(new Date(task.dueAt).getTime() - 60_000).toISOString() : s.now;
      s = apply(s, eventFor(s, task, action)!, due > s.now ? due : s.now);
    }
    publish(s);
  };

  if (!def) {
    return (
      <section className="dpanel" aria-labelledby="sim-title" data-testid="simulation">
        <h3 id="sim-title">{t("ed.flow.sim.title")}</h3>
        <p className="alert alert--warning">{t("ed.flow.sim.notRunnable", { error: error ?? "" })}</p>
      </section>
    );
  }
  const open = sim ? Object.values(sim.state.tasks).filter((t) => t.status === "open") : [];
  const cActions = sim ? caseActions(sim.state) : [];
  const status = STATUS_LABEL[sim?.state.status ?? ""];
  const actionLabel = (a: string) => { const key = ACTION_LABEL[a]; return key ? t(key) : a; };
  return (
    <section className="dpanel" aria-labelledby="sim-title" data-testid="simulation">
      <h3 id="sim-title">{t("ed.flow.sim.title")}</h3>
      {!sim && (
        <>
          <p className="muted small">{t("ed.flow.sim.intro")}</p>
          <AnswerInputs questions={visibleQuestions(guide, answers)} answers={answers} onChange={setAnswers} idPrefix="sim" />
          <div className="dfield">
            <label htmlFor="sim-start">{t("ed.flow.sim.submittedAt")}</label>
            <input id="sim-start" type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
          </div>
          <button type="button" className="btn btn--primary" onClick={begin}>{t("ed.flow.sim.start")}</button>
        </>
      )}
      {sim && (
        <>
          <p role="status" data-testid="sim-status">
            <strong>{t("ed.flow.sim.status", { status: status ? t(status) : sim.state.status })}</strong>
            <span className="muted small"> · {t("ed.flow.sim.clock")} {formatDateTime(sim.now)}</span>
            {sim.state.clock.dueAt && <span className="muted small"> · {t("ed.flow.sim.promisedDue")} {formatDateTime(sim.state.clock.dueAt)}</span>}
          </p>
          {sim.error && <p className="alert alert--error" role="alert">{sim.error}</p>}
          {open.length > 0 && (
            <ul className="simtasks" aria-label={t("ed.flow.sim.openTasks")}>
              {open.map((task) => (
                <li key={task.id}>
                  <div><strong>{task.name}</strong> <span className="muted small">{deptName(task.department)} · {task.role}{task.dueAt ? t("ed.flow.sim.taskDue", { at: formatDateTime(task.dueAt) }) : ""}</span></div>
                  <div className="row">
                    {taskAllowedActions(def, sim.state, task.id).filter((a) => eventFor(sim, task, a)).map((a) => (
                      <button key={a} type="button" className="btn btn--small" onClick={() => act(task, a)}>{actionLabel(a)}</button>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            {cActions.filter((a) => a !== "submit").map((a) => <button key={a} type="button" className="btn btn--small" onClick={() => caseAct(a)}>{actionLabel(a)}</button>)}
            {Object.keys(sim.state.timers).length > 0 && (sim.state.status === "running" || sim.state.status === "waiting_applicant") && (
              <button type="button" className="btn btn--small" onClick={nextTimer}>{t("ed.flow.sim.fireTimer")}</button>
            )}
            {(sim.state.status === "running" || sim.state.status === "waiting_applicant") && <button type="button" className="btn btn--small btn--primary" onClick={runToEnd}>{t("ed.flow.sim.runToEnd")}</button>}
            <button type="button" className="btn btn--small" onClick={() => publish(undefined)}>{t("ed.flow.sim.restart")}</button>
          </div>
          {sim.state.outcome && (
            <p className={`alert ${sim.state.outcome.status === "completed" ? "alert--success" : "alert--warning"}`} data-testid="sim-outcome">
              {sim.state.outcome.status === "completed" ? t("ed.flow.sim.completed") : t("ed.flow.sim.rejected")} {formatDateTime(sim.state.outcome.at, lang)}
              {sim.state.results.length > 0 && <> · {t("ed.flow.sim.results", { list: sim.state.results.map((r) => r.name).join(t("common.listSeparator")) })}</>}
            </p>
          )}
          <details className="simlog">
            <summary>{t("ed.flow.sim.log", { n: sim.log.length })}</summary>
            <ol>{sim.log.map((e) => <li key={e.seq}><span className="muted small">{formatDateTime(e.at)}</span> {e.message}</li>)}</ol>
          </details>
        </>
      )}
    </section>
  );
}
void obj;
