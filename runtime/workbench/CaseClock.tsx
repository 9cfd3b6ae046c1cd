// The case's time limits as the handling staff see them: the promised and statutory completion deadlines (moved by
// pauses, suspensions and extensions), why the clock stands still now, and the suspensions so far.
import type { CaseHandlingView } from "../../spec/api.js";
import { formatDateTime, useI18n, type MessageKey } from "../shared/i18n.js";

/** The time-limits card (nothing for a case without a flow clock). */
export function CaseClock({ handling }: { handling?: CaseHandlingView }) {
  const { t, lang } = useI18n();
  if (!handling || (!handling.dueAt && !handling.paused && !handling.suspensions.length)) return null;
  const at = (iso: string) => formatDateTime(iso, lang);
  const reason = (r: string) => t(`wb.reason.${r}` as MessageKey);
  const paused = handling.paused;
  return (
    <section className="card" aria-labelledby="clock-title">
      <h2 id="clock-title">{t("clock.title")}</h2>
      {handling.suspension ? (
        <div className="alert alert--warning" role="status">
          {t("clock.suspended", { reason: reason(handling.suspension.reason), at: at(handling.suspension.since) })}
          {handling.suspension.note && <p className="small">{handling.suspension.note}</p>}
        </div>
      ) : paused ? (
        <div className="alert alert--warning" role="status">{t(paused.reason === "promised_materials" ? "clock.waitingMaterials" : "clock.waiting", { at: at(paused.since) })}</div>
      ) : null}
      <dl className="facts">
        {handling.dueAt && <><dt>{t("clock.due")}</dt><dd>{at(handling.dueAt)}</dd></>}
        {handling.statutoryDueAt && <><dt>{t("clock.statutory")}</dt><dd>{at(handling.statutoryDueAt)}</dd></>}
        {handling.pausedDays > 0 && <><dt>{t("clock.history")}</dt><dd>{t("clock.paused", { n: handling.pausedDays })}</dd></>}
      </dl>
      {handling.provisionalYears?.length ? <p className="small" role="note">{t("clock.provisional", { years: handling.provisionalYears.join(t("common.listSeparator")) })}</p> : null}
      {handling.suspensions.length > 0 && (
        <ul className="small">
          {handling.suspensions.map((s, i) => <li key={i}>{t("clock.historyRow", { reason: reason(s.reason), from: at(s.from), to: at(s.to), n: s.days })}{s.note ? t("common.inParens", { text: s.note }) : ""}</li>)}
        </ul>
      )}
    </section>
  );
}
