// One configured Ajv for the whole product: draft-07, all errors, formats, the data dictionary's formats and the
// field kinds' keywords (spec/fields: x-kind checks, table constraints).
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { FORMATS } from "./formats.js";
import { addFieldKeywords } from "./fields/keywords.js";

/** Creates the Ajv instance every form validation goes through, in browser and server alike. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, messages: false, allowUnionTypes: true });
  addFormats(ajv);
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, { type: "string", validate: check });
  return addFieldKeywords(ajv);
}

/** Shared instance: compiled validators are cached per schema object, so keep published schemas stable. */
export const ajv = createAjv();

/** A form's own `$schema` (draft 2020-12, 2019-09, 07… as modern form tools write it) does not choose the validator:
 *  the product validates every form in one dialect (spec/ajv.ts), and Ajv refuses to compile a schema whose
 *  `$schema` it has no meta-schema for ("no schema with key or ref …"), which blanked the editor (tryout 10 #33). */
export function withoutDialect<T extends object>(schema: T): T {
  if (!("$schema" in schema)) return schema;
  const { $schema: _dialect, ...rest } = schema as T & { $schema?: unknown };
  return rest as T;
}
