// yijian's smart form exactly as the portal's ApplyForm uses it (runtime/portal/ApplyPage.tsx): the portal's
// stylesheet and StrictMode, data in state with a stable onChange, the draft saved to sessionStorage on every
// change, SmartFormView showing one section at a time (the harness then opens section 10 from the section nav).
// ?rule=1 adds a rule that reads the typed field (TYPED_FIELD_RULE); ?fields=1 the field-kinds variant (issue 16).
import { StrictMode, useCallback, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import "../../runtime/shared/styles.css";
import { SmartFormView } from "../../runtime/shared/form/SmartFormView.js";
import { saveDraft } from "../../runtime/portal/draft.js";
import { startProbe } from "./probe.js";
import { smartForm, TYPED_FIELD_RULE } from "./fixture.js";
import { fieldsData, fieldsForm } from "./fields-fixture.js";
import type { Json } from "../../spec/common.js";

startProbe(() => !!document.getElementById("yj_s01_f20"));
const params = new URLSearchParams(location.search);
// ?rule=1 adds a rule reading the typed field; ?fields=1 is the field-kinds variant (regions, tables, computed fields).
const form = params.has("fields") ? fieldsForm() : params.has("rule") ? { ...smartForm(), rules: TYPED_FIELD_RULE } : smartForm();
const initial: Json = params.has("fields") ? fieldsData() : {};
const answers = {};

function ApplyLike() {
  const [data, setData] = useState<Json>(initial);
  useEffect(() => saveDraft("bench-400", 1, data), [data]);
  const onChange = useCallback((d: Json) => setData(d), []);
  return <SmartFormView form={form} answers={answers} data={data} onChange={onChange} onSubmit={() => undefined} />;
}

createRoot(document.getElementById("root")!).render(<StrictMode><main id="main"><ApplyLike /></main></StrictMode>);
