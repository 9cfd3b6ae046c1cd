// Immutable helpers on the raw bundle draft: read a part as a plain object/array, write a part back as a new doc.
import type { DraftDoc } from "../../state/draft-store.js";

import type { Json } from "../../../spec/common.js";
export type { Json };

/** A value as a plain object (or an empty one), for reading parts of a possibly invalid draft. */
export function obj(v: unknown): Json {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {};
}

/** A value as an array (or an empty one). */
export function arr<T = unknown>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

/** Returns a new doc with `key` replaced; `undefined` removes it. */
export function withKey<T extends Json>(o: T, key: string, value: unknown): T {
  const next = { ...o } as Json;
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as T;
}

/** Returns a new doc with the value at a key path replaced (objects created on the way; undefined removes). */
export function setIn(doc: DraftDoc, path: string[], value: unknown): DraftDoc {
  if (!path.length) return obj(value);
  const [head, ...rest] = path as [string, ...string[]];
  return withKey(doc, head, rest.length ? setIn(obj(doc[head]), rest, value) : value);
}

/** The department name for an id (falls back to the id). */
export function deptName(departments: Array<{ id: string; name: string }>, id: unknown): string {
  if (typeof id !== "string" || !id) return "";
  return departments.find((d) => d.id === id)?.name ?? id;
}

/** A fresh id with the prefix not used among `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  for (let i = 1; ; i++) if (!set.has(`${prefix}-${i}`)) return `${prefix}-${i}`;
}
