// JSON pointers (RFC 6901): every error and every provenance entry in yijian says where, with one of these.

/** Escapes one pointer segment ("~" → "~0", "/" → "~1"). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Turns a path of keys and indexes into a pointer, e.g. ["items", 0, "form"] → "/items/0/form". */
export function toPointer(path: ReadonlyArray<string | number | symbol>): string {
  return path.map((p) => "/" + escapePointer(String(p))).join("");
}

/** Splits a pointer into unescaped segments; "" is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`not a JSON pointer (it must be empty or start with "/"): "${pointer}"`);
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Reads the value a pointer designates, or undefined when any step is missing. */
export function getAtPointer(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const seg of parsePointer(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/** Writes a value at a pointer, creating objects on the way (arrays when the next segment is an index). */
export function setAtPointer(doc: Record<string, unknown>, pointer: string, value: unknown): void {
  const segs = parsePointer(pointer);
  if (segs.length === 0) throw new Error("setAtPointer cannot replace the whole document (pointer \"\")");
  let node: Record<string, unknown> = doc;
  segs.slice(0, -1).forEach((seg, i) => {
    const next = node[seg];
    if (next === null || typeof next !== "object") node[seg] = /^\d+$/.test(segs[i + 1]!) ? [] : {};
    node = node[seg] as Record<string, unknown>;
  });
  node[segs[segs.length - 1]!] = value;
}
