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
