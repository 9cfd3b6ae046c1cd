import { useI18n, type MessageKey } from "../../i18n.js";
// The progress bar of a catalogue import or check: the phase in words and the percentage, announced politely.

const PHASES: Record<string, MessageKey> = { read: "ed.io.phase.read", check: "ed.io.phase.check", write: "ed.io.phase.write" };

/** Props: overall fraction (0…1), the server's phase, and whether this is the check (dry run) or the import. */
export function ImportProgress({ fraction, phase, dryRun }: { fraction: number; phase: string; dryRun: boolean }) {
  const { t } = useI18n();
  const pct = Math.round(fraction * 100);
  const label = dryRun ? t("ed.io.checking") : t("ed.io.importing");
  return (
    <div className="progress cat-io__progress" data-testid="import-progress">
      <p role="status" aria-live="polite">{label}{t("common.labelSeparator")}{t(PHASES[phase] ?? "ed.io.phase.read")} {pct}%</p>
      <div className="progress__bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className="progress__fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
