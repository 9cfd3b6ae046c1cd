// yijian's smart form exactly as the portal's ApplyForm uses it (runtime/portal/ApplyPage.tsx): the portal's
// stylesheet and StrictMode, data in state with a stable onChange, the draft saved to sessionStorage on every
// change, SmartFormView showing one section at a time (the harness then opens section 10 from the section nav).
// ?rule=1 adds a rule that reads the typed field (TYPED_FIELD_RULE).
import { StrictMode, useCallback, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import "../../runtime/shared/styles.css";
import { SmartFormView } from "../../runtime/shared/form/SmartFormView.js";
import { saveDraft } from "../../runtime/portal/draft.js";
import { startProbe } from "./probe.js";
import { smartForm, TYPED_FIELD_RULE } from "./fixture.js";

type Json = Record<string, unknown>;
startProbe(() => !!document.getElementById("yj_s01_f20"));
const form = new URLSearchParams(location.search).has("rule") ? { ...smartForm(), rules: TYPED_FIELD_RULE } : smartForm();
const answers = {};

function ApplyLike() {
  const [data, setData] = useState<Json>({});
  useEffect(() => saveDraft("bench-400", 1, data), [data]);
  const onChange = useCallback((d: Json) => setData(d), []);
  return <SmartFormView form={form} answers={answers} data={data} onChange={onChange} onSubmit={() => undefined} />;
}

createRoot(document.getElementById("root")!).render(<StrictMode><main id="main"><ApplyLike /></main></StrictMode>);
