// The widget set of the smart form, one file per widget; a module-level constant so rjsf's registry stays
// stable between renders (a new object would re-render every field).
import type { RegistryWidgetsType } from "@rjsf/utils";
import TextWidget from "./TextWidget.js";
import TextareaWidget from "./TextareaWidget.js";
import SelectWidget from "./SelectWidget.js";
import RadioWidget from "./RadioWidget.js";
import CheckboxWidget from "./CheckboxWidget.js";
import CheckboxesWidget from "./CheckboxesWidget.js";
import DateWidget from "./DateWidget.js";
import FileWidget from "./FileWidget.js";
import RegionWidget from "./RegionWidget.js";
import ClassificationWidget from "./ClassificationWidget.js";
import NumberWidget from "./NumberWidget.js";
import IdentityWidget from "./IdentityWidget.js";
import OrganisationWidget from "./OrganisationWidget.js";
import "./widgets.css";

export { fields } from "./kind-fields.js";

/** Widgets by rjsf name (built-in names overridden, so every field gets ours). */
export const widgets: RegistryWidgetsType = {
  TextWidget,
  EmailWidget: TextWidget,
  URLWidget: TextWidget,
  UpDownWidget: TextWidget,
  TextareaWidget,
  SelectWidget,
  RadioWidget,
  CheckboxWidget,
  CheckboxesWidget,
  DateWidget,
  FileWidget,
  // Field kinds (spec/fields), chosen by ./kind-fields.ts from the field's kind.
  RegionWidget,
  ClassificationWidget,
  NumberWidget,
  IdentityWidget,
  OrganisationWidget,
};
