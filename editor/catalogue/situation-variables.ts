// What a situation's conditions (适用条件) can read in the condition builder: the item's own form fields
// (data.<path>, nested objects walked), labelled by their titles, with their options.
import type { ConditionVariable } from "../designers/common/conditions.js";
import type { Json } from "../../spec/common.js";

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** The item form's fields as condition variables (arrays are left out: a row cannot address their items). */
export function formVariables(form: unknown, label: (title: string) => string): ConditionVariable[] {
  const out: ConditionVariable[] = [];
  const walk = (schema: Json, path: string[]) => {
    for (const [key, raw] of Object.entries(obj(schema.properties))) {
      const s = obj(raw);
      const at = [...path, key];
      if (s.type === "object") { walk(s, at); continue; }
      if (s.type === "array" && obj(s.items).type === "object") continue;
      const choices = s.type === "array" ? obj(s.items) : s;
      const values = Array.isArray(choices.enum) ? choices.enum.map(String) : [];
      const names = Array.isArray(choices["x-enumNames"]) ? (choices["x-enumNames"] as unknown[]).map(String) : values;
      out.push({
        path: `data.${at.join(".")}`,
        label: label(typeof s.title === "string" && s.title ? s.title : at.join(".")),
        kind: s.type === "boolean" ? "boolean" : s.type === "number" || s.type === "integer" ? "number" : s.type === "array" ? "multi" : "string",
        ...(values.length ? { options: values.map((v, i) => ({ value: v, label: names[i] ?? v })) } : {}),
      });
    }
  };
  walk(obj(obj(form).schema), []);
  return out;
}
