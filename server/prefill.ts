// Prefill of a smart form from the applicant's profile and e-licences (form.prefill), and the server-side check that
// fields prefilled as not editable were submitted unchanged.
import { dataPointerOf, type Bundle, getAtPointer } from "../spec/index.js";
import type { ProblemDetail } from "../spec/api.js";
import type { LicenceProvider } from "./licences/provider.js";
import type { User } from "./store/users.js";

/** One prefilled field: its data pointer, value, where it came from and whether the applicant may change it. */
export interface PrefilledField { pointer: string; value: unknown; source: "profile" | "licence"; origin: string; editable: boolean }

/** The data pointer a prefill key designates (schema pointers like /properties/a are mapped to /a). */
function dataPointer(key: string): string {
  return key.includes("/properties/") || key.startsWith("/properties") ? dataPointerOf(key) : key;
}

/** Values for every prefill entry the applicant's profile or licences can answer. */
export async function prefillFor(bundle: Bundle, user: User, licences: LicenceProvider): Promise<PrefilledField[]> {
  const out: PrefilledField[] = [];
  const holder = String(user.profile.uscc ?? user.profile.idNumber ?? "");
  for (const [key, p] of Object.entries(bundle.form.prefill)) {
    let value: unknown;
    let origin = p.key;
    if (p.source === "profile") value = user.profile[p.key];
    else {
      const [type, ...field] = p.key.split(".");
      const licence = holder && type ? await licences.find(holder, type) : undefined;
      value = licence?.fields[field.join(".")];
      if (licence) origin = licence.title;
    }
    if (value !== undefined && value !== null && value !== "") out.push({ pointer: dataPointer(key), value, source: p.source, origin, editable: p.editable });
  }
  return out;
}

/** Nested form data holding the prefilled values (what the form starts with). */
export function prefillData(fields: PrefilledField[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const segs = f.pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (!segs.length || segs.includes("*")) continue;
    let node = data;
    for (const s of segs.slice(0, -1)) node = (node[s] ??= {}) as Record<string, unknown>;
    node[segs[segs.length - 1]!] = f.value;
  }
  return data;
}

/** Problems where a locked prefilled value was changed (absent is fine: the field may be hidden in this situation). */
export function lockedChanges(fields: PrefilledField[], data: Record<string, unknown>): ProblemDetail[] {
  return fields
    .filter((f) => !f.editable && !f.pointer.includes("*"))
    .filter((f) => {
      const v = getAtPointer(data, f.pointer);
      return v !== undefined && JSON.stringify(v) !== JSON.stringify(f.value);
    })
    .map((f) => ({ pointer: `/data${f.pointer}`, message: `此项取自${f.origin}，不可修改 (prefilled from ${f.source}, not editable)` }));
}
