// Who the counter is filing for: the applicant (masked identity number), the person at the window and their role,
// and whether the account was linked or created, or a draft taken over.
import { useCounterI18n } from "./i18n.js";
import type { CounterSession } from "./types.js";

/** The facts card of a counter session. */
export function SessionFacts({ session }: { session: CounterSession }) {
  const { c } = useCounterI18n();
  const a = session.applicant;
  return (
    <section className="card counter-facts" aria-label={c("applicant")}>
      <dl className="facts">
        <dt>{c("applicant")}</dt><dd data-testid="counter-applicant">{a.displayName}（{a.idNumber}）</dd>
        <dt>{c("visitorRole")}</dt><dd>{session.visitor.name}（{session.visitor.idNumber}）· {c(`role.${session.visitor.role}`)}</dd>
      </dl>
      <p className="small">{a.accountCreated ? c("accountCreated") : c("accountLinked")}</p>
      {session.draftTakenOver && <p className="small alert" role="status">{c("takenOver")}</p>}
    </section>
  );
}
