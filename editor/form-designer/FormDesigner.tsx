// Form designer of an item's form: a palette (data-dictionary elements and basic types), a canvas where fields
// are added by click or drag and reordered by drag or keyboard, sections and tables, and a properties panel.
import { useMemo, useState, type DragEvent } from "react";
import type { Condition } from "../../spec/conditions.js";
import type { ShownProblem } from "../workspace/problems.js";
import { ELEMENTS } from "../../spec/dictionary/elements.js";
import { fieldKindOf, KIND_BY_NAME } from "../../spec/fields/registry.js";
import type { ConditionVariable } from "../designers/common/conditions.js";
import { FieldProperties } from "./FieldProperties.js";
import { translate, useI18n } from "../i18n.js";
import { useMsg } from "../designers/common/lang.js";
import { BASIC_TYPES, KIND_TYPES, childKeys, fieldAt, freeKey, insertField, isContainer, isRequired, moveField, newFieldSchema, pointerOf, removeField, type FieldPath, type Json } from "./model.js";

type Rule = { visibleIf?: Condition; requiredIf?: Condition };
const DRAG_MIME = "application/x-yijian-field";

/** Condition variables: every non-container field of the form, as data.<path>. */
function formVariables(schema: Json, path: FieldPath = [], out: ConditionVariable[] = []): ConditionVariable[] {
  for (const k of childKeys(schema, path)) {
    const s = fieldAt(schema, [...path, k])!;
    if (isContainer(s)) { if (s.type === "object") formVariables(schema, [...path, k], out); }
    else if (s.type !== "object") { // an object kind (address, date range, signature) is not a condition variable
      const en = (s.type === "array" ? (s.items as Json | undefined)?.enum : s.enum) as unknown[] | undefined;
      out.push({
        path: `data.${[...path, k].join(".")}`, label: translate("ed.fd.fieldVar", { title: String(s.title ?? k) }),
        kind: s.type === "boolean" ? "boolean" : s.type === "number" || s.type === "integer" ? "number" : s.type === "array" ? "multi" : "string",
        ...(en ? { options: en.map((v) => ({ value: String(v), label: String(v) })) } : {}),
      });
    }
  }
  return out;
}

/** Props: the form ({schema, uiSchema, rules?}), its setter and its problems. Rules go to form.rules when the form
 *  has them (smart form), else onto the field as x-visibleIf / x-requiredIf. */
