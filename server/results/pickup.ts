// Pick-up codes for results collected at the window (取件码): six digits, random, shown to the applicant and
// checked by the clerk at hand-over.
import { randomInt } from "node:crypto";

/** A fresh six-digit pick-up code. */
export function newPickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}
