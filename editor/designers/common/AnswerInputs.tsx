// Inputs for answering guide questions (used by the guide tester and the flow simulation).
import type { GuideQuestion, } from "../../../spec/bundle.js";
import type { Answers } from "../../../spec/guide.js";
import { useI18n } from "../../i18n.js";

/** One input per visible question: radio buttons, checkboxes or yes/no. */
export function AnswerInputs({ questions, answers, onChange, idPrefix }: { questions: GuideQuestion[]; answers: Answers; onChange(a: Answers): void; idPrefix: string }) {
  const { t } = useI18n();
  return (
    <div className="answers">
      {questions.map((q) => {
        const value = answers[q.id];
        const set = (v: Answers[string]) => onChange({ ...answers, [q.id]: v });
        const choices = q.type === "boolean" ? [{ value: "true", label: t("ed.cond.answer.yes") }, { value: "false", label: t("ed.cond.answer.no") }] : q.options;
        return (
          <fieldset key={q.id} className="answers__q">
            <legend>{q.title}</legend>
            <div className="answers__opts">
              {choices.map((o) => {
                const id = `${idPrefix}-${q.id}-${o.value}`;
                if (q.type === "multi") {
                  const list = Array.isArray(value) ? value : [];
                  return <label key={o.value} htmlFor={id} className="dcheck"><input id={id} type="checkbox" checked={list.includes(o.value)} onChange={(e) => set(e.target.checked ? [...list, o.value] : list.filter((x) => x !== o.value))} /> {o.label}</label>;
                }
                const checked = q.type === "boolean" ? String(value) === o.value : value === o.value;
                return <label key={o.value} htmlFor={id} className="dcheck"><input id={id} type="radio" name={`${idPrefix}-${q.id}`} checked={checked} onChange={() => set(q.type === "boolean" ? o.value === "true" : o.value)} /> {o.label}</label>;
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
