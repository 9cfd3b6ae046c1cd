// Errors of the smart form: one shape (data pointer + label + message) for client validation and the server's
// 400 details, turned into rjsf's ErrorSchema for the fields of one section.
import type { ErrorSchema } from "@rjsf/utils";
import type { ProblemDetail } from "../../../spec/api.js";

/** An error shown to the applicant. */
export interface ShownError { pointer: string; field: string; message: string; source: "client" | "server" }

import { parsePointer } from "../../../spec/pointer.js";

export { schemaAt } from "../../../spec/field-messages.js";

/** The server reports data errors under /data/... (the request body) or directly under the data; normalise. */
export function serverFieldErrors(problems: ProblemDetail[], sectionKeys: string[]): ShownError[] {
  return problems.map((p) => {
    let pointer = p.pointer ?? "";
    const segs = pointer ? safeSegments(pointer) : [];
    if (segs[0] === "data" && !sectionKeys.includes("data")) pointer = pointer.slice("/data".length);
    return { pointer, field: p.field ?? "", message: p.message, source: "server" as const };
  });
}

function safeSegments(pointer: string): string[] {
  try {
    return parsePointer(pointer);
  } catch {
    return [];
  }
}

/** Builds rjsf's ErrorSchema for one section from errors whose pointer lies in it (`sectionKey` "" = whole form). */
export function errorSchemaFor(errors: ShownError[], sectionKey: string): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const e of errors) {
    const segs = safeSegments(e.pointer);
    const inner = sectionKey ? (segs[0] === sectionKey ? segs.slice(1) : null) : segs;
    if (!inner) continue;
    let node = root;
    for (const seg of inner) node = (node[seg] ??= {}) as Record<string, unknown>;
    ((node.__errors ??= []) as string[]).push(e.message);
  }
  return root as ErrorSchema;
}
