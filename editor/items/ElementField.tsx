// One item element as a labelled input, with its validation problem shown beneath it.
import type { DepartmentOption } from "../state/draft-store.js";
import type { ElementDef } from "./elements.js";
import { useI18n } from "../i18n.js";

/** Field id of an item element, so problems can focus it. */
export const elementFieldId = (itemIndex: number, key: string) => `item-${itemIndex}-${key}`;

/** Props: the definition, current value, problem message and setter. */
export function ElementField({ def, value, error, onSet, itemIndex, departments }: {
  def: ElementDef; value: unknown; error?: string; onSet(v: unknown): void; itemIndex: number; departments: DepartmentOption[];
}) {
  const { t } = useI18n();
  const id = elementFieldId(itemIndex, def.key);
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": `${id}-error${def.help ? ` ${id}-help` : ""}` };
  const str = typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
  let input: React.ReactNode;
  switch (def.kind) {
    case "textarea":
      input = <textarea {...common} rows={2} value={str} onChange={(e) => onSet(e.target.value)} />;
      break;
    case "int":
      input = <input {...common} type="number" min={0} step={1} value={str} onChange={(e) => onSet(e.target.value === "" ? undefined : Number(e.target.value))} />;
      break;
    case "bool":
      input = <input {...common} type="checkbox" checked={value === true} onChange={(e) => onSet(e.target.checked)} style={{ width: "auto" }} />;
      break;
    case "select":
    case "department": {
      const options = def.kind === "department" ? departments.map((d) => [d.id, d.name] as [string, string]) : def.options!;
      input = (
        <select {...common} value={str} onChange={(e) => onSet(e.target.value || undefined)}>
          {!options.some(([v]) => v === str) && <option value={str}>{str || "—"}</option>}
          {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      );
      break;
    }
    case "multi": {
      const list = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className="field" id={id} aria-describedby={`${id}-error`}>
          <legend>{t(def.label)}</legend>
          <div style={{ display: "flex", flexWrap: "wrap", gap: ".25rem 1rem" }}>
            {def.options!.map(([v, l]) => (
              <label key={v} className="choice">
                <input type="checkbox" checked={list.includes(v)} onChange={(e) => onSet(e.target.checked ? [...list, v] : list.filter((x) => x !== v))} /> {l}
              </label>
            ))}
          </div>
          <div className="field__error" id={`${id}-error`}>{error}</div>
        </fieldset>
      );
    }
    default:
      input = <input {...common} type="text" value={str} onChange={(e) => onSet(e.target.value)} />;
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t(def.label)}</label>
      {input}
      {def.help && <p className="field__help" id={`${id}-help`}>{t(def.help)}</p>}
      <div className="field__error" id={`${id}-error`}>{error}</div>
    </div>
  );
}
