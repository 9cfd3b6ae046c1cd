// The blank application form (空白表格) of a published item, and its filled-in sample (示例样表) where the form's
// schema carries examples: the item's own form laid out as a paper form, printed on A4 (or saved as PDF).
import type { GuideItemView } from "../../../spec/catalogue/api.js";
import { useI18n } from "../../shared/i18n.js";
import { href } from "../../shared/router.js";
import { useApi } from "../../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../shared/ui.js";
import { formOutline, type OutlineField } from "./form-outline.js";
import "./guide.css";

function Value({ f, sample }: { f: OutlineField; sample: boolean }) {
  const { t } = useI18n();
  const ex = sample ? f.example : undefined;
  if (f.kind === "choice" || f.kind === "multi") {
    const chosen = sample ? f.chosen ?? [] : [];
    return (
      <span className="bf-choices">
        {f.choices.map((c) => <span key={c} className="bf-choice">{chosen.includes(c) ? "☑" : "☐"} {c}</span>)}
        {f.kind === "multi" && <span className="small muted">{t("bf.choices")}</span>}
      </span>
    );
  }
  return <span className={f.kind === "text" ? "bf-blank bf-blank--tall" : "bf-blank"}>{ex}</span>;
}

function TableField({ f, sample }: { f: OutlineField; sample: boolean }) {
  const { t } = useI18n();
  const rows = sample && f.exampleRows?.length ? f.exampleRows : [[], [], []];
  return (
    <div className="bf-table">
      <p className="bf-label">{f.title}{f.required && <span className="bf-req">*</span>} <span className="small muted">{t("bf.tableRows")}</span></p>
      <table className="guide-table bf-grid">
        <thead><tr>{f.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
        <tbody>{rows.map((r, i) => <tr key={i}>{f.columns.map((c, j) => <td key={c}>{r[j] ?? ""}</td>)}</tr>)}</tbody>
      </table>
    </div>
  );
}

/** The blank form (or, with `sample`, the filled-in sample) of an item's application form. */
export function BlankFormPage({ itemId, sample }: { itemId: string; sample: boolean }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useApi<GuideItemView>(`/api/guides/items/${encodeURIComponent(itemId)}`);
  if (loading && !data) return <Loading />;
  if (error || !data) return error ? <ErrorBox error={error} onRetry={reload} /> : null;
  const outline = formOutline(data.item.form?.schema);
  const name = data.item.task_name;
  return (
    <article className="guide blank-form">
      <nav className="breadcrumb no-print" aria-label={t("a11y.breadcrumb")}>
        <ol><li><a href={href("/items")}>{t("ig.nav")}</a></li><li><a href={href(`/items/${encodeURIComponent(itemId)}`)}>{name}</a></li><li aria-current="page">{t(sample ? "ig.sampleForm" : "ig.blankForm")}</li></ol>
      </nav>
      <PageTitle appName={t("app.portal")}>{t(sample ? "bf.sampleTitle" : "bf.title", { name })}</PageTitle>
      <p className="guide-meta">{data.departmentName}</p>
      <div className="guide-actions no-print">
        <button type="button" className="btn btn--primary" onClick={() => window.print()}>{t("bf.print")}</button>
        <span className="small muted">{t("ig.printHint")}</span>
      </div>
      {outline.length === 0 ? <p>{t("bf.noForm")}</p> : (
        <>
          <p className="small">{t(sample ? "bf.sampleIntro" : "bf.intro")}</p>
          {outline.map((s, i) => (
            <section key={i} className="bf-section" aria-label={s.title || name}>
              {s.title && <h2>{s.title}</h2>}
              <div className="bf-fields">
                {s.fields.map((f, j) => f.kind === "table" ? <TableField key={j} f={f} sample={sample} /> : (
                  <div key={j} className={f.kind === "text" ? "bf-row bf-row--wide" : "bf-row"}>
                    <span className="bf-label">{f.title}{f.required && <span className="bf-req">*</span>}</span>
                    <Value f={f} sample={sample} />
                  </div>
                ))}
              </div>
            </section>
          ))}
          <div className="bf-sign"><p>{t("bf.signature")}<span className="bf-blank bf-blank--sign" /></p><p>{t("bf.date")}</p></div>
        </>
      )}
    </article>
  );
}
