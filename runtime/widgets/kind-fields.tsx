// Dispatch from a field's kind (spec/fields fieldKindOf: explicit x-kind or inferred from the format) to its
// widget or field, by wrapping rjsf's String/Number/Object fields: forms need no uiSchema for kinds, and every
// number field goes through NumberWidget (no exponent notation).
import { useMemo } from "react";
import { getDefaultRegistry } from "@rjsf/core";
import type { FieldProps, RegistryFieldsType } from "@rjsf/utils";
import { fieldKindOf } from "../../spec/fields/registry.js";
import AddressField from "./AddressField.js";
import DateRangeField from "./DateRangeField.js";
import SignatureField from "./SignatureField.js";

const registry = getDefaultRegistry().fields;
type Field = React.ComponentType<FieldProps>;
const defaults = { StringField: registry.StringField as Field, NumberField: registry.NumberField as Field, ObjectField: registry.ObjectField as Field };

/** Widget name (in ./index.ts) for each value kind. */
const KIND_WIDGETS: Record<string, string> = {
  region: "RegionWidget", identity: "IdentityWidget", organisation: "OrganisationWidget", classification: "ClassificationWidget",
  money: "NumberWidget", percent: "NumberWidget",
};
const OBJECT_FIELDS: Record<string, React.ComponentType<FieldProps>> = { address: AddressField, dateRange: DateRangeField, signature: SignatureField };

function withWidget(props: FieldProps, widget: string | undefined) {
  // eslint-disable-next-line react-hooks/rules-of-hooks -- called once per render of the wrapping field
  const uiSchema = useMemo(() => (widget && !props.uiSchema?.["ui:widget"] ? { ...props.uiSchema, "ui:widget": widget } : props.uiSchema), [props.uiSchema, widget]);
  return uiSchema;
}

function KindStringField(props: FieldProps) {
  const kind = fieldKindOf(props.schema);
  const uiSchema = withWidget(props, kind ? KIND_WIDGETS[kind] : undefined);
  return <defaults.StringField {...props} uiSchema={uiSchema} />;
}

function KindNumberField(props: FieldProps) {
  const uiSchema = withWidget(props, "NumberWidget");
  if (props.schema.enum) return <defaults.NumberField {...props} />;
  return <defaults.StringField {...props} uiSchema={uiSchema} />;
}

function KindObjectField(props: FieldProps) {
  const kind = fieldKindOf(props.schema);
  const Field = kind ? OBJECT_FIELDS[kind] : undefined;
  return Field ? <Field {...props} /> : <defaults.ObjectField {...props} />;
}

/** rjsf fields of the smart form (a module-level constant, so the registry stays stable). */
export const fields: RegistryFieldsType = { StringField: KindStringField, NumberField: KindNumberField, ObjectField: KindObjectField };
