// Stock @rjsf/core Form with validator-ajv8, no live validation: the whole 400-field schema in one Form, schema
// and uiSchema module-level constants (stable identities), uncontrolled as in rjsf's own examples.
import { createRoot } from "react-dom/client";
import Form from "@rjsf/core";
import validator from "@rjsf/validator-ajv8";
import { startProbe } from "./probe.js";
import { smartForm } from "./fixture.js";

startProbe(() => !!document.getElementById("root_s20_f20"));
const { schema, uiSchema } = smartForm();

createRoot(document.getElementById("root")!).render(<Form schema={schema} uiSchema={uiSchema} validator={validator} noHtml5Validate />);
