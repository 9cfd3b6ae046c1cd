// The situation guide: the applicant answers a few questions (answers kept in the URL), sees the notice update
// live, then continues to the form with the same answers.
import { useMemo } from "react";
import type { PublishedBundle } from "../../spec/api.js";
import { resolveNotice, visibleQuestions, withDefaults, type Answers } from "../../spec/guide.js";
import { useI18n } from "../shared/i18n.js";
import { href, navigate, useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { useDepartmentName } from "../shared/departments.js";
import { answersFromQuery, answersToQuery } from "./answers.js";
import { GuideQuestions } from "./GuideQuestions.js";
import { NoticePanel } from "./NoticePanel.js";

/** The guide screen. */
export function GuidePage({ bundleKey }: { bundleKey: string }) {
  const { t } = useI18n();
  const { query } = useRoute();
  const deptName = useDepartmentName();
  const { data, error, loading, reload } = useApi<PublishedBundle>(`/api/catalog/${encodeURIComponent(bundleKey)}`);
  const queryString = query.toString();
  const answers = useMemo(() => (data ? withDefaults(data.spec.guide, answersFromQuery(data.spec.guide, query)) : {}), [data, queryString]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed on the query's text, not the URLSearchParams object
  if (loading) return <Loading />;
  if (error || !data) return error ? <ErrorBox error={error} onRetry={reload} /> : null;
  const b = data.spec;
  const questions = visibleQuestions(b.guide, answers);
  const names = Object.fromEntries(b.items.map((i) => [i.department, deptName(i.department)]));
  const notice = resolveNotice(b, answers, names);
  const setAnswer = (id: string, v: Answers[string]) => navigate(`/b/${b.key}/guide`, answersToQuery({ ...answers, [id]: v }, query), true);
  const missing = questions.filter((q) => answers[q.id] === undefined);
  return (
    <>
      <nav className="breadcrumb" aria-label={t("a11y.breadcrumb")}>
        <ol><li><a href={href("/")}>{t("portal.catalog")}</a></li><li><a href={href(`/b/${b.key}`)}>{b.title}</a></li><li aria-current="page">{t("guide.title")}</li></ol>
      </nav>
      <PageTitle appName={t("app.portal")}>{`${b.title} · ${t("guide.title")}`}</PageTitle>
      <p className="muted">{b.guide.intro ?? t("guide.intro")}</p>
      <div className="grid grid--2">
        <div>
          <GuideQuestions questions={questions} answers={answers} onAnswer={setAnswer} />
        </div>
        <div>
          <NoticePanel notice={notice} guide={b.guide} guides={data.guides} />
          {missing.length > 0 && <p className="alert alert--warning" role="status">{t("guide.answerAll", { list: missing.map((q) => q.title).join(t("common.clauseSeparator")) })}</p>}
          <a className="btn btn--primary" href={href(`/b/${b.key}/apply`, answersToQuery(answers))}
            aria-disabled={missing.length > 0} onClick={(e) => { if (missing.length) e.preventDefault(); }}>
            {t("guide.toForm")}
          </a>
        </div>
      </div>
    </>
  );
}
