// Adding items by import: an item JSON (checked against the item spec) or a plain JSON Schema form (bound to the
// data dictionary and reviewed field by field before it becomes a new item).
import { useState } from "react";
import { parseJsonText } from "../../spec/binding/json-text.js";
import { validateItem } from "../../spec/spec-validation.js";
import type { DepartmentOption } from "../state/draft-store.js";
import { useMsg } from "../designers/common/lang.js";
import { BindingReview } from "./BindingReview.js";
import { blankItem, nextItemId } from "./newItem.js";
import type { Json } from "../../spec/common.js";
import { useI18n } from "../i18n.js";

/** Props: which import, the taken ids, the bundle's lead and audience, where to add the item. */
export function ImportPanel({ mode, takenIds, lead, audience, departments, onAdd, onClose }: {
  mode: "item" | "form"; takenIds: string[]; lead: string; audience: "person" | "enterprise"; departments: DepartmentOption[];
  onAdd(item: Json, label: string): void; onClose(): void;
}) {
  const { t } = useI18n();
  const M = useMsg();
  const [text, setText] = useState("");
  const [error, setError] = useState<string[]>();
  const [review, setReview] = useState<Json>();
  const [taskName, setTaskName] = useState("");
  const [dept, setDept] = useState(lead);
  const readFile = async (f: File | undefined) => { if (f) setText(await f.text()); };
  const parse = (): Json | undefined => {
    const r = parseJsonText(text);
    if (!r.ok) {
      setError([t("ed.items.import.syntax", { at: r.error.line ? (r.error.column ? t("ed.items.import.atLineColumn", { line: r.error.line, column: r.error.column }) : t("ed.items.import.atLine", { line: r.error.line })) : "", message: M(r.error.message) })]);
      return undefined;
    }
    if (!r.value || typeof r.value !== "object" || Array.isArray(r.value)) { setError([t("ed.json.notObject")]); return undefined; }
    return r.value as Json;
  };
  const next = () => {
    setError(undefined);
    const v = parse();
    if (!v) return;
    if (mode === "item") {
      const res = validateItem(v);
      if (!res.ok) return setError(res.problems.map((p) => `${p.pointer || "/"}${t("common.labelSeparator")}${M(p.message)}`));
      if (takenIds.includes(String(v.id))) return setError([t("ed.items.import.duplicateId", { id: String(v.id) })]);
      onAdd(v, t("ed.items.import.undoItem", { name: String(v.task_name) }));
      return onClose();
    }
    const schema = (v.schema && typeof v.schema === "object" ? v.schema : v) as Json;
    if (schema.type !== "object") return setError([t("ed.items.import.notObjectSchema")]);
    if (!taskName.trim()) setTaskName(typeof schema.title === "string" ? schema.title : "");
    setReview(schema);
  };
  const heading = mode === "item" ? t("ed.items.importJson") : t("ed.items.importSchema");
  return (
    <section className="card" aria-labelledby="import-title" style={{ marginBottom: "1rem" }}>
      <h3 id="import-title">{heading}</h3>
      {!review ? (
        <>
          <div className="field">
            <label htmlFor="import-file">{t("ed.items.import.file")}</label>
            <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void readFile(e.target.files?.[0])} />
          </div>
          <div className="field">
            <label htmlFor="import-text">{t("ed.items.import.paste")}</label>
            <textarea id="import-text" className="code" rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
          </div>
          {error && <ul className="alert alert--error" role="alert" data-testid="import-errors">{error.map((e, i) => <li key={i}>{e}</li>)}</ul>}
          <div className="row" style={{ gap: ".5rem" }}>
            <button type="button" className="btn btn--primary" onClick={next} disabled={!text.trim()}>{t(mode === "item" ? "ed.items.import.import" : "ed.items.import.recognise")}</button>
            <button type="button" className="btn" onClick={onClose}>{t("ed.cancel")}</button>
          </div>
        </>
      ) : (
        <>
          <div className="form-grid-2">
            <div className="field">
              <label htmlFor="import-task-name">{t("ed.element.task_name")}</label>
              <input id="import-task-name" type="text" value={taskName} onChange={(e) => setTaskName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="import-dept">{t("ed.element.department")}</label>
              <select id="import-dept" value={dept} onChange={(e) => setDept(e.target.value)}>
                {departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </select>
            </div>
          </div>
          <BindingReview schema={review} audience={audience} onCancel={onClose} onDone={(schema) => {
            const name = taskName.trim() || t("ed.items.import.defaultName");
            const id = nextItemId(takenIds);
            onAdd(blankItem(id, name, dept, departments.find((d) => d.id === dept)?.name ?? dept, { schema }), t("ed.items.import.undoForm", { name }));
            onClose();
          }} />
        </>
      )}
    </section>
  );
}
