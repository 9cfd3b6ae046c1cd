// The public service guide (办事指南) of one published catalogue item, or of one of its situations (情形): every
// element an applicant needs before coming — conditions, materials with the forms to download, fees, limits,
// place, time and phones, legal basis, steps, FAQ — drawn from the latest published version, printable on A4.
import type { GuideItemView, GuideSituationView } from "../../../spec/catalogue/api.js";
import { formatDateTime, useI18n } from "../../shared/i18n.js";
import { href } from "../../shared/router.js";
import { useApi } from "../../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../shared/ui.js";
import { formOutline, hasExamples } from "./form-outline.js";
import { GuideFacts } from "./GuideFacts.js";
import { GuideMaterials } from "./GuideMaterials.js";
import { GuideConditions, GuideFaq, GuideFees, GuideLimits, GuideSection, GuideSteps, GuideWhere, Paragraphs } from "./GuideSections.js";
import "./guide.css";

/** Links to the guides of an item's situations (on the item's page) or back to the item (on a situation's). */
function Situations({ view, current }: { view: GuideItemView; current?: string }) {
  const { t } = useI18n();
  const list = view.item.situations;
  if (!list.length) return null;
  return (
    <GuideSection id="g-situations" title={t("ig.situations")}>
      <p className="no-print">{t("ig.situationsIntro")}</p>
      <ul className="guide-situations">
        {list.map((s) => (
          <li key={s.id}>
            {s.id === current ? <strong aria-current="page">{s.title}</strong> : <a href={href(`/items/${encodeURIComponent(view.id)}/situations/${encodeURIComponent(s.id)}`)}>{s.title}</a>}
          </li>
        ))}
      </ul>
    </GuideSection>
  );
}

/** The published one-things that use the item: where it is done together with other items, in one application. */
function UsedIn({ view }: { view: GuideItemView }) {
  const { t } = useI18n();
  if (!view.usedIn?.length) return null;
  return (
    <GuideSection id="g-used-in" title={t("ig.usedIn")}>
      <p>{t("ig.usedInIntro")}</p>
      <ul className="guide-situations" data-testid="guide-used-in">
        {view.usedIn.map((b) => <li key={b.key}><a href={href(`/b/${encodeURIComponent(b.key)}`)}>{b.title}</a></li>)}
      </ul>
    </GuideSection>
  );
}

/** The guide screen of an item (`situationId` absent) or of one situation. */
export function ItemGuidePage({ itemId, situationId }: { itemId: string; situationId?: string }) {
  const { t, lang } = useI18n();
  const path = `/api/guides/items/${encodeURIComponent(itemId)}${situationId ? `/situations/${encodeURIComponent(situationId)}` : ""}`;
  const { data, error, loading, reload } = useApi<GuideItemView | GuideSituationView>(path);
  if (loading && !data) return <Loading />;
  if (error || !data) {
    if (error?.status === 404) return <><PageTitle appName={t("app.portal")}>{t("ig.title")}</PageTitle><p className="alert alert--warning" role="status">{error.message || t("ig.notPublished")}</p></>;
    return error ? <ErrorBox error={error} onRetry={reload} /> : null;
  }
  const item = data.item;
  const eff = "effective" in data ? data.effective : undefined;
  const outline = formOutline(item.form?.schema);
  const form = { blank: outline.length > 0, sample: hasExamples(outline) };
  const title = eff ? `${item.task_name} · ${eff.situation.title}` : item.task_name;
  const itemHref = href(`/items/${encodeURIComponent(item.id)}`);
  return (
    <article className="guide">
      <nav className="breadcrumb no-print" aria-label={t("a11y.breadcrumb")}>
        <ol>
          <li><a href={href("/items")}>{t("ig.nav")}</a></li>
          {eff ? <><li><a href={itemHref}>{item.task_name}</a></li><li aria-current="page">{eff.situation.title}</li></> : <li aria-current="page">{item.task_name}</li>}
        </ol>
      </nav>
      <p className="guide-kicker">{t("ig.title")}</p>
      <PageTitle appName={t("app.portal")}>{title}</PageTitle>
      <p className="guide-meta">{data.departmentName} · {t("ig.versionLine", { v: data.version, at: formatDateTime(data.publishedAt, lang) })}</p>
      <div className="guide-actions no-print">
        <button type="button" className="btn btn--primary" onClick={() => window.print()}>{t("ig.print")}</button>
        {eff && <a className="btn" href={itemHref}>{t("ig.backToItem")}</a>}
        <span className="small muted">{t("ig.printHint")}</span>
      </div>
      {eff && (eff.situation.description || eff.situation.notes) && (
        <GuideSection id="g-situation" title={t("ig.situation")}>
          {eff.situation.description && <Paragraphs text={eff.situation.description} />}
          {eff.situation.notes && <Paragraphs text={eff.situation.notes} />}
        </GuideSection>
      )}
      <GuideFacts item={item} deptName={data.departmentName} />
      <Situations view={data} current={eff?.situation.id} />
      <UsedIn view={data} />
      <GuideConditions text={eff?.accept_condition ?? item.accept_condition} />
      <GuideMaterials materials={eff?.materials ?? item.materials} itemId={item.id} version={data.version} form={form} />
      <GuideFees charges={eff?.charges ?? item.charges} isCharge={item.is_charge || (eff?.charges.length ?? 0) > 0} />
      <GuideLimits anticipate={eff?.anticipate_day ?? item.anticipate_day} promise={eff?.promise_day ?? item.promise_day} item={item} />
      <GuideWhere item={item} deptName={data.departmentName} />
      <GuideSection id="g-basis" title={t("ig.basis")}><Paragraphs text={item.by_law} /></GuideSection>
      <GuideSteps steps={item.steps} />
      <GuideFaq qa={item.qa} />
      <p className="guide-foot small muted">{t("ig.printedAt", { v: data.version })}</p>
    </article>
  );
}
