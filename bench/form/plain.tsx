// The floor: plain React controlled inputs for all 400 fields, state at the top, each field memoised so that a
// keystroke re-renders only its own field.
import { memo, useCallback, useState, type ChangeEvent } from "react";
import { createRoot } from "react-dom/client";
import { startProbe } from "./probe.js";
import { benchSections, type BenchField } from "./fixture.js";

startProbe(() => !!document.getElementById("s20_f20"));
const sections = benchSections();

const Field = memo(function Field({ f, value, onChange }: { f: BenchField; value: string; onChange(id: string, v: string): void }) {
  const id = `${f.section}_${f.key}`;
  const change = (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange(id, e.target.value);
  return (
    <div className="field">
      <label htmlFor={id}>{f.title}{f.required ? " *" : ""}</label>
      {f.kind === "select" ? (
        <select id={id} value={value} required={f.required} onChange={change}>
          <option value="" />
          {f.options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      ) : (
        <input id={id} type={f.kind === "date" ? "date" : f.kind === "integer" ? "number" : "text"} min={f.kind === "integer" ? 0 : undefined}
          maxLength={f.kind === "text" ? f.maxLength : undefined} required={f.required} value={value} onChange={change} />
      )}
    </div>
  );
});

function PlainForm() {
  const [data, setData] = useState<Record<string, string>>({});
  const onChange = useCallback((id: string, v: string) => setData((d) => ({ ...d, [id]: v })), []);
  return (
    <form noValidate>
      {sections.map((s) => (
        <fieldset key={s.key}>
          <legend>{s.title}</legend>
          {s.fields.map((f) => <Field key={f.key} f={f} value={data[`${f.section}_${f.key}`] ?? ""} onChange={onChange} />)}
        </fieldset>
      ))}
    </form>
  );
}

createRoot(document.getElementById("root")!).render(<PlainForm />);
