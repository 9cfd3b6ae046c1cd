// The guide tester: answer the questions as an applicant would and see the one-time complete notice
// (一次告知) that resolveNotice produces, plus how many distinct situations the guide covers.
import { useMemo, useState } from "react";
import { GuideSchema, type Guide } from "../../../spec/bundle.js";
import { ItemSchema, type Item } from "../../../spec/item.js";
import { countSituations, resolveNotice, visibleQuestions, withDefaults, type Answers } from "../../../spec/guide.js";
import { AnswerInputs } from "../common/AnswerInputs.js";
import { arr, type Json } from "../common/doc.js";
import { useL } from "../common/lang.js";

/** Items and guide of a draft, parsed with their defaults (undefined parts are reported by the shell's problems). */
export function parseGuideParts(doc: Json): { items: Item[]; guide: Guide; error?: string } {
  const items: Item[] = [];
  let error: string | undefined;
  for (const raw of arr(doc.items)) {
    const r = ItemSchema.safeParse(raw);
    if (r.success) items.push(r.data);
    else error = `事项 ${String((raw as Json)?.id ?? "?")} 不完整：${r.error.issues[0]?.message ?? ""}`;
  }
  const g = GuideSchema.safeParse(doc.guide ?? {});
  if (!g.success) error = `引导配置有误：${g.error.issues[0]?.message ?? ""}`;
  return { items, guide: g.success ? g.data : { questions: [], applicability: {} }, ...(error ? { error } : {}) };
}

/** The tester panel. */
export function GuideTester({ doc, departments }: { doc: Json; departments: Array<{ id: string; name: string }> }) {
  const L = useL();
  const { items, guide, error } = useMemo(() => parseGuideParts(doc), [doc]);
  const [answers, setAnswers] = useState<Answers>(() => withDefaults(guide, {}));
  const names = useMemo(() => Object.fromEntries(departments.map((d) => [d.id, d.name])), [departments]);
  const bundle = { items, guide };
  const notice = useMemo(() => resolveNotice({ items, guide }, answers, names), [items, guide, answers, names]);
  const situations = useMemo(() => { try { return String(countSituations(bundle)); } catch (e) { return (e as Error).message; } }, [items, guide]); // eslint-disable-line react-hooks/exhaustive-deps
  const shown = visibleQuestions(guide, answers);
  return (
    <section className="dpanel" aria-labelledby="tester-title" data-testid="guide-tester">
      <h3 id="tester-title">{L("测试引导", "Test the guide")}</h3>
      {error && <p className="alert alert--warning">{error}</p>}
      <div className="figs" role="status">
        <div><span className="muted small">{L("覆盖情形", "Situations")}</span><strong data-testid="situations">{situations}</strong></div>
        <div><span className="muted small">{L("问题", "Questions")}</span><strong>{guide.questions.length}</strong></div>
      </div>
      <AnswerInputs questions={shown} answers={answers} onChange={setAnswers} idPrefix="tester" />
      <button type="button" className="btn btn--small" onClick={() => setAnswers(withDefaults(guide, {}))}>{L("恢复默认答案", "Reset to defaults")}</button>
      <div className="notice" data-testid="notice" aria-live="polite">
        <h4>{L("一次性告知书", "One-time notice")}</h4>
        {notice.unanswered.length > 0 && <p className="alert alert--warning small">{L(`还有 ${notice.unanswered.length} 个问题未回答`, `${notice.unanswered.length} unanswered`)}</p>}
        <div className="figs">
          <div><span className="muted small">{L("办理事项", "Items")}</span><strong>{notice.items.length}</strong></div>
          <div><span className="muted small">{L("需交材料", "Materials")}</span><strong>{notice.materials.filter((m) => !m.heldByGovernment).length}</strong></div>
          <div><span className="muted small">{L("承诺时限", "Promised")}</span><strong>{notice.promisedDaysParallel}</strong></div>
          <div><span className="muted small">{L("分别办理法定合计", "Statutory, one by one")}</span><strong>{notice.statutoryDaysSequential}</strong></div>
          <div><span className="muted small">{L("跑动次数", "Visits")}</span><strong>{notice.visits}</strong></div>
        </div>
        <h4>{L("您需要办理的事项", "Items that apply")}</h4>
        <ul>{notice.items.map((i) => <li key={i.id}>{i.name} <span className="muted small">{i.departmentName} · {L(`承诺 ${i.promisedDays} / 法定 ${i.statutoryDays} 个工作日`, `${i.promisedDays}/${i.statutoryDays} days`)}{i.charges.length ? "" : L(" · 免费", " · free")}</span></li>)}</ul>
        {notice.skippedItems.length > 0 && (<><h4>{L("无需办理", "Not needed")}</h4><ul>{notice.skippedItems.map((i) => <li key={i.id} className="muted">{i.name}</li>)}</ul></>)}
        <h4>{L("需要准备的材料", "Materials")}</h4>
        <ul>
          {notice.materials.map((m) => (
            <li key={`${m.item}/${m.id}`}>{m.name}
              <span className="muted small"> · {m.heldByGovernment ? L("政府已有，免提交", "held by government") : `${m.form}${m.originals ? ` 原件${m.originals}` : ""}${m.copies ? ` 复印件${m.copies}` : ""}`}{m.deferrable ? L(` · 可容缺后补（${m.deferralDays ?? "?"} 个工作日）`, " · may be supplied later") : ""}</span>
            </li>
          ))}
        </ul>
        <p className="small">{notice.free ? L("全部免费。", "Free of charge.") : L("部分事项收费。", "Some items charge fees.")}</p>
      </div>
    </section>
  );
}
