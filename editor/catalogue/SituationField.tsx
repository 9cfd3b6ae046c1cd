// A labelled input of the situation editor with its help and the server's problem, and the ids problems focus.
import type { ReactNode } from "react";
import type { Json } from "../../spec/common.js";


/** Id of a situation's field, so a problem's pointer can focus it. */
export const situationFieldId = (index: number, key: string) => `sit-${index}-${key}`;

/** A labelled input with its help and the server's problem (the input gets id, aria-invalid and aria-describedby). */
export function SituationField({ id, label, help, error, children }: { id: string; label: string; help?: string; error?: string; children(a: Json): ReactNode }) {
  const aria = { id, "aria-invalid": error ? true : undefined, "aria-describedby": `${id}-error${help ? ` ${id}-help` : ""}` };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(aria)}
      {help && <p className="field__help" id={`${id}-help`}>{help}</p>}
      <div className="field__error" id={`${id}-error`}>{error}</div>
    </div>
  );
}
