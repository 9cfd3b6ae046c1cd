// The rjsf validator, configured with the data dictionary's formats so that rjsf's schema utilities agree with
// spec/form-data (which is what the server validates with).
import { customizeValidator } from "@rjsf/validator-ajv8";
import { FORMATS } from "../../../spec/formats.js";

/** One shared validator instance (it caches compiled schemas). */
export const validator = customizeValidator({ customFormats: FORMATS });
