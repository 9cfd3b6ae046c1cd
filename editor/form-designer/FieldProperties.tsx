// Properties panel of the selected field: title, key, required, format, options, length limits, help, and
// visibleIf / requiredIf built with the shared condition builder (no JSON typing).
import type { Condition } from "../../spec/conditions.js";
import { ConditionBuilder } from "../designers/common/ConditionBuilder.js";
import type { ConditionVariable } from "../designers/common/conditions.js";
import { isRequired, renameField, replaceField, setRequired, fieldAt, type FieldPath, type Json } from "./model.js";
import { KindProperties } from "./KindProperties.js";

const FORMATS = ["", "date", "email", "data-url", "cn-idcard", "cn-uscc", "cn-mobile", "cn-phone", "cn-contact-phone", "cn-postal-code", "cn-region-code", "cn-bank-account"];

/** Props: the form schema, the selected path, condition variables and setters. */
export function FieldProperties({ schema, path, variables, onSchema, onSelect, rule, onRule, idPrefix }: {
  schema: Json; path: FieldPath; variables: ConditionVariable[]; onSchema(next: Json, label: string): void; onSelect(p: FieldPath): void;
  rule: { visibleIf?: Condition; requiredIf?: Condition }; onRule(next: { visibleIf?: Condition; requiredIf?: Condition }, label: string): void; idPrefix: string;
}) {
  const field = fieldAt(schema, path);
  if (!field) return <p className="muted">选择一个字段以编辑其属性。</p>;
  const key = path[path.length - 1]!;
  const title = typeof field.title === "string" ? field.title : key;
  const set = (prop: string, value: unknown) => {
    const next = { ...field };
    if (value === undefined || value === "") delete next[prop];
    else next[prop] = value;
    onSchema(replaceField(schema, path, next), `修改字段「${title}」${prop}`);
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
      <h3 style={{ fontSize: "1rem" }}>字段属性</h3>
      <div className="field"><label htmlFor={id("title")}>标题</label>
        <input id={id("title")} type="text" value={title} onChange={(e) => set("title", e.target.value)} /></div>
      <div className="field"><label htmlFor={id("key")}>键名</label>
        <input id={id("key")} type="text" defaultValue={key} key={key} pattern="[A-Za-z_][A-Za-z0-9_]*"
          onBlur={(e) => { const k = e.target.value.trim(); if (k && k !== key && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) { onSchema(renameField(schema, path, k), `重命名字段「${title}」`); onSelect([...path.slice(0, -1), k]); } }} />
        <p className="field__help">字母、数字和下划线；离开输入框时生效。</p></div>
      <label className="choice"><input type="checkbox" checked={isRequired(schema, path)}
        onChange={(e) => onSchema(setRequired(schema, path, e.target.checked), `${e.target.checked ? "设为必填" : "取消必填"}「${title}」`)} /> 必填</label>
      {field.type === "string" && (
        <div className="field"><label htmlFor={id("format")}>格式</label>
          <select id={id("format")} value={typeof field.format === "string" ? field.format : ""} onChange={(e) => set("format", e.target.value)}>
            {FORMATS.map((f) => <option key={f} value={f}>{f || "（无）"}</option>)}
          </select></div>
      )}
      {(options || field.type === "string") && !isText || options ? (
        <div className="field"><label htmlFor={id("enum")}>选项（每行一个）</label>
          <textarea id={id("enum")} rows={4} defaultValue={(options ?? []).map(String).join("\n")} key={`${key}-${(options ?? []).join("|")}`} onBlur={(e) => setOptions(e.target.value)} /></div>
      ) : null}
      {isText && (
        <div className="row" style={{ gap: ".5rem" }}>
          <div className="field"><label htmlFor={id("min")}>最少字数</label>
            <input id={id("min")} type="number" min={0} value={field.minLength === undefined ? "" : String(field.minLength)} onChange={(e) => set("minLength", num(e.target.value))} /></div>
          <div className="field"><label htmlFor={id("max")}>最多字数</label>
            <input id={id("max")} type="number" min={0} value={field.maxLength === undefined ? "" : String(field.maxLength)} onChange={(e) => set("maxLength", num(e.target.value))} /></div>
        </div>
      )}
      <div className="field"><label htmlFor={id("help")}>填写说明</label>
        <textarea id={id("help")} rows={2} value={typeof field.description === "string" ? field.description : ""} onChange={(e) => set("description", e.target.value)} /></div>
      <KindProperties field={field} onField={(next, label) => onSchema(replaceField(schema, path, next), `「${title}」${label}`)} idPrefix={idPrefix} />
      <h4>显示条件</h4>
      <ConditionBuilder label={`「${title}」的显示条件`} value={rule.visibleIf} variables={variables} emptyText="始终显示"
        onChange={(c) => onRule({ ...rule, visibleIf: c }, `「${title}」显示条件`)} />
      <h4>必填条件</h4>
      <ConditionBuilder label={`「${title}」的必填条件`} value={rule.requiredIf} variables={variables} emptyText="按“必填”设置"
        onChange={(c) => onRule({ ...rule, requiredIf: c }, `「${title}」必填条件`)} />
    </div>
  );
}
