// The banner of a one-thing's workspace when a department has published a newer version of an item the one-thing
// pins: what changed (the diff), and the one-click upgrade that re-pins the item and redoes the merge with every
// earlier staff decision replayed; afterwards it says what was kept and what (only what is new) needs a decision.
import { useCallback, useEffect, useState } from "react";
import type { ItemUpdate, ItemUpdatesView, UpgradeItemResult } from "../../spec/catalogue/api.js";
import type { UpgradeReport } from "../../spec/catalogue/replay.js";
import { api, ApiRequestError } from "../../runtime/shared/api.js";
import { formatDateTime, useI18n } from "../i18n.js";
import type { DraftDoc } from "../state/draft-store.js";
import { ItemDiffView } from "./ItemDiffView.js";
import { UpgradeReportView } from "./UpgradeReportView.js";
import "./upgrade.css";

interface Props { bundleKey: string; dirty: boolean; onUpgraded: (spec: DraftDoc, revision: string) => void }

/** Lists waiting item updates with their diff and an upgrade button each; nothing when every pin is current. */
export function ItemUpdatesBanner({ bundleKey, dirty, onUpgraded }: Props) {
  const { t, lang } = useI18n();
  const [updates, setUpdates] = useState<ItemUpdate[]>([]);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<{ name: string; report: UpgradeReport }>();
  const load = useCallback(() => {
    api<ItemUpdatesView>("GET", `/api/bundles/${encodeURIComponent(bundleKey)}/item-updates`).then((r) => setUpdates(r.updates), () => setUpdates([]));
  }, [bundleKey]);
  useEffect(load, [load]);

  const upgrade = async (u: ItemUpdate) => {
    setBusy(u.id);
    setError(undefined);
    try {
      const r = await api<UpgradeItemResult>("POST", `/api/bundles/${encodeURIComponent(bundleKey)}/items/${encodeURIComponent(u.id)}/upgrade`, { version: u.latest });
      setDone({ name: u.name, report: r.report });
      onUpgraded(r.spec as DraftDoc, r.updatedAt);
      load();
    } catch (err) {
      setError(err instanceof ApiRequestError ? [err.message, ...err.problems.map((p) => p.message)].join(t("common.clauseSeparator")) : String(err));
    } finally {
      setBusy(undefined);
    }
  };

  if (!updates.length && !done) return null;
  return (
    <section className="item-updates" aria-labelledby="item-updates-title" data-testid="item-updates">
      {updates.length > 0 && (
        <div className="alert alert--warning">
          <h2 id="item-updates-title">{t("ed.upgrade.waiting", { n: updates.length })}</h2>
          {updates.map((u) => (
            <article key={u.id} className="item-update" data-testid={`item-update-${u.id}`}>
              <h3>{t("ed.upgrade.itemVersions", { name: u.name, from: u.pinned, to: u.latest })}</h3>
              <p className="small">
                {t("ed.upgrade.publishedBy", { dept: u.deptName, at: formatDateTime(u.publishedAt, lang) })}
                {u.changeSummary && <>{t("common.labelSeparator")}{u.changeSummary}</>}
              </p>
              <ItemDiffView diff={u.diff} />
              <button type="button" className="btn btn--primary" disabled={dirty || busy !== undefined} onClick={() => void upgrade(u)}
                aria-describedby={dirty ? `upgrade-hint-${u.id}` : undefined}>
                {busy === u.id ? t("ed.upgrade.upgrading") : t("ed.upgrade.upgradeTo", { v: u.latest })}
              </button>
              {dirty && <span id={`upgrade-hint-${u.id}`} className="small muted"> {t("ed.upgrade.saveFirst")}</span>}
            </article>
          ))}
          {error && <p className="alert alert--error" role="alert">{error}</p>}
        </div>
      )}
      {done && <UpgradeReportView name={done.name} report={done.report} onClose={() => setDone(undefined)} />}
    </section>
  );
}
