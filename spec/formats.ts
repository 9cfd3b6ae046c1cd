// String formats of the data dictionary, usable as `"format": "..."` in any form schema. Ajv (spec/ajv.ts)
// registers them, so the server and the browser validate with the real check characters.
import {
  isBankAccount, isContactPhone, isFixedPhone, isIdCard, isMobile, isPostalCode, isRegionCodeShape, isUscc,
} from "./dictionary/validators.js";

/** Format name → check. Every form in yijian may use these. */
export const FORMATS: Record<string, (value: string) => boolean> = {
  "cn-mobile": isMobile,
  "cn-phone": isFixedPhone,
  "cn-contact-phone": isContactPhone,
  "cn-postal-code": isPostalCode,
  "cn-idcard": isIdCard,
  "cn-uscc": isUscc,
  "cn-region-code": isRegionCodeShape,
  "cn-bank-account": isBankAccount,
  // Uploaded files as rjsf's file widget produces them: an RFC 2397 data URL (with an optional name parameter).
  "data-url": (v) => /^data:[\w.+-]+\/[\w.+-]+(;[\w-]+=[^;,]*)*;base64,[A-Za-z0-9+/=]*$/.test(v),
};
