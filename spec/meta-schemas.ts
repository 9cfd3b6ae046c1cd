// JSON meta-schemas of the spec documents, generated from the zod contract (the single source of truth).
// The editor's JSON view validates and completes against these.
import { z } from "zod";
import { BundleSchema } from "./bundle.js";
import { ItemSchema } from "./item.js";

/** JSON Schema (draft 2020-12) of an item document. */
export function itemMetaSchema(): Record<string, unknown> {
  return z.toJSONSchema(ItemSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

/** JSON Schema (draft 2020-12) of a bundle document. */
export function bundleMetaSchema(): Record<string, unknown> {
  return z.toJSONSchema(BundleSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
