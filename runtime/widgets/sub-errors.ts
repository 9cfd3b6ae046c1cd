// Errors of a composite field's parts (address detail, range end, signature image): rjsf files them under the
// part's key of the field's ErrorSchema; composite fields draw them beside the part.
import type { ErrorSchema } from "@rjsf/utils";

/** The messages filed under one part of a composite field. */
export function subErrors(errorSchema: ErrorSchema | undefined, key: string): string[] {
  const node = (errorSchema as Record<string, { __errors?: string[] }> | undefined)?.[key];
  return node?.__errors ?? [];
}
