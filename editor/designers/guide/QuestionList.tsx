// The guide's question list: each card's open state is kept here by position (not derived from the title or id,
// which change while the designer types), following the cards when they are added, moved and removed.
import { useState } from "react";
import { QuestionCard } from "./QuestionCard.js";
import type { ConditionVariable } from "../common/conditions.js";
import { freshId, type Json } from "../common/doc.js";
import { useI18n } from "../../i18n.js";

interface Props {
  questions: Json[];
  answers: ConditionVariable[];
  setQuestions(qs: Json[], label: string): void;
}

/** The questions with add, move and remove; why: one place keeps which cards are open while they are edited. */
export function QuestionList({ questions, answers, setQuestions }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set());
  const toggle = (i: number, isOpen: boolean) => setOpen((s) => {
    if (s.has(i) === isOpen) return s;
    const next = new Set(s);
    if (isOpen) next.add(i); else next.delete(i);
    return next;
  });
  const move = (i: number, d: number) => {
    const qs = [...questions];
    const [m] = qs.splice(i, 1);
    qs.splice(i + d, 0, m!);
    setOpen((s) => new Set([...s].map((x) => (x === i ? i + d : x === i + d ? i : x))));
    setQuestions(qs, t("ed.guide.undo.reorder"));
  };
  const remove = (i: number) => {
    setOpen((s) => new Set([...s].filter((x) => x !== i).map((x) => (x > i ? x - 1 : x))));
    setQuestions(questions.filter((_, j) => j !== i), t("ed.guide.undo.removeQuestion"));
  };
  const add = () => {
    const id = freshId("q", questions.map((q) => String(q.id))).replace("-", "");
    setOpen((s) => new Set([...s, questions.length]));
    setQuestions([...questions, { id, title: t("ed.guide.newQuestion"), type: "boolean", options: [] }], t("ed.guide.undo.addQuestion"));
  };
  return (
    <>
      <ol className="qlist">
        {questions.map((q, i) => (
          <QuestionCard key={i} q={q} index={i} count={questions.length} open={open.has(i)} onToggle={(o) => toggle(i, o)}
            earlier={answers.filter((v) => questions.slice(0, i).some((x) => `answers.${String(x.id)}` === v.path))}
            onChange={(nq, label) => setQuestions(questions.map((x, j) => (j === i ? nq : x)), label)}
            onMove={(d) => move(i, d)} onRemove={() => remove(i)} />
        ))}
      </ol>
      <button type="button" className="btn" onClick={add}>{t("ed.guide.addQuestion")}</button>
    </>
  );
}
