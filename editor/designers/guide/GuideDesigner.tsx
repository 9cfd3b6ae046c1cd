// The guide designer (情形化引导): the questions, what each answer makes applicable — items (applicability),
// materials (handle_case) and smart-form fields (form.rules visibleIf / requiredIf) — and a tester showing the
// resulting one-time notice and the number of situations covered.
import { useMemo, useState } from "react";
import "../common/designers.css";
import type { DesignerProps } from "../../state/draft-store.js";
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import { arr, freshId, obj, type Json } from "../common/doc.js";
import { TextField } from "../common/fields.js";
import { useL } from "../common/lang.js";
import { answerVariables, dataVariables, schemaAt } from "../common/variables.js";
import { GuideTester } from "./GuideTester.js";
import { QuestionCard } from "./QuestionCard.js";

/** The guide designer (DesignerProps contract of the editor shell). */
export function GuideDesigner({ doc, onChange, departments }: DesignerProps) {
  const L = useL();
  const guide = obj(doc.guide);
  const questions = arr<Json>(guide.questions);
  const applicability = obj(guide.applicability);
  const items = arr<Json>(doc.items);
  const form = obj(doc.form);
  const rules = obj(form.rules);
  const answers = useMemo(() => answerVariables(doc), [doc]);
  const dataVars = useMemo(() => dataVariables(doc), [doc]);
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
    onChange({ ...doc, items: nextItems }, L("修改材料适用情形", "Edit material condition"));
  };
  const fieldTitle = (p: string) => String(schemaAt(form.schema, p)?.title ?? p);
  const fieldOptions = Object.keys(obj(form.provenance)).filter((p) => !(p in rules));

  return (
    <div className="guided" data-testid="guide-designer">
      <div>
        <section className="dpanel" aria-labelledby="guide-q-title">
          <h2 id="guide-q-title">{L("引导问题", "Questions")}</h2>
          <TextField label={L("引导语", "Introduction")} value={String(guide.intro ?? "")} multiline onChange={(v) => setGuide({ ...guide, intro: v || undefined }, L("修改引导语", "Edit intro"))} />
          <ol className="qlist">
            {questions.map((q, i) => (
              <QuestionCard key={i} q={q} index={i} count={questions.length} open={q.title === L("新问题", "New question")}
                earlier={answers.filter((v) => questions.slice(0, i).some((x) => `answers.${String(x.id)}` === v.path))}
                onChange={(nq, label) => setQuestions(questions.map((x, j) => (j === i ? nq : x)), label)}
                onMove={(d) => { const qs = [...questions]; const [m] = qs.splice(i, 1); qs.splice(i + d, 0, m!); setQuestions(qs, L("调整问题顺序", "Reorder questions")); }}
                onRemove={() => setQuestions(questions.filter((_, j) => j !== i), L("删除问题", "Remove question"))} />
            ))}
          </ol>
          <button type="button" className="btn" onClick={() => setQuestions([...questions, { id: freshId("q", questions.map((q) => String(q.id))).replace("-", ""), title: L("新问题", "New question"), type: "boolean", options: [] }], L("添加问题", "Add question"))}>
            {L("＋ 添加问题", "+ Add question")}
          </button>
        </section>

        <section className="dpanel" aria-labelledby="guide-items-title">
          <h2 id="guide-items-title">{L("事项适用条件", "When each item applies")}</h2>
          <p className="muted small">{L("没有条件的事项对所有申请人都要办理。", "Items without a condition always apply.")}</p>
          {items.map((it) => {
            const id = String(it.id);
            return (
              <ConditionBuilder key={id} label={`${String(it.task_name ?? id)}`} value={applicability[id] as Condition | undefined} variables={answers}
                emptyText={L("始终办理", "Always applies")}
                onChange={(c) => { const next = { ...applicability }; if (c === undefined) delete next[id]; else next[id] = c; setGuide({ ...guide, applicability: next }, L("修改事项适用条件", "Edit applicability")); }} />
            );
          })}
        </section>

        <section className="dpanel" aria-labelledby="guide-mat-title">
          <h2 id="guide-mat-title">{L("材料适用情形", "When each material is needed")}</h2>
          {items.map((it, i) => (
            <details key={String(it.id)}>
              <summary>{String(it.task_name ?? it.id)}（{arr(it.materials).length} {L("项材料", "materials")}）</summary>
              {arr<Json>(it.materials).map((m, j) => (
                <ConditionBuilder key={String(m.id ?? j)} label={String(m.material_name ?? m.id)} value={m.handle_case as Condition | undefined} variables={[...answers, ...dataVars]}
                  emptyText={L("始终需要", "Always needed")} onChange={(c) => setMaterialCase(i, j, c)} />
              ))}
            </details>
          ))}
        </section>

        <section className="dpanel" aria-labelledby="guide-rules-title">
          <h2 id="guide-rules-title">{L("字段规则（智能表单）", "Field rules (smart form)")}</h2>
          {Object.entries(rules).map(([pointer, rule]) => {
            const r = obj(rule);
            const setRule = (key: "visibleIf" | "requiredIf", c: Condition | undefined) => {
              const nr = { ...r };
              if (c === undefined) delete nr[key]; else nr[key] = c;
              const next = { ...rules };
              if (Object.keys(nr).length) next[pointer] = nr; else delete next[pointer];
              setRules(next, L("修改字段规则", "Edit field rule"));
            };
            return (
              <details key={pointer}>
                <summary>{fieldTitle(pointer)} <code className="small">{pointer}</code></summary>
                <ConditionBuilder label={L("何时显示", "Visible when")} value={r.visibleIf as Condition | undefined} variables={[...answers, ...dataVars]} emptyText={L("始终显示", "Always visible")} onChange={(c) => setRule("visibleIf", c)} />
                <ConditionBuilder label={L("何时必填", "Required when")} value={r.requiredIf as Condition | undefined} variables={[...answers, ...dataVars]} emptyText={L("按表单定义", "As the schema says")} onChange={(c) => setRule("requiredIf", c)} />
                <button type="button" className="btn btn--small btn--danger" onClick={() => { const next = { ...rules }; delete next[pointer]; setRules(next, L("删除字段规则", "Remove rule")); }}>{L("删除规则", "Remove rule")}</button>
              </details>
            );
          })}
          <div className="row">
            <label htmlFor="new-rule" className="visually-hidden">{L("为字段添加规则", "Add a rule for a field")}</label>
            <select id="new-rule" value={newRule} onChange={(e) => setNewRule(e.target.value)}>
              <option value="">{L("— 选择字段 —", "— field —")}</option>
              {fieldOptions.map((p) => <option key={p} value={p}>{fieldTitle(p)}</option>)}
            </select>
            <button type="button" className="btn btn--small" disabled={!newRule} onClick={() => { setRules({ ...rules, [newRule]: { visibleIf: true } }, L("添加字段规则", "Add rule")); setNewRule(""); }}>{L("添加规则", "Add rule")}</button>
          </div>
        </section>
      </div>
      <div className="guided__tester">
        <GuideTester doc={doc} departments={departments} />
      </div>
    </div>
  );
}
