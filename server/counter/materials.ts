// The counter's own material: an agent's authorisation letter (授权委托书), required when someone other than the
// applicant (or a company's legal representative) files at the window. It is stored like any material file, owned by
// the applicant, under a key no one-thing item can have ("counter/…" is never "item/material" of a catalogue item).
import type { FileLimits } from "../materials.js";

/** The attachments.material key of an authorisation letter. */
export const AUTHORISATION_KEY = "counter/authorisation";

/** Its name and limits (a scan or photo of the signed and sealed letter). */
export const AUTHORISATION_LIMITS: FileLimits = { material_name: "授权委托书", accept: ["application/pdf", "image/jpeg", "image/png"], max_size_mb: 10 };

/** The name of a counter material key, or undefined for any other key (documents name it on the receipt). */
export function counterMaterialName(key: string): string | undefined {
  return key === AUTHORISATION_KEY ? AUTHORISATION_LIMITS.material_name : undefined;
}
