// Accessibility attributes every widget puts on its control: described by its help/description/error
// elements, marked invalid while it has an error and required when it is.
import { ariaDescribedByIds } from "@rjsf/utils";

/** aria-* attributes for a widget's control. */
export function controlAria(id: string, required: boolean | undefined, rawErrors: string[] | undefined) {
  return {
    "aria-describedby": ariaDescribedByIds(id),
    "aria-invalid": rawErrors && rawErrors.length > 0 ? true : undefined,
    "aria-required": required || undefined,
  } as const;
}
