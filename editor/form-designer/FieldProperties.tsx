// Properties panel of the selected field: title, key, required, format, options, length limits, help, and
// visibleIf / requiredIf built with the shared condition builder (no JSON typing).
import type { Condition } from "../../spec/conditions.js";
import { ConditionBuilder } from "../designers/common/ConditionBuilder.js";
import type { ConditionVariable } from "../designers/common/conditions.js";
import { isRequired, renameField, replaceField, setRequired, fieldAt, type FieldPath, type Json } from "./model.js";
import { KindProperties } from "./KindProperties.js";
import { useI18n } from "../i18n.js";

const FORMATS = ["", "date", "email", "data-url", "cn-idcard", "cn-uscc", "cn-mobile", "cn-phone", "cn-contact-phone", "cn-postal-code", "cn-region-code", "cn-bank-account"];

/** Props: the form schema, the selected path, condition variables and setters. */
export function FieldProperties({ schema, path, variables, onSchema, onSelect, rule, onRule, idPrefix }: {
  schema: Json; path: FieldPath; variables: ConditionVariable[]; onSchema(next: Json, label: string): void; onSelect(p: FieldPath): void;
  rule: { visibleIf?: Condition; requiredIf?: Condition }; onRule(next: { visibleIf?: Condition; requiredIf?: Condition }, label: string): void; idPrefix: string;
}) {
  const { t } = useI18n();
  const field = fieldAt(schema, path);
  if (!field) return <p className="muted">{t("ed.fd.selectField")}</p>;
  const key = path[path.length - 1]!;
  const title = typeof field.title === "string" ? field.title : key;
  const set = (prop: string, value: unknown) => {
    const next = { ...field };
    if (value === undefined || value === "") delete next[prop];
    else next[prop] = value;
    onSchema(replaceField(schema, path, next), t("ed.fd.undo.change", { title, prop }));
  };
  const isMulti = field.type === "array" && (field.items as Json | undefined)?.enum !== undefined;
  const options = (isMulti ? (field.items as Json).enum : field.enum) as unknown[] | undefined;
  const setOptions = (text: string) => {
    const list = text.split("\n").map((s) => s.trim()).filter(Boolean);
    if (isMulti) set("items", { ...(field.items as Json), enum: list });
    else set("enum", list.length ? list : undefined);
  };
  const id = (p: string) => `${idPrefix}-prop-${p}`;
  const num = (v: string) => (v === "" ? undefined : Math.max(0, Math.floor(Number(v))));
  const isText = field.type === "string" && !field.enum && field.format !== "data-url" && field.format !== "date";
  return (
    <div data-testid="field-properties">
      <h3 style={{ fontSize: "1rem" }}>{t("ed.fd.properties")}</h3>
      <div className="field"><label htmlFor={id("title")}>{t("ed.fd.title")}</label>
        <input id={id("title")} type="text" value={title} onChange={(e) => set("title", e.target.value)} /></div>
      <div className="field"><label htmlFor={id("key")}>{t("ed.fd.key")}</label>
        <input id={id("key")} type="text" defaultValue={key} key={key} pattern="[A-Za-z_][A-Za-z0-9_]*"
          onBlur={(e) => { const k = e.target.value.trim(); if (k && k !== key && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) { onSchema(renameField(schema, path, k), t("ed.fd.undo.rename", { title })); onSelect([...path.slice(0, -1), k]); } }} />
        <p className="field__help">{t("ed.fd.keyHelp")}</p></div>
      <label className="choice"><input type="checkbox" checked={isRequired(schema, path)}
        onChange={(e) => onSchema(setRequired(schema, path, e.target.checked), t(e.target.checked ? "ed.fd.undo.setRequired" : "ed.fd.undo.unsetRequired", { title }))} /> {t("ed.fd.required")}</label>
      {field.type === "string" && (
        <div className="field"><label htmlFor={id("format")}>{t("ed.fd.format")}</label>
          <select id={id("format")} value={typeof field.format === "string" ? field.format : ""} onChange={(e) => set("format", e.target.value)}>
            {FORMATS.map((f) => <option key={f} value={f}>{f || t("ed.fd.noFormat")}</option>)}
          </select></div>
      )}
      {(options || field.type === "string") && !isText || options ? (
        <div className="field"><label htmlFor={id("enum")}>{t("ed.fd.options")}</label>
          <textarea id={id("enum")} rows={4} defaultValue={(options ?? []).map(String).join("\n")} key={`${key}-${(options ?? []).join("|")}`} onBlur={(e) => setOptions(e.target.value)} /></div>
      ) : null}
      {isText && (
        <div className="row" style={{ gap: ".5rem" }}>
          <div className="field"><label htmlFor={id("min")}>{t("ed.fd.minLength")}</label>
            <input id={id("min")} type="number" min={0} value={field.minLength === undefined ? "" : String(field.minLength)} onChange={(e) => set("minLength", num(e.target.value))} /></div>
          <div className="field"><label htmlFor={id("max")}>{t("ed.fd.maxLength")}</label>
            <input id={id("max")} type="number" min={0} value={field.maxLength === undefined ? "" : String(field.maxLength)} onChange={(e) => set("maxLength", num(e.target.value))} /></div>
        </div>
      )}
      <div className="field"><label htmlFor={id("help")}>{t("ed.fd.help")}</label>
        <textarea id={id("help")} rows={2} value={typeof field.description === "string" ? field.description : ""} onChange={(e) => set("description", e.target.value)} /></div>
      <KindProperties field={field} onField={(next, label) => onSchema(replaceField(schema, path, next), t("ed.fd.undo.ofField", { title, change: label }))} idPrefix={idPrefix} />
      <h4>{t("ed.fd.visibleIf")}</h4>
      <ConditionBuilder label={t("ed.fd.visibleIfOf", { title })} value={rule.visibleIf} variables={variables} emptyText={t("ed.fd.alwaysShown")}
        onChange={(c) => onRule({ ...rule, visibleIf: c }, t("ed.fd.undo.visibleIf", { title }))} />
      <h4>{t("ed.fd.requiredIf")}</h4>
      <ConditionBuilder label={t("ed.fd.requiredIfOf", { title })} value={rule.requiredIf} variables={variables} emptyText={t("ed.fd.byRequired")}
        onChange={(c) => onRule({ ...rule, requiredIf: c }, t("ed.fd.undo.requiredIf", { title }))} />
    </div>
  );
}
