// 基本信息: title, key, category, audience, summary, lead and cooperating departments of the bundle.
import { CATEGORIES } from "../../spec/bundle.js";
import { departmentLabel } from "../../runtime/shared/departments.js";
import type { DesignerProps } from "../state/draft-store.js";
import { problemAt } from "./problems.js";
import { DepartmentSelect } from "./DepartmentSelect.js";
import { useMsg } from "../designers/common/lang.js";
import { useI18n, type MessageKey } from "../i18n.js";

/** Field id of a top-level bundle property, so problems can jump to it. */
export const basicFieldId = (prop: string) => `basic-${prop}`;

/** The basic-information tab. */
export function BasicInfoTab({ doc, onChange, problems, departments }: DesignerProps) {
  const { t } = useI18n();
  const set = (prop: string, value: unknown, label: string) => onChange({ ...doc, [prop]: value }, label);
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const cooperating = Array.isArray(doc.cooperating) ? (doc.cooperating as string[]) : [];
  const M = useMsg();
  const err = (prop: string) => problemAt(problems, `/${prop}`, M);
  const field = (prop: string, label: MessageKey, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={basicFieldId(prop)}>{t(label)}</label>
      {input}
      <div className="field__error" id={`${basicFieldId(prop)}-error`}>{err(prop)}</div>
    </div>
  );
  const aria = (prop: string) => ({ id: basicFieldId(prop), "aria-invalid": err(prop) ? true : undefined, "aria-describedby": `${basicFieldId(prop)}-error` });
  return (
    <div className="form-grid-2">
      {field("title", "ed.title", <input type="text" {...aria("title")} value={str(doc.title)} onChange={(e) => set("title", e.target.value, t("ed.basic.undo.title"))} />)}
      {field("key", "ed.key", <input type="text" {...aria("key")} value={str(doc.key)} readOnly />)}
      {field("category", "ed.category", (
        <select {...aria("category")} value={str(doc.category)} onChange={(e) => set("category", e.target.value, t("ed.basic.undo.category"))}>
          {!CATEGORIES.includes(str(doc.category) as never) && <option value={str(doc.category)}>{str(doc.category) || "—"}</option>}
          {CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      ))}
      {field("audience", "ed.audience", (
        <select {...aria("audience")} value={str(doc.audience)} onChange={(e) => set("audience", e.target.value, t("ed.basic.undo.audience"))}>
          <option value="person">{t("ed.audience.person")}</option>
          <option value="enterprise">{t("ed.audience.enterprise")}</option>
        </select>
      ))}
      {field("lead", "ed.lead", (
        <DepartmentSelect departments={departments} value={str(doc.lead)} onChange={(id) => set("lead", id, t("ed.basic.undo.lead"))}
          placeholder={str(doc.lead) ? undefined : "—"} selectProps={aria("lead")} />
      ))}
      <fieldset className="field" style={{ gridColumn: "1 / -1" }} id={basicFieldId("cooperating")} aria-describedby={`${basicFieldId("cooperating")}-error`}>
        <legend>{t("ed.cooperating")}</legend>
        <div className="choices" style={{ display: "flex", flexWrap: "wrap", gap: ".25rem 1rem" }}>
          {departments.filter((d) => d.id !== doc.lead).map((d) => (
            <label key={d.id} className="choice">
              <input type="checkbox" checked={cooperating.includes(d.id)}
                onChange={(e) => set("cooperating", e.target.checked ? [...cooperating, d.id] : cooperating.filter((x) => x !== d.id), t("ed.basic.undo.cooperating", { name: d.name }))} />
              {departmentLabel(d)}
            </label>
          ))}
        </div>
        <div className="field__error" id={`${basicFieldId("cooperating")}-error`}>{err("cooperating")}</div>
      </fieldset>
      <div className="field" style={{ gridColumn: "1 / -1" }}>
        <label htmlFor={basicFieldId("summary")}>{t("ed.summary")}</label>
        <textarea {...aria("summary")} rows={3} value={str(doc.summary)} onChange={(e) => set("summary", e.target.value, t("ed.basic.undo.summary"))} />
      </div>
    </div>
  );
}
