// The guide designer (情形化引导): the questions, what each answer makes applicable — items (applicability),
// materials (handle_case) and smart-form fields (form.rules visibleIf / requiredIf) — and a tester showing the
// resulting one-time notice and the number of situations covered.
import { useMemo, useState } from "react";
import "../common/designers.css";
import type { DesignerProps } from "../../state/draft-store.js";
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import { arr, obj, type Json } from "../common/doc.js";
import { TextField } from "../common/fields.js";
import { useI18n } from "../../i18n.js";
import { answerVariables, dataVariables, schemaAt } from "../common/variables.js";
import { fieldLabels } from "../common/field-labels.js";
import { GuideTester } from "./GuideTester.js";
import { QuestionList } from "./QuestionList.js";
import { ruleTargets } from "./rule-targets.js";
import { ItemMaterialCases } from "./ItemMaterialCases.js";
import { firstRowCondition } from "../common/conditions.js";

/** The guide designer (DesignerProps contract of the editor shell). */
export function GuideDesigner({ doc, onChange, departments }: DesignerProps) {
  const { t, lang } = useI18n();
  const guide = obj(doc.guide);
  const questions = arr<Json>(guide.questions);
  const applicability = obj(guide.applicability);
  const items = arr<Json>(doc.items);
  const form = obj(doc.form);
  const rules = obj(form.rules);
  const answers = useMemo(() => answerVariables(doc, lang), [doc, lang]);
  const dataVars = useMemo(() => dataVariables(doc, lang), [doc, lang]);
  const setGuide = (g: Json, label: string) => onChange({ ...doc, guide: g }, label);
  const setQuestions = (qs: Json[], label: string) => setGuide({ ...guide, questions: qs }, label);
  const setRules = (r: Json, label: string) => onChange({ ...doc, form: { ...form, rules: r } }, label);
  const [newRule, setNewRule] = useState("");

  const setMaterialCase = (itemIdx: number, matIdx: number, c: Condition | undefined) => {
    const nextItems = items.map((it, i) => {
      if (i !== itemIdx) return it;
      const mats = arr<Json>(it.materials).map((m, j) => {
        if (j !== matIdx) return m;
        const n = { ...m };
        if (c === undefined) delete n.handle_case; else n.handle_case = c;
        return n;
      });
      return { ...it, materials: mats };
    });
    onChange({ ...doc, items: nextItems }, t("ed.guide.undo.materialCase"));
  };
  // Section and, where labels repeat, the forms: two "银行账号" in the picker are two fields nobody can choose between.
  // Sections too: a rule on 代办人 shows or requires the whole section (the consistency check reads the section's rule).
  const targets = useMemo(() => ruleTargets(form), [form]);
  const sections = new Set(targets.filter((x) => x.section).map((x) => x.pointer));
  const labels = fieldLabels(form, [...new Set([...targets.map((x) => x.pointer), ...Object.keys(rules)])], (id) => String(items.find((i) => i.id === id)?.task_name ?? id));
  const fieldTitle = (p: string) => {
    const l = labels.get(p) ?? String(schemaAt(form.schema, p)?.title ?? p);
    return sections.has(p) ? t("ed.guide.rules.section", { path: l }) : l;
  };
  const fieldOptions = targets.map((x) => x.pointer).filter((p) => !(p in rules));
  // a new rule starts as one condition row on the first question (never as JSON to type); none yet: an empty rule
  const addRule = (p: string) => {
    const first = answers[0];
    setRules({ ...rules, [p]: first ? { visibleIf: firstRowCondition(first) } : {} }, t("ed.guide.undo.addRule"));
  };

  return (
    <div className="guided" data-testid="guide-designer">
      <div>
        <section className="dpanel" aria-labelledby="guide-q-title">
          <h2 id="guide-q-title">{t("ed.guide.questions.title")}</h2>
          <TextField label={t("ed.guide.intro")} value={String(guide.intro ?? "")} multiline onChange={(v) => setGuide({ ...guide, intro: v || undefined }, t("ed.guide.undo.intro"))} />
          <QuestionList questions={questions} answers={answers} setQuestions={setQuestions} />
        </section>

        <section className="dpanel" aria-labelledby="guide-items-title">
          <h2 id="guide-items-title">{t("ed.guide.items.title")}</h2>
          <p className="muted small">{t("ed.guide.items.hint")}</p>
          {items.map((it) => {
            const id = String(it.id);
            return (
              <ConditionBuilder key={id} label={`${String(it.task_name ?? id)}`} value={applicability[id] as Condition | undefined} variables={answers}
                emptyText={t("ed.guide.items.always")}
                onChange={(c) => { const next = { ...applicability }; if (c === undefined) delete next[id]; else next[id] = c; setGuide({ ...guide, applicability: next }, t("ed.guide.undo.applicability")); }} />
            );
          })}
        </section>

        <section className="dpanel" aria-labelledby="guide-mat-title">
          <h2 id="guide-mat-title">{t("ed.guide.materials.title")}</h2>
          {items.map((it, i) => (
            <ItemMaterialCases key={String(it.id)} item={it} variables={[...answers, ...dataVars]} onCase={(j, c) => setMaterialCase(i, j, c)} />
          ))}
        </section>

        <section className="dpanel" aria-labelledby="guide-rules-title">
          <h2 id="guide-rules-title">{t("ed.guide.rules.title")}</h2>
          {Object.entries(rules).map(([pointer, rule]) => {
            const r = obj(rule);
            const setRule = (key: "visibleIf" | "requiredIf", c: Condition | undefined) => {
              const nr = { ...r };
              if (c === undefined) delete nr[key]; else nr[key] = c;
              const next = { ...rules };
              if (Object.keys(nr).length) next[pointer] = nr; else delete next[pointer];
              setRules(next, t("ed.guide.undo.rule"));
            };
            return (
              <details key={pointer}>
                <summary>{fieldTitle(pointer)}</summary>
                <ConditionBuilder label={t("ed.guide.rules.visibleWhen")} value={r.visibleIf as Condition | undefined} variables={[...answers, ...dataVars]} emptyText={t("ed.guide.rules.alwaysVisible")} onChange={(c) => setRule("visibleIf", c)} />
                <ConditionBuilder label={t("ed.guide.rules.requiredWhen")} value={r.requiredIf as Condition | undefined} variables={[...answers, ...dataVars]} emptyText={t("ed.guide.rules.asSchema")} onChange={(c) => setRule("requiredIf", c)} />
                <button type="button" className="btn btn--small btn--danger" onClick={() => { const next = { ...rules }; delete next[pointer]; setRules(next, t("ed.guide.undo.removeRule")); }}>{t("ed.guide.rules.remove")}</button>
              </details>
            );
          })}
          <div className="row">
            <label htmlFor="new-rule" className="visually-hidden">{t("ed.guide.rules.addFor")}</label>
            <select id="new-rule" value={newRule} onChange={(e) => setNewRule(e.target.value)}>
              <option value="">{t("ed.guide.rules.fieldEmpty")}</option>
              {fieldOptions.map((p) => <option key={p} value={p}>{fieldTitle(p)}</option>)}
            </select>
            <button type="button" className="btn btn--small" disabled={!newRule} onClick={() => { addRule(newRule); setNewRule(""); }}>{t("ed.guide.rules.add")}</button>
          </div>
        </section>
      </div>
      <div className="guided__tester">
        <GuideTester doc={doc} departments={departments} />
      </div>
    </div>
  );
}
