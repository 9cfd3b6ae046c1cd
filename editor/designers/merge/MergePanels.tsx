// Parts of the merge studio: the before → after figures, the items' original forms as columns (fields
// highlighted when they feed the hovered merged field), and the suggestions / conflicts of the merge.
import { useEffect, useRef } from "react";
import { inspectForm } from "../../../spec/binding/inspect.js";
import type { FormStats, MergeConflict, MergeSuggestion } from "../../../spec/merge/index.js";
import { arr, obj, type Json } from "../common/doc.js";
import { useI18n } from "../../i18n.js";
import { msgIn } from "../common/lang.js";

/** Before → after statistics, or the fields before and 尚未合并 when nothing is merged yet. */
export function StatsBar({ stats }: { stats: FormStats }) {
  const { t } = useI18n();
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  // Before the first merge the draft has no merged field: "→ 0" and "100% fewer" would be figures of nothing.
  const merged = stats.fieldsAfter > 0 || stats.fieldsBefore === 0;
  return (
    <div className="dpanel merge__stats" data-testid="merge-stats" role="status" aria-label={t("ed.merge.stats.label")}>
      <div className="figs"><div><span className="muted small">{t("ed.merge.stats.items")}</span><strong>{stats.items}</strong></div></div>
      {!merged && <div className="figs"><div><span className="muted small">{t("ed.merge.stats.fieldsBefore")}</span><strong data-testid="fields-before">{stats.fieldsBefore}</strong></div></div>}
      {!merged && <div className="figs hl"><div><span className="muted small">{t("ed.merge.stats.label")}</span><strong data-testid="not-merged">{t("ed.merge.stats.notMerged")}</strong></div></div>}
      {merged && <>
      <div className="figs"><div><span className="muted small">{t("ed.merge.stats.fields")}</span><strong data-testid="fields-before-after">{stats.fieldsBefore} → {stats.fieldsAfter}</strong></div></div>
      <div className="figs"><div><span className="muted small">{t("ed.merge.stats.toType")}</span><strong data-testid="to-type">{stats.toTypeAfter}</strong></div></div>
      <div className="figs"><div><span className="muted small">{t("ed.merge.stats.pages")}</span><strong>{stats.pagesBefore} → {stats.pagesAfter}</strong></div></div>
      <div className="figs hl"><div><span className="muted small">{t("ed.merge.stats.fewerFields")}</span><strong>{pct(stats.fewerFields)}</strong></div></div>
      <div className="figs hl"><div><span className="muted small">{t("ed.merge.stats.fewerToType")}</span><strong data-testid="fewer-to-type">{pct(stats.fewerToType)}</strong></div></div>
      </>}
    </div>
  );
}