export function FormDesigner({ form, onChange, problems, idPrefix }: { form: Json; onChange(next: Json, label: string): void; problems: ShownProblem[]; idPrefix: string }) {
  const schema = useMemo(() => (form.schema && typeof form.schema === "object" ? form.schema : { type: "object", properties: {} }) as Json, [form.schema]);
  const { t, lang } = useI18n();
  const M = useMsg();
  const [selected, setSelected] = useState<FieldPath>();
  const [filter, setFilter] = useState("");
  const [over, setOver] = useState<string>();
  const variables = useMemo(() => formVariables(schema), [schema]);
  const setSchema = (next: Json, label: string) => onChange({ ...form, schema: next }, label);
  const sel = selected && fieldAt(schema, selected) ? selected : undefined;
  const targetContainer = (): FieldPath => {
    if (!sel) return [];
    return isContainer(fieldAt(schema, sel)!) ? sel : sel.slice(0, -1);
  };
  const add = (kind: string, container = targetContainer(), at?: number) => {
    const s = newFieldSchema(kind, lang);
    const key = freeKey(schema, container, kind.startsWith("el:") ? kind.slice(3) : kind.startsWith("kind:") ? kind.slice(5) : kind);
    setSchema(insertField(schema, container, key, s, at), t("ed.fd.undo.add", { title: String(s.title) }));
    setSelected([...container, key]);
  };
  const move = (path: FieldPath, d: number) => {
    const container = path.slice(0, -1);
    const i = childKeys(schema, container).indexOf(path[path.length - 1]!);
    setSchema(moveField(schema, path, container, d > 0 ? i + 2 : i - 1), t("ed.fd.undo.move", { title: String(fieldAt(schema, path)?.title ?? "") }));
  };
  const onDrop = (e: DragEvent, container: FieldPath, at: number) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(undefined);
    const data = e.dataTransfer.getData(DRAG_MIME);
    if (!data) return;
    const msg = JSON.parse(data) as { palette?: string; path?: FieldPath };
    if (msg.palette) add(msg.palette, container, at);
    else if (msg.path) {
      const keyed = moveField(schema, msg.path, container, at);
      if (keyed !== schema) setSchema(keyed, t("ed.fd.undo.drag", { title: String(fieldAt(schema, msg.path)?.title ?? "") }));
    }
  };
  const allowDrop = (e: DragEvent, id: string) => { if (e.dataTransfer.types.includes(DRAG_MIME)) { e.preventDefault(); setOver(id); } };
  const rule = (path: FieldPath): Rule => {
    if (form.rules && typeof form.rules === "object") return ((form.rules as Json)[pointerOf(schema, path)] ?? {}) as Rule;
    const f = fieldAt(schema, path) ?? {};
    return { visibleIf: f["x-visibleIf"] as Condition | undefined, requiredIf: f["x-requiredIf"] as Condition | undefined };
  };
  const setRule = (path: FieldPath, r: Rule, label: string) => {
    const clean: Json = {};
    if (r.visibleIf !== undefined) clean.visibleIf = r.visibleIf;
    if (r.requiredIf !== undefined) clean.requiredIf = r.requiredIf;
    if (form.rules && typeof form.rules === "object") {
      const rules = { ...(form.rules as Json) };
      const p = pointerOf(schema, path);
      if (Object.keys(clean).length) rules[p] = clean; else delete rules[p];
      onChange({ ...form, rules }, label);
    } else {
      const f = { ...fieldAt(schema, path)! };
      delete f["x-visibleIf"]; delete f["x-requiredIf"];
      if (clean.visibleIf !== undefined) f["x-visibleIf"] = clean.visibleIf;
      if (clean.requiredIf !== undefined) f["x-requiredIf"] = clean.requiredIf;
      setSchema(insertField(schema, path.slice(0, -1), path[path.length - 1]!, f, childKeys(schema, path.slice(0, -1)).indexOf(path[path.length - 1]!)), label);
    }
  };

  const renderList = (container: FieldPath): React.ReactNode => {
    const keys = childKeys(schema, container);
    return keys.map((k, i) => {
      const path = [...container, k];
      const s = fieldAt(schema, path)!;
      const isSel = sel?.join("/") === path.join("/");
      const title = String(s.title ?? k);
      const problem = problems.some((p) => p.pointer.includes(pointerOf(schema, path)));
      const fk = fieldKindOf(s);
      const kind = fk && fk !== "table" ? M(KIND_BY_NAME.get(fk)!.label) : s.type === "object" ? t("ed.fd.type.section") : isContainer(s) ? t("ed.fd.type.table") : String(s.format ?? s.type ?? "");
      return (
        <div key={k}>
          <div className="fd-field" data-selected={isSel} draggable data-testid="fd-field"
            onDragStart={(e) => { e.stopPropagation(); e.dataTransfer.setData(DRAG_MIME, JSON.stringify({ path })); e.dataTransfer.effectAllowed = "move"; }}
            onDragOver={(e) => allowDrop(e, path.join("/"))} onDrop={(e) => onDrop(e, container, i)}
            style={over === path.join("/") ? { borderTop: "3px solid var(--c-primary)" } : undefined}>
            <button type="button" className="linklike grow" style={{ textAlign: "left", textDecoration: "none", color: "inherit" }} onClick={() => setSelected(path)} aria-pressed={isSel}>
              <strong>{title}</strong>{isRequired(schema, path) && <span className="req" aria-label={t("ed.fd.required")}>*</span>} <span className="muted small">{k} · {kind}</span>
              {problem && <span className="tab-badge" aria-label={t("ed.fd.hasProblem")}>!</span>}
            </button>
            <button type="button" className="btn btn--small" disabled={i === 0} onClick={() => move(path, -1)} aria-label={t("ed.fd.moveUp", { title })}>↑</button>
            <button type="button" className="btn btn--small" disabled={i === keys.length - 1} onClick={() => move(path, 1)} aria-label={t("ed.fd.moveDown", { title })}>↓</button>
            <button type="button" className="btn btn--small btn--danger" onClick={() => { setSchema(removeField(schema, path), t("ed.fd.undo.remove", { title })); setSelected(undefined); }} aria-label={t("ed.fd.remove", { title })}>×</button>
          </div>
          {isContainer(s) && (
            <div className="fd-children" onDragOver={(e) => allowDrop(e, `in:${path.join("/")}`)} onDrop={(e) => onDrop(e, path, childKeys(schema, path).length)}
              style={over === `in:${path.join("/")}` ? { background: "var(--c-primary-soft)" } : undefined}>
              {renderList(path)}
              {!childKeys(schema, path).length && <p className="muted small">{t(s.type === "object" ? "ed.fd.emptySection" : "ed.fd.emptyTable")}</p>}
            </div>
          )}
        </div>
      );
    });
  };

  const q = filter.trim();
  const elements = ELEMENTS.filter((el) => !q || el.label.includes(q) || el.key.toLowerCase().includes(q.toLowerCase())).slice(0, 60);
  const paletteItem = (kind: string, label: string) => (
    <button key={kind} type="button" className="btn btn--small" draggable onClick={() => add(kind)}
      onDragStart={(e) => { e.dataTransfer.setData(DRAG_MIME, JSON.stringify({ palette: kind })); e.dataTransfer.effectAllowed = "copy"; }}
      aria-label={t("ed.fd.addPalette", { label })}>+ {label}</button>
  );
  return (
    <div className="split split--3">
      <div aria-label={t("ed.fd.library")} role="group">
        <h3 style={{ fontSize: "1rem" }}>{t("ed.fd.basic")}</h3>
        <div className="palette" data-testid="palette-basic">{BASIC_TYPES.map((b) => paletteItem(b.type, t(b.label)))}</div>
        <h3 style={{ fontSize: "1rem", marginTop: ".75rem" }}>{t("ed.fd.kinds")}</h3>
        <div className="palette" data-testid="palette-kinds">{KIND_TYPES.map((k) => paletteItem(k.type, M(k.label)))}</div>
        <h3 style={{ fontSize: "1rem", marginTop: ".75rem" }}>{t("ed.fd.elements")}</h3>
        <label htmlFor={`${idPrefix}-filter`} className="visually-hidden">{t("ed.fd.searchElements")}</label>
        <input id={`${idPrefix}-filter`} type="search" placeholder={t("ed.fd.searchElements")} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="palette" style={{ maxHeight: "40vh", marginTop: ".25rem" }}>{elements.map((el) => paletteItem(`el:${el.key}`, el.label))}</div>
      </div>
      <div>
        <h3 style={{ fontSize: "1rem" }}>{t("ed.fd.formHeading", { title: String(schema.title ?? ""), n: childKeys(schema, []).length })}</h3>
        <div className={over === "root" ? "fd-canvas fd-canvas--over" : "fd-canvas"} data-testid="fd-canvas"
          onDragOver={(e) => allowDrop(e, "root")} onDragLeave={() => setOver(undefined)} onDrop={(e) => onDrop(e, [], childKeys(schema, []).length)}>
          {renderList([])}
          {!childKeys(schema, []).length && <p className="muted">{t("ed.fd.emptyForm")}</p>}
        </div>
      </div>
      <div>
        {sel ? (
          <FieldProperties schema={schema} path={sel} variables={variables.filter((v) => v.path !== `data.${sel.join(".")}`)} onSchema={setSchema} onSelect={setSelected}
            rule={rule(sel)} onRule={(r, l) => setRule(sel, r, l)} idPrefix={idPrefix} />
        ) : <p className="muted">{t("ed.fd.selectField")}</p>}
      </div>
    </div>
  );
}
