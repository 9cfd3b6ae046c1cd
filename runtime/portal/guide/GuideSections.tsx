// The sections of a service guide (办事指南) after the materials: 受理条件, fees with their basis, statutory and
// promised limits, where / when / whom to call, 设定依据, process steps and FAQ — each from the published item.
import type { ReactNode } from "react";
import type { Charge, Item } from "../../../spec/item.js";
import { useI18n } from "../../shared/i18n.js";
import { codeLabel } from "../../shared/codes.js";

/** A titled section of the guide (its heading labels it for screen readers and keeps it together on paper). */
export function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="guide-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Text kept as the department wrote it: one paragraph per line. */
export function Paragraphs({ text }: { text: string }) {
  return <>{text.split(/\n+/).filter((l) => l.trim()).map((l, i) => <p key={i}>{l}</p>)}</>;
}

/** 受理条件 */
export function GuideConditions({ text }: { text: string }) {
  const { t } = useI18n();
  return <GuideSection id="g-conditions" title={t("ig.conditions")}>{text.trim() ? <Paragraphs text={text} /> : <p>{t("ig.noConditions")}</p>}</GuideSection>;
}

/** 收费: every fee with its standard, basis and whether it may be reduced. */
export function GuideFees({ charges, isCharge }: { charges: Charge[]; isCharge: boolean }) {
  const { t } = useI18n();
  return (
    <GuideSection id="g-fees" title={t("ig.fees")}>
      {!isCharge && charges.length === 0 ? <p>{t("ig.free")}</p> : (
        <table className="table table--stack guide-table">
          <thead><tr><th scope="col">{t("ig.f.name")}</th><th scope="col">{t("ig.f.standard")}</th><th scope="col">{t("ig.f.basis")}</th><th scope="col">{t("ig.f.reducible")}</th></tr></thead>
          <tbody>
            {charges.map((c, i) => (
              <tr key={i}>
                <td data-label={t("ig.f.name")}>{c.name}</td><td data-label={t("ig.f.standard")}>{c.standard}</td>
                <td data-label={t("ig.f.basis")}>{c.basis ?? ""}</td><td data-label={t("ig.f.reducible")}>{t(c.reducible ? "ig.f.reducibleYes" : "ig.f.reducibleNo")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </GuideSection>
  );
}

/** 办理时限: statutory and promised limits in their units (0 promised days = handled on the spot). */
export function GuideLimits({ anticipate, promise, item }: { anticipate: number; promise: number; item: Pick<Item, "anticipate_type" | "promise_type"> }) {
  const { t } = useI18n();
  const days = (n: number, unit: string) => (n === 0 ? t("ig.immediate") : t("ig.days", { n, unit: codeLabel(t, "unit", unit) }));
  return (
    <GuideSection id="g-limits" title={t("ig.limits")}>
      <dl className="facts">
        <dt>{t("ig.statutory")}</dt><dd>{days(anticipate, item.anticipate_type)}</dd>
        <dt>{t("ig.promised")}</dt><dd>{days(promise, item.promise_type)}</dd>
      </dl>
    </GuideSection>
  );
}

/** 办理地点 / 办理时间 / 咨询电话 / 监督投诉电话 */
export function GuideWhere({ item, deptName }: { item: Pick<Item, "place" | "hours" | "phone" | "complaint_phone">; deptName: string }) {
  const { t } = useI18n();
  const or = (v: string | undefined) => v?.trim() || t("ig.notGiven");
  return (
    <GuideSection id="g-where" title={t("ig.where")}>
      <dl className="facts">
        <dt>{t("ig.place")}</dt><dd>{item.place?.trim() || `${deptName}${t("common.inParens", { text: t("ig.notGiven") })}`}</dd>
        <dt>{t("ig.hours")}</dt><dd>{or(item.hours)}</dd>
        <dt>{t("ig.phone")}</dt><dd>{or(item.phone)}</dd>
        <dt>{t("ig.complaint")}</dt><dd>{or(item.complaint_phone)}</dd>
      </dl>
    </GuideSection>
  );
}

/** 办理流程: the published steps with their office and days. */
export function GuideSteps({ steps }: { steps: Item["steps"] }) {
  const { t } = useI18n();
  return (
    <GuideSection id="g-steps" title={t("ig.steps")}>
      {steps.length === 0 ? <p>{t("ig.noSteps")}</p> : (
        <ol className="guide-steps">
          {steps.map((s, i) => (
            <li key={i}>
              <strong>{s.name}</strong>
              {s.office && <span> · {t("ig.s.office")}{t("common.labelSeparator")}{s.office}</span>}
              {s.days !== undefined && <span> · {t("ig.s.days")}{t("common.labelSeparator")}{s.days === 0 ? t("ig.s.same") : t("ig.s.daysN", { n: s.days })}</span>}
            </li>
          ))}
        </ol>
      )}
    </GuideSection>
  );
}

/** 常见问题 */
export function GuideFaq({ qa }: { qa: Item["qa"] }) {
  const { t } = useI18n();
  return (
    <GuideSection id="g-faq" title={t("ig.faq")}>
      {qa.length === 0 ? <p>{t("ig.noFaq")}</p> : (
        <dl className="guide-faq">
          {qa.map((x, i) => <div key={i}><dt>{x.q}</dt><dd>{x.a}</dd></div>)}
        </dl>
      )}
    </GuideSection>
  );
}
