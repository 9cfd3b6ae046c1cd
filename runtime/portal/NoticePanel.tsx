// The one-time complete notice (一次告知) for the current answers: items that apply, items skipped,
// materials to prepare (and which the government already holds), time limits and fees.
import type { Notice } from "../../spec/guide.js";
import { useI18n } from "../shared/i18n.js";
import { href } from "../shared/router.js";

/** Renders a notice; announced politely as answers change. */
export function NoticePanel({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="notice-title" aria-live="polite">
      <h2 id="notice-title">{t("guide.notice")}</h2>
      <h3>{t("guide.applies", { n: notice.items.length })}</h3>
      <ul>
        {notice.items.map((i) => (
          <li key={i.id}>{i.name} <span className="muted small">（{i.departmentName}）</span> <a className="small" href={href(`/items/${encodeURIComponent(i.id)}`)} aria-label={t("ig.guideOf", { name: i.name })}>{t("ig.itemGuide")}</a></li>
        ))}
      </ul>
      {notice.skippedItems.length > 0 && (
        <>
          <h3>{t("guide.skipped")}</h3>
          <ul className="muted">{notice.skippedItems.map((i) => <li key={i.id}>{i.name}</li>)}</ul>
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
        <strong>{notice.promisedDaysParallel === 0 ? t("guide.promisedImmediate") : t("guide.promised", { n: notice.promisedDaysParallel })}</strong>
        <span className="muted small">（{t("guide.statutory", { n: notice.statutoryDaysSequential })}）</span>
        {notice.free && <> · {t("guide.free")}</>}
      </p>
    </section>
  );
}
