// After filing: the case number in large print, the way to its page (accept, then print the receipt) and to the next
// applicant.
import { href } from "../../shared/router.js";
import { PageTitle } from "../../shared/ui.js";
import { useCounterI18n } from "./i18n.js";
import type { CounterFiled, CounterSession } from "./types.js";

/** The filed screen. */
export function FiledPanel({ session, filed }: { session: CounterSession; filed?: CounterFiled }) {
  const { t, c } = useCounterI18n();
  const id = filed?.application.id ?? session.applicationId!;
  return (
    <>
      <PageTitle appName={t("app.workbench")}>{c("filed")}</PageTitle>
      <section className="card counter-filed" role="status">
        <dl className="facts">
          <dt>{c("applicant")}</dt><dd>{session.applicant.displayName}</dd>
          <dt>{c("bundle")}</dt><dd>{session.bundleTitle}</dd>
          {filed?.application.caseNo && <><dt>{c("caseNo")}</dt><dd className="counter-case-no" data-case-no={filed.application.caseNo}>{filed.application.caseNo}</dd></>}
          {filed && <><dt>{c("confirmTitle")}</dt><dd>{filed.filing.confirmation === "signature" ? c("bySignature") : c("byCode")}</dd></>}
        </dl>
        <p>{c("filedIntro")}</p>
        <div className="row">
          <a className="btn btn--primary" href={href(`/case/${encodeURIComponent(id)}`)}>{c("toCase")}</a>
          <a className="btn" href={href("/counter")}>{c("next")}</a>
        </div>
      </section>
    </>
  );
}
