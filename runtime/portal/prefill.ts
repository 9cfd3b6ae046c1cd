// Prefill (免填): values the government already holds about the applicant (profile, e-licences), fetched from
// GET /api/prefill/:key. Locked values (editable: false) are shown read-only and always win over a draft; the
// server rejects a submission that changed them.
import { parsePointer } from "../../spec/pointer.js";
import type { Json } from "../../spec/common.js";
import type { translate } from "../shared/i18n.js";

/** One prefilled field as the server reports it. */
export interface PrefilledField { pointer: string; value: unknown; source: "profile" | "licence"; origin: string; editable: boolean }

/** The answer of GET /api/prefill/:bundleKey. */
export interface PrefillAnswer { version: number; data: Json; fields: PrefilledField[] }

/** Deep-merges `over` onto `base` (objects merged key by key, everything else replaced). */
export function mergeDeep(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object" && !Array.isArray(b) ? mergeDeep(b as Json, v as Json) : v;
  }
  return out;
}

/** Data with every locked prefilled value put back in place. */
export function applyLocked(data: Json, fields: PrefilledField[]): Json {
  const out = structuredClone(data);
  for (const f of fields) {
    if (f.editable) continue;
    const segs = parsePointer(f.pointer);
    if (!segs.length || segs.includes("*")) continue;
    let node = out;
    for (const s of segs.slice(0, -1)) node = (node[s] && typeof node[s] === "object" ? node[s] : (node[s] = {})) as Json;
    node[segs[segs.length - 1]!] = f.value;
  }
  return out;
}

/** The form's uiSchema with prefilled fields marked: locked ones read-only, all with a help line saying where from. */
export function prefillUiSchema(uiSchema: Json | undefined, fields: PrefilledField[], help: (f: PrefilledField) => string): Json {
  const out: Json = structuredClone(uiSchema ?? {});
  for (const f of fields) {
    const segs = parsePointer(f.pointer);
    if (!segs.length || segs.includes("*")) continue;
    let node = out;
    for (const s of segs) node = (node[s] && typeof node[s] === "object" ? node[s] : (node[s] = {})) as Json;
    if (!f.editable) node["ui:readonly"] = true;
    node["ui:help"] = help(f);
  }
  return out;
}

/** The help line of a prefilled field in the interface language: where its value comes from and whether it is locked. */
export function prefillHelp(t: typeof translate): (f: PrefilledField) => string {
  return (f) => f.source === "profile"
    ? t(f.editable ? "form.prefilledProfile" : "form.prefilledProfileLocked")
    : t(f.editable ? "form.prefilledFrom" : "form.prefilledLocked", { origin: f.origin });
}
