// Section navigation and progress of a long form: numbered steps with their state (current, done, errors),
// usable by keyboard, horizontal scroller on phones, sticky side list on desktops and kiosks.
import { useI18n } from "../i18n.js";
import type { Section } from "./sections.js";

/** Props: sections, the current index, which are done and how many errors each shows. */
export interface SectionNavProps { sections: Section[]; current: number; done: boolean[]; errorCounts: number[]; onSelect(i: number): void; showProgress?: boolean }

/** The step list with a progress bar above it. */
export function SectionNav({ sections, current, done, errorCounts, onSelect, showProgress = true }: SectionNavProps) {
  const { t } = useI18n();
  const doneCount = done.filter(Boolean).length;
  return (
    <nav className="section-nav" aria-label={t("form.sections")}>
      {showProgress && <div className="progress">
        <p className="small muted" id="form-progress-label">{t("form.progress", { done: doneCount, n: sections.length })}</p>
        <div className="progress__bar" role="progressbar" aria-labelledby="form-progress-label" aria-valuemin={0} aria-valuemax={sections.length} aria-valuenow={doneCount}>
          <div className="progress__fill" style={{ width: `${(doneCount / Math.max(1, sections.length)) * 100}%` }} />
        </div>
      </div>}
      <ol>
        {sections.map((s, i) => (
          <li key={s.key} className={errorCounts[i] ? "has-errors" : done[i] ? "is-done" : undefined}>
            <button type="button" aria-current={i === current ? "step" : undefined} onClick={() => onSelect(i)}>
              <span className="step-num" aria-hidden="true">{errorCounts[i] ? "!" : done[i] ? "✓" : i + 1}</span>
              <span>{s.title}</span>
              {errorCounts[i] ? <span className="visually-hidden">{t("common.inParens", { text: t("form.sectionErrors", { n: errorCounts[i]! }) })}</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
