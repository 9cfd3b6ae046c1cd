// The label people see for a field at a data path: its title joined with its sections' titles ("父亲 / 证件类型").
// Used by validation messages, computed-field errors and the 秒批 node's explanations; no Ajv here, so the flow core
// can import it without the validator.
import { getAtPointer, escapePointer } from "./pointer.js";

/** The human label (title) of the field at a data path, joined with its section's title. */
export function labelOf(schema: object, path: string[]): string {
  const titles: string[] = [];
  let node: unknown = schema;
  for (const seg of path) {
    if (!node || typeof node !== "object") break;
    const n = node as Record<string, unknown>;
    node = /^\d+$/.test(seg) && n.items ? n.items : getAtPointer(n, `/properties/${escapePointer(seg)}`);
    const title = node && typeof node === "object" ? (node as Record<string, unknown>).title : undefined;
    titles.push(typeof title === "string" ? title : /^\d+$/.test(seg) ? `第 ${Number(seg) + 1} 行` : seg);
  }
  return titles.join(" / ");
}
