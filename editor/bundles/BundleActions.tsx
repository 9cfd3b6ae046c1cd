// What can end a one-thing's life, each behind a confirmation that says what happens: delete a draft that was
// never published; archive a published one (no new cases; the open ones, counted here, keep running); restore.
import { useState } from "react";
import type { BundleSummary, OpenCases } from "../../spec/api.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { useI18n } from "../i18n.js";

interface Props { bundle: BundleSummary; isAdmin: boolean; onChanged(message: string): void }

/** The actions cell of one row of the one-thing list. */
export function BundleActions({ bundle: b, isAdmin, onChanged }: Props) {
  const { t } = useI18n();
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
      ? t("ed.list.deleteConfirm", { title: b.title })
      : t("ed.list.archiveConfirm", { title: b.title, n: confirm.open ?? 0 });
    return (
      <div className="row-confirm" role="group" aria-label={t("ed.list.confirm")}>
        <p>{text}</p>
        {error && <p className="alert alert--error" role="alert">{error}</p>}
        <button type="button" className="btn btn--danger btn--small" disabled={busy}
          onClick={() => void (confirm.kind === "delete"
            ? run("DELETE", path, t("ed.list.deleted", { title: b.title }))
            : run("POST", `${path}/archive`, t("ed.list.archivedOne", { title: b.title })))}>
          {confirm.kind === "delete" ? t("ed.list.confirmDelete") : t("ed.list.confirmArchive")}
        </button>{" "}
        <button type="button" className="btn btn--small" onClick={() => { setConfirm(undefined); setError(undefined); }}>{t("ed.cancel")}</button>
      </div>
    );
  }
  return (
    <>
      {b.latestVersion === null && (
        <button type="button" className="btn btn--small btn--danger" onClick={() => setConfirm({ kind: "delete" })} aria-label={t("ed.list.deleteOne", { title: b.title })}>{t("ed.delete")}</button>
      )}
      {isAdmin && b.latestVersion !== null && !b.archivedAt && (
        <button type="button" className="btn btn--small" onClick={() => void askArchive()} aria-label={t("ed.list.archiveOne", { title: b.title })}>{t("ed.list.archive")}</button>
      )}
      {isAdmin && b.archivedAt && (
        <button type="button" className="btn btn--small" disabled={busy} onClick={() => void run("POST", `${path}/restore`, t("ed.list.restored", { title: b.title }))}
          aria-label={t("ed.list.restoreOne", { title: b.title })}>{t("ed.list.restore")}</button>
      )}
      {error && <p className="alert alert--error" role="alert">{error}</p>}
    </>
  );
}
