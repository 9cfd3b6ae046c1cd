// Who the counter is filing for: the applicant (masked identity number), the person at the window and their role,
// and whether the account was linked or created, or a draft taken over.
import { useI18n } from "../../shared/i18n.js";
import type { CounterSession } from "./types.js";

/** The facts card of a counter session. */
export function SessionFacts({ session }: { session: CounterSession }) {
  const { t } = useI18n();
  const a = session.applicant;
  return (
    <section className="card counter-facts" aria-label={t("counter.applicant")}>
      <dl className="facts">
        <dt>{t("counter.applicant")}</dt><dd data-testid="counter-applicant">{a.displayName}{t("common.inParens", { text: a.idNumber })}</dd>
        <dt>{t("counter.visitorRole")}</dt><dd>{session.visitor.name}{t("common.inParens", { text: session.visitor.idNumber })} · {t(`counter.role.${session.visitor.role}`)}</dd>
      </dl>
      <p className="small">{a.accountCreated ? t("counter.accountCreated") : t("counter.accountLinked")}</p>
      {session.draftTakenOver && <p className="small alert" role="status">{t("counter.takenOver")}</p>}
    </section>
  );
}
