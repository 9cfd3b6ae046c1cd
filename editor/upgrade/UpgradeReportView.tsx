// What an item upgrade did: the earlier staff decisions it replayed, the fields it added, joined, changed or took
// out, and the suggestions that need a decision (only new ones) — shown once after the upgrade.
import type { UpgradeReport } from "../../spec/catalogue/replay.js";
import { useL } from "../designers/common/lang.js";

const names = (list: Array<{ title: string }>) => list.map((f) => `「${f.title}」`).join("、");

/** The upgrade's report as a status message staff can dismiss. */
export function UpgradeReportView({ name, report, onClose }: { name: string; report: UpgradeReport; onClose: () => void }) {
  const L = useL();
  const r = report.replayed;
  const lines: string[] = [];
  if (!report.remerged) lines.push(L("表单没有变化，智能表单保持不变。", "The form did not change; the smart form stays as it was."));
  lines.push(L(`沿用了之前的 ${r.edits} 项手工合并/拆分/改绑、${r.decisions} 项建议决定、${r.texts.length} 处文字修改和 ${r.moved.length} 处字段移动。`,
    `Kept ${r.edits} hand merges/splits/re-bindings, ${r.decisions} suggestion decisions, ${r.texts.length} text edits and ${r.moved.length} moved fields.`));
  if (report.added.length) lines.push(L(`新增字段：${names(report.added)}`, `Fields added: ${names(report.added)}`));
  if (report.joined.length) lines.push(L(`并入已有字段：${names(report.joined)}`, `Joined existing fields: ${names(report.joined)}`));
  if (report.changed.length) lines.push(L(`按新版本更新：${names(report.changed)}`, `Updated to the new version: ${names(report.changed)}`));
  if (report.removed.length) lines.push(L(`已移除（新版本不再需要）：${names(report.removed)}`, `Removed (no longer asked): ${names(report.removed)}`));
  const pending = report.needsDecision.length;
  return (
    <div className={`alert ${pending ? "alert--warning" : "alert--success"}`} role="status" data-testid="upgrade-report">
      <h2>{L(`已将「${name}」升级到版本 ${report.to}`, `"${name}" upgraded to version ${report.to}`)}</h2>
      <ul>{lines.map((l) => <li key={l}>{l}</li>)}</ul>
      <p>{pending
        ? L(`有 ${pending} 条新的合并建议需要您决定，请到「表单合并」页处理：`, `${pending} new merge suggestion${pending === 1 ? "" : "s"} need your decision on the Form merge tab:`)
        : L("没有需要您决定的内容。", "Nothing needs your decision.")}</p>
      {pending > 0 && <ul>{report.needsDecision.map((s) => <li key={s.id}>{s.message}</li>)}</ul>}
      <button type="button" className="btn small" onClick={onClose}>{L("知道了", "Dismiss")}</button>
    </div>
  );
}
