// The guide tester: answer the questions as an applicant would and see the one-time complete notice
// (一次告知) that resolveNotice produces, plus how many distinct situations the guide covers.
import { useMemo, useState } from "react";
import type { z } from "zod";
import { issueMessage } from "../../../spec/issue-messages.js";
import { GuideSchema, type Guide } from "../../../spec/bundle.js";
import { ItemSchema, type Item } from "../../../spec/item.js";
import { countSituations, resolveNotice, TooManyAnswerSets, visibleQuestions, withDefaults, type Answers } from "../../../spec/guide.js";
import { AnswerInputs } from "../common/AnswerInputs.js";
import { arr, type Json } from "../common/doc.js";
import { translate, useI18n, type Lang } from "../../i18n.js";

const issueText = (issue: z.core.$ZodIssue | undefined, root: unknown, lang: Lang): string => {
  if (!issue) return "";
  const m = issueMessage(issue, root);
  return lang === "en" ? m.en : m.zh;
};

/** Items and guide of a draft, parsed with their defaults (undefined parts are reported by the shell's problems). */
export function parseGuideParts(doc: Json, lang: Lang): { items: Item[]; guide: Guide; error?: string } {
  const items: Item[] = [];
  let error: string | undefined;
  for (const raw of arr(doc.items)) {
    const r = ItemSchema.safeParse(raw);
    if (r.success) items.push(r.data);
    // named as staff know it, with what is missing in their words (未填写法定办结时限), never the schema's own text
    else error = translate("ed.guide.test.itemIncomplete", { id: String((raw as Json)?.task_name || (raw as Json)?.id || "?"), message: issueText(r.error.issues[0], raw, lang) }, lang);
  }
  const g = GuideSchema.safeParse(doc.guide ?? {});
  if (!g.success) error = translate("ed.guide.test.guideInvalid", { message: g.error.issues[0]?.message ?? "" }, lang);
  return { items, guide: g.success ? g.data : { questions: [], applicability: {} }, ...(error ? { error } : {}) };
}

/** The tester panel. */
export function GuideTester({ doc, departments }: { doc: Json; departments: Array<{ id: string; name: string }> }) {
  const { t, lang } = useI18n();
  const { items, guide, error } = useMemo(() => parseGuideParts(doc, lang), [doc, lang]);
  const [answers, setAnswers] = useState<Answers>(() => withDefaults(guide, {}));
  const names = useMemo(() => Object.fromEntries(departments.map((d) => [d.id, d.name])), [departments]);
  const bundle = { items, guide };
  const notice = useMemo(() => resolveNotice({ items, guide }, answers, names), [items, guide, answers, names]);
  const situations = useMemo(() => { try { return String(countSituations(bundle)); } catch (e) { if (e instanceof TooManyAnswerSets) return t("ed.guide.test.tooMany", { limit: e.limit.toLocaleString(lang) }); throw e; } }, [items, guide, lang]); // eslint-disable-line react-hooks/exhaustive-deps -- the count depends only on the items, the guide and the language, not on the rest of the bundle
  const shown = visibleQuestions(guide, answers);
  return (
    <section className="dpanel" aria-labelledby="tester-title" data-testid="guide-tester">
      <h3 id="tester-title">{t("ed.guide.test.title")}</h3>
      {error && <p className="alert alert--warning">{error}</p>}
      <div className="figs" role="status">
        <div><span className="muted small">{t("ed.guide.test.situations")}</span><strong data-testid="situations">{situations}</strong></div>
        <div><span className="muted small">{t("ed.guide.test.questions")}</span><strong>{guide.questions.length}</strong></div>
      </div>
      <AnswerInputs questions={shown} answers={answers} onChange={setAnswers} idPrefix="tester" />
      <button type="button" className="btn btn--small" onClick={() => setAnswers(withDefaults(guide, {}))}>{t("ed.guide.test.reset")}</button>
      <div className="notice" data-testid="notice" aria-live="polite">
        <h4>{t("ed.guide.test.notice")}</h4>
        {notice.unanswered.length > 0 && <p className="alert alert--warning small">{t("ed.guide.test.unanswered", { n: notice.unanswered.length })}</p>}
        <div className="figs">
          <div><span className="muted small">{t("ed.guide.test.items")}</span><strong>{notice.items.length}</strong></div>
          <div><span className="muted small">{t("ed.guide.test.materials")}</span><strong>{notice.materials.filter((m) => !m.heldByGovernment).length}</strong></div>
          <div><span className="muted small">{t("ed.guide.test.promised")}</span><strong>{notice.promisedDaysParallel}</strong></div>
          <div><span className="muted small">{t("ed.guide.test.statutorySum")}</span><strong>{notice.statutoryDaysSequential}</strong></div>
          <div><span className="muted small">{t("ed.guide.test.visits")}</span><strong>{notice.visits}</strong></div>
        </div>
        <h4>{t("ed.guide.test.itemsThatApply")}</h4>
        <ul>{notice.items.map((i) => <li key={i.id}>{i.name} <span className="muted small">{i.departmentName} · {t("ed.guide.test.itemDays", { promised: i.promisedDays, statutory: i.statutoryDays })}{i.charges.length ? "" : t("ed.guide.test.free")}</span></li>)}</ul>
        {notice.skippedItems.length > 0 && (<><h4>{t("ed.guide.test.notNeeded")}</h4><ul>{notice.skippedItems.map((i) => <li key={i.id} className="muted">{i.name}</li>)}</ul></>)}
        <h4>{t("ed.guide.test.materialsToPrepare")}</h4>
        <ul>
          {notice.materials.map((m) => (
            <li key={`${m.item}/${m.id}`}>{m.name}
              <span className="muted small"> · {m.heldByGovernment ? t("ed.guide.test.held") : `${m.form}${m.originals ? t("ed.guide.test.originals", { n: m.originals }) : ""}${m.copies ? t("ed.guide.test.copies", { n: m.copies }) : ""}`}{m.deferrable ? t("ed.guide.test.deferrable", { days: m.deferralDays ?? "?" }) : ""}</span>
            </li>
          ))}
        </ul>
        <p className="small">{notice.free ? t("ed.guide.test.allFree") : t("ed.guide.test.someCharged")}</p>
      </div>
    </section>
  );
}
