// The one-time complete notice (一次告知) for the current answers: items that apply, items skipped,
// materials to prepare (and which the government already holds), time limits and fees.
import { calendarDays } from "../../spec/common.js";
import type { Guide } from "../../spec/bundle.js";
import type { Notice } from "../../spec/guide.js";
import { useI18n } from "../shared/i18n.js";
import { href } from "../shared/router.js";
import { promisedLimits, skippedByAnswers, statutoryTotals, type DayTotals } from "./notice-view.js";

/** Renders a notice; announced politely as answers change. `guides`: the items with a published service guide, the
 *  only ones linked to it (an item imported without a form, or embedded in the one-thing, has none). */
export function NoticePanel({ notice, guide, guides = [] }: { notice: Notice; guide: Pick<Guide, "applicability">; guides?: string[] }) {
  const { t } = useI18n();
  const { skipped, pending } = skippedByAnswers(notice, guide);
  const days = (totals: DayTotals) => totals.map((r) => t(calendarDays(r.unit) ? "portal.calendarDays" : "portal.workingDays", { n: r.days })).join(" + ");
  // the one-thing's own promise (its flow's, as the 受理通知书 says) when it states one; else each unit's longest item
  const promised = notice.promise ? [notice.promise].filter((p) => p.days > 0) : promisedLimits(notice);
  return (
    <section className="card" aria-labelledby="notice-title" aria-live="polite">
      <h2 id="notice-title">{t("guide.notice")}</h2>
      <h3>{t("guide.applies", { n: notice.items.length })}</h3>
      <ul>
        {notice.items.map((i) => (
          <li key={i.id}>{i.name} <span className="muted small">{t("common.inParens", { text: i.departmentName })}</span> {guides.includes(i.id) && <a className="small" href={href(`/items/${encodeURIComponent(i.id)}`)} aria-label={t("ig.guideOf", { name: i.name })}>{t("ig.itemGuide")}</a>}</li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <>
          <h3>{t("guide.skipped")}</h3>
          <ul className="muted">{skipped.map((i) => <li key={i.id}>{i.name}</li>)}</ul>
        </>
      )}
      {pending.length > 0 && (
        <>
          <h3>{t("guide.pending")}</h3>
          <ul className="muted">{pending.map((i) => <li key={i.id}>{i.name}</li>)}</ul>
        </>
      )}
      <h3>{t("guide.materials")}</h3>
      {notice.materials.length === 0 ? <p>{t("guide.noMaterials")}</p> : (
        <ul>
          {notice.materials.map((m) => (
            <li key={`${m.item}/${m.id}`}>
              {m.name}
              {m.heldByGovernment && <span className="badge badge--approved" style={{ marginLeft: ".4rem" }}>{t("guide.held")}</span>}
              {m.deferrable && <span className="badge badge--due_soon" style={{ marginLeft: ".4rem" }}>{t("guide.deferrable", { n: m.deferralDays ?? "-" })}</span>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>{promised.length === 0 ? t("guide.promisedImmediate") : t("guide.promised", { days: days(promised) })}</strong>
        <span className="muted small">{t("common.inParens", { text: t("guide.statutory", { days: days(statutoryTotals(notice)) }) })}</span>
        {notice.free && <> · {t("guide.free")}</>}
      </p>
    </section>
  );
}
