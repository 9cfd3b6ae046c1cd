// What an item upgrade did: the earlier staff decisions it replayed, the fields it added, joined, changed or took
// out, and the suggestions that need a decision (only new ones) — shown once after the upgrade.
import type { UpgradeReport } from "../../spec/catalogue/replay.js";
import { useI18n } from "../i18n.js";
import { msgIn } from "../designers/common/lang.js";

/** The upgrade's report as a status message staff can dismiss. */
export function UpgradeReportView({ name, report, onClose }: { name: string; report: UpgradeReport; onClose: () => void }) {
  const { t, lang } = useI18n();
  const names = (list: Array<{ title: string }>) => list.map((f) => t("ed.upgrade.quoted", { name: f.title })).join(t("common.listSeparator"));
  const r = report.replayed;
  const lines: string[] = [];
  if (!report.remerged) lines.push(t("ed.upgrade.formSame"));
  lines.push(t("ed.upgrade.replayed", { edits: r.edits, decisions: r.decisions, texts: r.texts.length, moved: r.moved.length }));
  if (report.added.length) lines.push(t("ed.upgrade.fieldsAdded", { names: names(report.added) }));
  if (report.joined.length) lines.push(t("ed.upgrade.fieldsJoined", { names: names(report.joined) }));
  if (report.changed.length) lines.push(t("ed.upgrade.fieldsUpdated", { names: names(report.changed) }));
  if (report.removed.length) lines.push(t("ed.upgrade.fieldsRemoved", { names: names(report.removed) }));
  const pending = report.needsDecision.length;
  return (
    <div className={`alert ${pending ? "alert--warning" : "alert--success"}`} role="status" data-testid="upgrade-report">
      <h2>{t("ed.upgrade.done", { name, v: report.to })}</h2>
      <ul>{lines.map((l) => <li key={l}>{l}</li>)}</ul>
      <p>{pending ? t("ed.upgrade.pending", { n: pending }) : t("ed.upgrade.nothingPending")}</p>
      {pending > 0 && <ul>{report.needsDecision.map((s) => <li key={s.id}>{msgIn(lang, s.message)}</li>)}</ul>}
      <button type="button" className="btn small" onClick={onClose}>{t("ed.upgrade.dismiss")}</button>
    </div>
  );
}
