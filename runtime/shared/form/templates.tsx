// rjsf templates of the smart form: label/for on every field, an error slot that always reserves its line
// (errors never push the layout), aria-describedby targets, a two-column grid that collapses to one at 360 px,
// and text buttons for arrays. Module-level constants: a stable registry keeps re-renders cheap.
import { Fragment } from "react";
import type { ArrayFieldItemTemplateProps, FieldTemplateProps, ObjectFieldTemplateProps, TemplatesType, IconButtonProps, DescriptionFieldProps, FieldHelpProps } from "@rjsf/utils";
import { descriptionId, errorId, helpId, TranslatableString } from "@rjsf/utils";
import { useI18n } from "../i18n.js";
import { hasVisibleFields, isGroup } from "./visible.js";

const WIDE_WIDGETS = new Set(["textarea", "checkboxes", "radio"]);
const isChoiceArray = (schema: { type?: unknown; items?: unknown; uniqueItems?: unknown }) =>
  schema.type === "array" && !!schema.items && typeof schema.items === "object" && ("enum" in schema.items || "oneOf" in schema.items || "anyOf" in schema.items);

/** Wraps one field: label, description, control, error slot, help. */
function FieldTemplate(props: FieldTemplateProps) {
  const { t } = useI18n();
  const { id, label, children, rawErrors, rawHelp, rawDescription, hidden, displayLabel, schema, uiSchema, classNames, readonly } = props;
  // Read-only (workbench, application detail): no required markers and no reserved error line.
  const required = props.required && !readonly;
  if (hidden) return <div hidden>{children}</div>;
  const widget = String(uiSchema?.["ui:widget"] ?? "");
  const composite = schema.type === "object" && !isGroup(schema);
  const isContainer = !composite && (schema.type === "object" || (schema.type === "array" && !isChoiceArray(schema)));
  const isBoolean = schema.type === "boolean" && widget !== "radio" && widget !== "select";
  const wide = isContainer || composite || isChoiceArray(schema) || WIDE_WIDGETS.has(widget) || (schema.type === "string" && typeof schema.maxLength === "number" && schema.maxLength > 200);
  // A sub-heading whose every field is hidden is not drawn (an empty "代办人信息" fieldset, #16).
  if (isContainer && schema.type === "object" && !hasVisibleFields(schema, uiSchema)) return null;
  if (isContainer && schema.type === "object") return <div className={`field field--wide ${classNames ?? ""}`}>{children}</div>;
  // Arrays of rows title themselves (ArrayFieldTitleTemplate); a <label> would point at no control.
  const showLabel = displayLabel && !isBoolean && !!label && !(isContainer && schema.type === "array");
  const errors = (rawErrors ?? []).filter(Boolean);
  return (
    <div className={`field${wide ? " field--wide" : ""}${errors.length ? " field--invalid" : ""}`} data-field={id}>
      {showLabel && (
        <label htmlFor={id} id={`${id}__label`}>
          {label}
          {required && (
            <>
              <span className="req" aria-hidden="true">*</span>
              <span className="visually-hidden">{t("common.inParens", { text: t("form.required") })}</span>
            </>
          )}
        </label>
      )}
      {displayLabel && rawDescription && <p className="field__desc" id={descriptionId(id)}>{rawDescription}</p>}
      {children}
      {/* The help sits right under its control, above the reserved error line, so it never reads as the next row's. */}
      {rawHelp && <p className="field__help" id={helpId(id)}>{rawHelp}</p>}
      {!readonly && (
        <div className="field__error" id={errorId(id)} aria-live="polite">
          {errors.length > 0 && <ul>{errors.map((e, i) => <li key={i}>{e}</li>)}</ul>}
        </div>
      )}
    </div>
  );
}

/** Lays out an object's properties; nested objects become a titled fieldset, the section root has no title. */
function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { title, properties, fieldPathId, description } = props;
  const isRoot = fieldPathId.path.length === 0;
  const grid = <div className="form-grid">{properties.filter((p) => !p.hidden).map((p) => <Fragment key={p.name}>{p.content}</Fragment>)}</div>;
  if (isRoot) return grid;
  return (
    <fieldset className="subgroup" id={fieldPathId.$id}>
      {title && <legend>{title}</legend>}
      {description}
      {grid}
    </fieldset>
  );
}

/** Errors are drawn by FieldTemplate's reserved slot; rjsf's own list would duplicate them. */
function FieldErrorTemplate() {
  return null;
}

/** Help is drawn by FieldTemplate (so its id is stable for aria-describedby). */
function FieldHelpTemplate(_: FieldHelpProps) {
  return null;
}

/** Descriptions of nested groups. */
function DescriptionFieldTemplate({ id, description }: DescriptionFieldProps) {
  return description ? <p className="field__desc" id={id}>{description}</p> : null;
}

/** Array buttons with visible text instead of icon fonts (which we do not ship). */
function textButton(label: TranslatableString, danger = false) {
  return function TextButton(props: IconButtonProps) {
    const { title: _t, className, uiSchema: _u, registry, iconType: _i, icon: _c, ...rest } = props;
    return (
      <button type="button" className={`btn${danger ? " btn--danger" : ""} ${className ?? ""}`} {...rest}>
        {registry.translateString(label)}
      </button>
    );
  };
}

/** One row of a repeatable table: the row's fields full width, its buttons in a row beneath (no icon fonts). */
function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, buttonsProps, hasToolbar, registry, uiSchema } = props;
  const Buttons = registry.templates.ArrayFieldItemButtonsTemplate;
  return (
    <div className="array-item">
      {children}
      {hasToolbar && (
        <div className="row array-item__tools">
          <Buttons {...buttonsProps} registry={registry} uiSchema={uiSchema} />
        </div>
      )}
    </div>
  );
}

/** The template set handed to every rjsf Form of the runtime. */
export const templates: Partial<TemplatesType> = {
  FieldTemplate,
  ObjectFieldTemplate,
  FieldErrorTemplate,
  FieldHelpTemplate,
  DescriptionFieldTemplate,
  ArrayFieldItemTemplate,
  ButtonTemplates: {
    AddButton: textButton(TranslatableString.AddItemButton),
    RemoveButton: textButton(TranslatableString.RemoveButton, true),
    MoveUpButton: textButton(TranslatableString.MoveUpButton),
    MoveDownButton: textButton(TranslatableString.MoveDownButton),
    CopyButton: textButton(TranslatableString.CopyButton),
  } as TemplatesType["ButtonTemplates"],
};
