// What can end a one-thing's life, each behind a confirmation that says what happens: delete a draft that was
// never published; archive a published one (no new cases; the open ones, counted here, keep running); restore.
import { useState } from "react";
import type { BundleSummary, OpenCases } from "../../spec/api.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { useEd } from "../i18n.js";

interface Props { bundle: BundleSummary; isAdmin: boolean; onChanged(message: string): void }

/** The actions cell of one row of the one-thing list. */
export function BundleActions({ bundle: b, isAdmin, onChanged }: Props) {
  const t = useEd();
  const [confirm, setConfirm] = useState<{ kind: "delete" | "archive"; open?: number }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async (method: "POST" | "DELETE", path: string, message: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await api(method, path);
      setConfirm(undefined);
      onChanged(message);
    } catch (err) {
      setError(err instanceof ApiRequestError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const path = `/api/bundles/${encodeURIComponent(b.key)}`;
  const askArchive = async () => {
    setError(undefined);
    try {
      const r = await api<OpenCases>("GET", `${path}/open-cases`);
      setConfirm({ kind: "archive", open: r.versions.reduce((n, v) => n + v.open, 0) });
    } catch (err) {
      setError(err instanceof ApiRequestError ? err.message : String(err));
    }
  };

  if (confirm) {
    const text = confirm.kind === "delete"
      ? t("删除「{title}」的草稿？它从未发布，删除后不能恢复。", { title: b.title })
      : t("归档「{title}」？它将从办事目录中撤下，不再受理新的申请；{n} 件在办案件继续办理直至办结。", { title: b.title, n: confirm.open ?? 0 });
    return (
      <div className="row-confirm" role="group" aria-label={t("确认")}>
        <p>{text}</p>
        {error && <p className="alert alert--error" role="alert">{error}</p>}
        <button type="button" className="btn btn--danger btn--small" disabled={busy}
          onClick={() => void (confirm.kind === "delete"
            ? run("DELETE", path, t("已删除「{title}」", { title: b.title }))
            : run("POST", `${path}/archive`, t("已归档「{title}」", { title: b.title })))}>
          {confirm.kind === "delete" ? t("确认删除") : t("确认归档")}
        </button>{" "}
        <button type="button" className="btn btn--small" onClick={() => { setConfirm(undefined); setError(undefined); }}>{t("取消")}</button>
      </div>
    );
  }
  return (
    <>
      {b.latestVersion === null && (
        <button type="button" className="btn btn--small btn--danger" onClick={() => setConfirm({ kind: "delete" })} aria-label={t("删除「{title}」", { title: b.title })}>{t("删除")}</button>
      )}
      {isAdmin && b.latestVersion !== null && !b.archivedAt && (
        <button type="button" className="btn btn--small" onClick={() => void askArchive()} aria-label={t("归档「{title}」", { title: b.title })}>{t("归档")}</button>
      )}
      {isAdmin && b.archivedAt && (
        <button type="button" className="btn btn--small" disabled={busy} onClick={() => void run("POST", `${path}/restore`, t("已恢复「{title}」，重新受理申请", { title: b.title }))}
          aria-label={t("恢复「{title}」", { title: b.title })}>{t("恢复受理")}</button>
      )}
      {error && <p className="alert alert--error" role="alert">{error}</p>}
    </>
  );
}