/** The items' original forms, one column each. */
export function SourceColumns({ items, owners, highlight, onHover, counts }: { items: Json[]; owners: Map<string, string>; highlight: Set<string>; onHover(merged: string | undefined): void; counts: Map<string, number> }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // bring each column's first highlighted field into view (within the column only)
    for (const col of box.current?.querySelectorAll<HTMLElement>(".srccol") ?? []) {
      const hl = col.querySelector<HTMLElement>("li.is-hl");
      if (hl && (hl.offsetTop < col.scrollTop || hl.offsetTop > col.scrollTop + col.clientHeight - 30)) col.scrollTop = hl.offsetTop - 60;
    }
  }, [highlight]);
  return (
    <div className="merge__sources" role="group" ref={box} aria-label={t("ed.merge.sources.label")}>
      {items.map((it) => {
        const id = String(it.id);
        const leaves = inspectForm(obj(it.form).schema).leaves;
        return (
          <section key={id} className="srccol" aria-labelledby={`src-${id}`} data-testid={`source-${id}`}>
            <h3 id={`src-${id}`}>{String(it.task_name ?? id)}</h3>
            <p className="muted small">{t("ed.merge.sources.count", { n: leaves.length, pages: typeof it.pages === "number" ? it.pages : 1 })}</p>
            <ul>
              {leaves.map((l) => {
                const owner = owners.get(`${id}#${l.pointer}`);
                const shared = owner ? (counts.get(owner) ?? 0) > 1 : false;
                const hl = highlight.has(`${id}#${l.pointer}`);
                return (
                  <li key={l.pointer} className={`${shared ? "is-merged" : ""} ${hl ? "is-hl" : ""}`} data-hl={hl ? "1" : undefined}
                    onMouseEnter={() => onHover(owner)} onMouseLeave={() => onHover(undefined)} title={l.pointer}>
                    {l.title ?? l.key}{shared ? " ⇄" : ""}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Suggestions (accept / keep apart, and reconsider a decision) and conflicts of the latest merge run. */
export function SuggestionList({ suggestions, conflicts, status, decided, onAccept, onReject, onReconsider, onShow, itemName }: {
  suggestions: MergeSuggestion[]; conflicts: MergeConflict[];
  status(s: MergeSuggestion): "merged" | "pending" | "rejected";
  /** Whether a decision (staff's or the template authors') put the suggestion where it is, which staff may withdraw. */
  decided(s: MergeSuggestion): boolean;
  onAccept(s: MergeSuggestion): void; onReject(s: MergeSuggestion): void; onReconsider(s: MergeSuggestion): void; onShow(s: MergeSuggestion): void;
  itemName(id: string): string;
}) {
  const { t, lang } = useI18n();
  const pending = suggestions.filter((s) => status(s) === "pending").length;
  return (
    <section className="dpanel" aria-labelledby="sugg-title" data-testid="suggestions">
      <h3 id="sugg-title">{t("ed.merge.sugg.title", { pending, n: suggestions.length })}</h3>
      <ul className="suggest">
        {suggestions.map((s) => {
          const st = status(s);
          return (
            <li key={s.id} className={st === "merged" ? "is-done" : ""} data-testid={`suggestion-${s.id}`} data-status={st}>
              <p>{msgIn(lang, s.message)} <span className="muted small">{t("ed.merge.sugg.confidence", { pct: Math.round(s.confidence * 100) })}</span></p>
              <p className="muted small">{t("ed.merge.sugg.sources", { items: [...new Set(s.sources.map((r) => itemName(r.item)))].join(t("common.listSeparator")), n: s.sources.length })}</p>
              {s.pairs && (
                <ul className="small mpairs" aria-label={t("ed.merge.sugg.pairs")}>
                  {s.pairs.map((p) => <li key={`${p.a.pointer}~${p.b.pointer}`}>{t("ed.merge.sugg.pair", { label: msgIn(lang, p.label), a: itemName(p.a.item), b: itemName(p.b.item) })}</li>)}
                </ul>
              )}
              <div className="row">
                {st === "pending" && <button type="button" className="btn btn--small btn--primary" onClick={() => onAccept(s)}>{t("ed.merge.sugg.accept")}</button>}
                {st === "pending" && <button type="button" className="btn btn--small" onClick={() => onReject(s)}>{t("ed.merge.sugg.keepApart")}</button>}
                {st === "merged" && <span className="badge badge--approved">{t("ed.merge.sugg.merged")}</span>}
                {st === "rejected" && <span className="badge">{t("ed.merge.sugg.keptApart")}</span>}
                {st !== "pending" && decided(s) && <button type="button" className="btn btn--small" onClick={() => onReconsider(s)}>{t("ed.merge.sugg.reconsider")}</button>}
                <button type="button" className="btn btn--small btn--link" onClick={() => onShow(s)}>{t("ed.merge.sugg.show")}</button>
              </div>
            </li>
          );
        })}
      </ul>
      {conflicts.length > 0 && (
        <>
          <h3>{t("ed.merge.conflicts.title", { n: conflicts.length })}</h3>
          <ul className="suggest">
            {conflicts.map((c, i) => (
              <li key={i} className="is-conflict">
                <p>{msgIn(lang, c.message)}</p>
                <p className="muted small">{c.sources.map((r) => `${itemName(r.item)} ${r.pointer}`).join(t("common.clauseSeparator"))}</p>
                <p className="small">{t("ed.merge.conflicts.hint")}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
void arr;
