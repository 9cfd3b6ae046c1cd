// The last step before a version is published: what changes against the version applicants use now (the diff),
// how many cases are still open on the current version (they keep running on it), and the change summary —
// the admin confirms or goes back.
import { useEffect, useRef } from "react";
import type { OpenCases } from "../../spec/api.js";
import { isEmptyDiff, summarizeDiff, type BundleDiff } from "../../spec/diff.js";
import { useApi } from "../../runtime/shared/useApi.js";
import { ErrorBox, Loading } from "../../runtime/shared/ui.js";
import { useEd } from "../i18n.js";

interface Props {
  bundleKey: string; title: string; latest: number | undefined; diff: BundleDiff; changeSummary: string; busy: boolean;
  onConfirm(): void; onCancel(): void;
}

/** The publishing confirmation panel. */
export function PublishConfirm({ bundleKey, title, latest, diff, changeSummary, busy, onConfirm, onCancel }: Props) {
  const t = useEd();
  const open = useApi<OpenCases>(`/api/bundles/${encodeURIComponent(bundleKey)}/open-cases`);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const next = (latest ?? 0) + 1;
  const onCurrent = open.data?.versions.find((v) => v.version === latest)?.open ?? 0;
  const onOlder = (open.data?.versions ?? []).filter((v) => v.version !== latest).reduce((n, v) => n + v.open, 0);
  const changes = latest === undefined ? "" : summarizeDiff(diff);
  return (
    <section className="card publish-confirm" role="region" aria-labelledby="publish-confirm-title" data-testid="publish-confirm">
      <h3 id="publish-confirm-title" tabIndex={-1} ref={heading}>{t("确认发布「{title}」版本 {n}", { title, n: next })}</h3>
      <dl className="facts">
        <div>
          <dt>{latest === undefined ? t("首次发布") : t("与当前版本 {v} 相比", { v: latest })}</dt>
          <dd>{latest === undefined ? t("发布后办事群众即可在办事目录中看到并申请。") : isEmptyDiff(diff) ? t("没有变化：新版本与版本 {v} 内容相同。", { v: latest }) : changes}</dd>
        </div>
        <div>
          <dt>{t("在办案件")}</dt>
          <dd data-testid="open-cases">
            {open.loading && <Loading />}
            {open.error && <ErrorBox error={open.error} onRetry={open.reload} />}
            {open.data && (latest === undefined ? t("尚无办件。") : (
              <>
                {t("版本 {v} 有 {n} 件在办案件，它们继续按版本 {v} 办理直至办结，不受本次发布影响。", { v: latest, n: onCurrent })}
                {onOlder > 0 && <> {t("更早的版本还有 {n} 件在办。", { n: onOlder })}</>}
                {" "}{t("发布后新的申请使用版本 {n}。", { n: next })}
              </>
            ))}
          </dd>
        </div>
        <div><dt>{t("变更说明")}</dt><dd>{changeSummary}</dd></div>
      </dl>
      <p className="small muted">{t("已发布的版本不能修改；需要时可以用旧版本的内容重新发布。")}</p>
      <div className="actions">
        <button type="button" className="btn btn--primary" disabled={busy || !open.data} onClick={onConfirm}>{busy ? t("正在发布…") : t("确认发布版本 {n}", { n: next })}</button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>{t("返回修改")}</button>
      </div>
    </section>
  );
}
