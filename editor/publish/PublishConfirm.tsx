// The last step before a version is published: what changes against the version applicants use now (the diff),
// how many cases are still open on the current version (they keep running on it), and the change summary —
// the admin confirms or goes back.
import { useEffect, useRef } from "react";
import type { OpenCases } from "../../spec/api.js";
import { isEmptyDiff, summarizeDiff, type BundleDiff } from "../../spec/diff.js";
import { useApi } from "../../runtime/shared/useApi.js";
import { ErrorBox, Loading } from "../../runtime/shared/ui.js";
import { useI18n } from "../i18n.js";
import { useMsg } from "../designers/common/lang.js";

interface Props {
  bundleKey: string; title: string; latest: number | undefined; diff: BundleDiff; changeSummary: string; busy: boolean;
  onConfirm(): void; onCancel(): void;
}

/** The publishing confirmation panel. */
export function PublishConfirm({ bundleKey, title, latest, diff, changeSummary, busy, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const M = useMsg();
  const open = useApi<OpenCases>(`/api/bundles/${encodeURIComponent(bundleKey)}/open-cases`);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const next = (latest ?? 0) + 1;
  const onCurrent = open.data?.versions.find((v) => v.version === latest)?.open ?? 0;
  const onOlder = (open.data?.versions ?? []).filter((v) => v.version !== latest).reduce((n, v) => n + v.open, 0);
  const changes = latest === undefined ? "" : M(summarizeDiff(diff));
  return (
    <section className="card publish-confirm" role="region" aria-labelledby="publish-confirm-title" data-testid="publish-confirm">
      <h3 id="publish-confirm-title" tabIndex={-1} ref={heading}>{t("ed.publishConfirm.title", { title, n: next })}</h3>
      <dl className="facts">
        <div>
          <dt>{latest === undefined ? t("ed.publishConfirm.first") : t("ed.publishConfirm.against", { v: latest })}</dt>
          <dd>{latest === undefined ? t("ed.publishConfirm.firstHint") : isEmptyDiff(diff) ? t("ed.publishConfirm.noChange", { v: latest }) : changes}</dd>
        </div>
        <div>
          <dt>{t("ed.publishConfirm.openCases")}</dt>
          <dd data-testid="open-cases">
            {open.loading && <Loading />}
            {open.error && <ErrorBox error={open.error} onRetry={open.reload} />}
            {open.data && (latest === undefined ? t("ed.publishConfirm.noCases") : (
              <>
                {t("ed.publishConfirm.casesOnVersion", { v: latest, n: onCurrent })}
                {onOlder > 0 && <> {t("ed.publishConfirm.olderCases", { n: onOlder })}</>}
                {" "}{t("ed.publishConfirm.newVersion", { n: next })}
              </>
            ))}
          </dd>
        </div>
        <div><dt>{t("ed.changeSummary")}</dt><dd>{changeSummary}</dd></div>
      </dl>
      <p className="small muted">{t("ed.publishConfirm.immutable")}</p>
      <div className="actions">
        <button type="button" className="btn btn--primary" disabled={busy || !open.data} onClick={onConfirm}>{busy ? t("ed.publishing") : t("ed.publishConfirm.confirm", { n: next })}</button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>{t("ed.publishConfirm.back")}</button>
      </div>
    </section>
  );
}
