// The progress bar of a catalogue import or check: the phase in words and the percentage, announced politely.
import { useEd } from "../../i18n.js";

const PHASES: Record<string, string> = { read: "正在读取文件…", check: "正在逐行检查…", write: "正在写入事项…" };

/** Props: overall fraction (0…1), the server's phase, and whether this is the check (dry run) or the import. */
export function ImportProgress({ fraction, phase, dryRun }: { fraction: number; phase: string; dryRun: boolean }) {
  const e = useEd();
  const pct = Math.round(fraction * 100);
  const label = dryRun ? e("检查文件") : e("导入事项");
  return (
    <div className="progress cat-io__progress" data-testid="import-progress">
      <p role="status" aria-live="polite">{label}：{e(PHASES[phase] ?? "正在读取文件…")} {pct}%</p>
      <div className="progress__bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className="progress__fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
