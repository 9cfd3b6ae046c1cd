// The registry of field kinds: every kind listed once, looked up by name, and the kind of any field schema —
// explicit (`x-kind`) or inferred from what older forms say (format cn-region-code is a region, an array of
// objects is a table), so the runtime, the server and the merge read one answer.
import { address } from "./kinds/address.js";
import { classification } from "./kinds/classification.js";
import { date, dateRange } from "./kinds/date.js";
import { identity } from "./kinds/identity.js";
import { money, percent } from "./kinds/money.js";
import { orgName } from "./kinds/org-name.js";
import { organisation } from "./kinds/organisation.js";
import { region } from "./kinds/region.js";
import { signature } from "./kinds/signature.js";
import { table } from "./kinds/table.js";
import type { FieldKind, Json } from "./types.js";

/** Every field kind, in palette order. */
export const FIELD_KINDS: readonly FieldKind[] = [region, address, identity, organisation, orgName, money, percent, date, dateRange, table, classification, signature];

/** Kinds by name. */
export const KIND_BY_NAME: ReadonlyMap<string, FieldKind> = new Map(FIELD_KINDS.map((k) => [k.name, k]));

const BY_FORMAT: ReadonlyMap<string, string> = new Map(FIELD_KINDS.filter((k) => k.replacesFormat).map((k) => [k.replacesFormat!, k.name]));

/**
 * The kind of a field schema: its `x-kind` when registered, else the kind its format or shape implies
 * (cn-region-code → region, cn-idcard → identity, cn-uscc → organisation, array of objects → table), else
 * undefined for a plain field. Pure; the merge uses it as binding evidence (two region fields merge only as regions).
 */
export function fieldKindOf(schema: unknown): string | undefined {
  if (!schema || typeof schema !== "object") return undefined;
  const s = schema as Json;
  if (typeof s["x-kind"] === "string" && KIND_BY_NAME.has(s["x-kind"])) return s["x-kind"];
  if (typeof s.format === "string" && BY_FORMAT.has(s.format)) return BY_FORMAT.get(s.format);
  if (s.type === "array" && s.items && typeof s.items === "object" && (s.items as Json).type === "object") return "table";
  return undefined;
}

/** The dictionary elements each kind serves, as element key → kind name (for the designer and the merge). */
export function kindForElement(elementKey: string): string | undefined {
  return FIELD_KINDS.find((k) => k.elements.includes(elementKey))?.name;
}
