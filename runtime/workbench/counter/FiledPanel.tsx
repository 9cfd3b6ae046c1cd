// After filing: the case number in large print, the way to its page (accept, then print the receipt) and to the next
// applicant.
import { href } from "../../shared/router.js";
import { PageTitle } from "../../shared/ui.js";
import { useI18n } from "../../shared/i18n.js";
import type { CounterFiled, CounterSession } from "./types.js";

/** The filed screen. */
export function FiledPanel({ session, filed }: { session: CounterSession; filed?: CounterFiled }) {
  const { t } = useI18n();
  const id = filed?.application.id ?? session.applicationId!;
  return (
    <>
      <PageTitle appName={t("app.workbench")}>{t("counter.filed")}</PageTitle>
      <section className="card counter-filed" role="status">
        <dl className="facts">
          <dt>{t("counter.applicant")}</dt><dd>{session.applicant.displayName}</dd>
          <dt>{t("counter.bundle")}</dt><dd>{session.bundleTitle}</dd>
          {filed?.application.caseNo && <><dt>{t("counter.caseNo")}</dt><dd className="counter-case-no" data-case-no={filed.application.caseNo}>{filed.application.caseNo}</dd></>}
          {filed && <><dt>{t("counter.confirmTitle")}</dt><dd>{filed.filing.confirmation === "signature" ? t("counter.bySignature") : t("counter.byCode")}</dd></>}
        </dl>
        <p>{t("counter.filedIntro")}</p>
        <div className="row">
          <a className="btn btn--primary" href={href(`/case/${encodeURIComponent(id)}`)}>{t("counter.toCase")}</a>
          <a className="btn" href={href("/counter")}>{t("counter.next")}</a>
        </div>
      </section>
    </>
  );
}
