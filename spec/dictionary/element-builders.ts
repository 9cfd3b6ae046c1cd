// Builders of data elements (spec/dictionary/elements*.ts): value schemas, prefill sources and the element itself.
import type { DataElement, PrefillSource, Sensitivity, Subject } from "./types.js";

export const PERSON_ROLES = ["applicant"];
/** Every person role: an ID card e-licence is fetched for whoever's ID number is on the form (with consent). */
export const ANY_PERSON = ["director", "shareholder", "foodSafetyManager", "fireSafetyManager", "applicant", "legalRep", "entHead", "operator", "qualityHead", "financeOfficer", "liaison", "agent", "declarant", "receiver", "heir", "mother", "father", "householder", "proxy", "groom", "bride", "mover", "host", "claimant"];
export const birth = (key: string): PrefillSource => ({ source: "licence", key: `birth_certificate.${key}`, roles: ["newborn"], editable: false });
export const prof = (key: string, editable = false): PrefillSource => ({ source: "profile", key, roles: PERSON_ROLES, editable });
export const lic = (key: string, roles = ["enterprise"], editable = false): PrefillSource => ({ source: "licence", key, roles, editable });

export const str = (maxLength = 100, extra: Record<string, unknown> = {}) => ({ type: "string", maxLength, ...extra });
export const sel = (...values: string[]) => ({ type: "string", enum: values });
export const multi = (...values: string[]) => ({ type: "array", items: { type: "string", enum: values }, uniqueItems: true });
export const num = (extra: Record<string, unknown> = {}) => ({ type: "number", minimum: 0, ...extra });
export const int = (extra: Record<string, unknown> = {}) => ({ type: "integer", minimum: 0, ...extra });
export const date = { type: "string", format: "date" };
export const file = { type: "string", format: "data-url" };

/** One element (format copied into its schema). */
export function e(
  key: string, label: string, subject: Subject, synonyms: string[], schema: Record<string, unknown>,
  sensitivity: Sensitivity, opts: { format?: string; dateLimit?: "notFuture" | "notPast"; prefill?: PrefillSource[]; keys?: string[]; related?: string[]; home?: string } = {},
): DataElement {
  return {
    key, label, subject, synonyms, schema: opts.format ? { ...schema, format: opts.format } : schema, sensitivity,
    prefill: opts.prefill ?? [], keys: opts.keys ?? [], ...(opts.format ? { format: opts.format } : {}),
    ...(opts.dateLimit ? { dateLimit: opts.dateLimit } : {}), ...(opts.related ? { related: opts.related } : {}), ...(opts.home ? { home: opts.home } : {}),
  };
}

