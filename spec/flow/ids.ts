// Ids of a case's tasks, timers, tokens and records. With the case's secret id key (random, set by the host when the
// case starts) an id is "<caseId>-<prefix><seq>-<HMAC-SHA256(key, caseId:prefix:seq), 96 bits>": still deterministic
// for the pure state machine (replay gives the same ids) and still sorted by case (lists that break ties by id keep
// their order), but nobody who knows the case id, or other ids of the case, can derive one. Without a key
// (simulations, old cases) ids stay "<caseId>-<prefix><seq>".
import { hmac } from "@noble/hashes/hmac";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** The id of the seq-th object of a case. */
export function caseObjectId(caseId: string, prefix: string, seq: number, idKey?: string): string {
  if (!idKey) return `${caseId}-${prefix}${seq}`;
  const mac = bytesToHex(hmac(sha256, utf8ToBytes(idKey), utf8ToBytes(`${caseId}:${prefix}:${seq}`))).slice(0, 24);
  return `${caseId}-${prefix}${seq}-${mac}`;
}

/** The sequence number inside an id of either form (the activation count of a task). */
export function seqOfId(id: string): number {
  const keyed = /-[a-z]+(\d+)-[0-9a-f]{24}$/.exec(id);
  if (keyed) return Number(keyed[1]);
  return Number(/(\d+)$/.exec(id)?.[1] ?? 0);
}
