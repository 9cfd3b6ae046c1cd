// The guide's questions as accessible radio / checkbox groups; each change updates the answers at once.
import type { GuideQuestion } from "../../spec/bundle.js";
import type { Answers } from "../../spec/guide.js";
import { useI18n } from "../shared/i18n.js";

/** Renders the visible questions. */
export function GuideQuestions({ questions, answers, onAnswer }: { questions: GuideQuestion[]; answers: Answers; onAnswer(id: string, v: Answers[string]): void }) {
  const { t } = useI18n();
  return (
    <div className="stack">
      {questions.map((q) => {
        const name = `q-${q.id}`;
        const options = q.type === "boolean" ? [{ value: "true", label: t("guide.yes") }, { value: "false", label: t("guide.no") }] : q.options;
        const value = answers[q.id];
        return (
          <fieldset key={q.id} className="card" aria-describedby={q.help ? `${name}-help` : undefined}>
            <legend>{q.title}</legend>
            {q.help && <p className="field__help" id={`${name}-help`}>{q.help}</p>}
            <div className="choices">
              {options.map((o, i) => {
                const id = `${name}-${i}`;
                if (q.type === "multi") {
                  const list = Array.isArray(value) ? value : [];
                  return (
                    <label key={o.value} className="choice" htmlFor={id}>
                      <input type="checkbox" id={id} name={name} checked={list.includes(o.value)}
                        onChange={(e) => onAnswer(q.id, e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value))} />
                      {o.label}
                    </label>
                  );
                }
                const checked = q.type === "boolean" ? value === (o.value === "true") : value === o.value;
                return (
                  <label key={o.value} className="choice" htmlFor={id}>
                    <input type="radio" id={id} name={name} checked={checked}
                      onChange={() => onAnswer(q.id, q.type === "boolean" ? o.value === "true" : o.value)} />
                    {o.label}
                  </label>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
