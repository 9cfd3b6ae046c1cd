// Validation of submitted form data against a form schema, with every error pointing at its field and
// carrying the field's label, in Chinese first. Used by the server at submit and by the runtime on blur.
import localizeZh from "ajv-i18n/localize/zh/index.js";
import type { ErrorObject, ValidateFunction } from "ajv";
import { ajv, withoutDialect } from "./ajv.js";
import { toPointer, parsePointer } from "./pointer.js";
import { FIELD_KEYWORDS } from "./fields/keywords.js";
import { labelOf } from "./field-label.js";

export { labelOf };
import { normaliseKinds } from "./fields/normalise.js";

/** One error in submitted data: the data pointer of the field, its label and what is wrong (a field kind's
 *  errors also carry the English message, for the browser in English mode). */
export interface FieldError { pointer: string; field: string; message: string; keyword: string; messageEn?: string; code?: string }

const cache = new WeakMap<object, ValidateFunction>();

/** Compiles (once per schema object) the validator for a form schema, its field kinds normalised (inferred kinds,
 *  resolved sibling links); publish-time precompilation uses it. */
export function compileForm(schema: object): ValidateFunction {
  let fn = cache.get(schema);
  if (!fn) {
    fn = ajv.compile(normaliseKinds(withoutDialect(schema)));
    cache.set(schema, fn);
  }
  return fn;
}

/** Validates data and returns every field error (empty when valid). */
export function validateFormData(schema: object, data: unknown): FieldError[] {
  const validate = compileForm(schema);
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).slice() as ErrorObject[];
  localizeZh(errors);
  return errors.map((e) => {
    const path = parsePointer(e.instancePath);
    if (e.keyword === "required") path.push(String((e.params as { missingProperty: string }).missingProperty));
    const pointer = toPointer(path);
    const field = labelOf(schema, path);
    if (FIELD_KEYWORDS.has(e.keyword)) {
      const p = e.params as { zh: string; en: string; code: string };
      return { pointer, field, message: p.zh, messageEn: p.en, code: p.code, keyword: e.keyword };
    }
    return { pointer, field, message: e.message ?? e.keyword, keyword: e.keyword };
  });
}

