// Where a JSON pointer's value starts in a JSON text, so a problem can be shown at its place in the JSON view.
// A small recursive-descent scan: no values are built, only offsets recorded; malformed text yields undefined.

/** Offset of the value (or, for a missing property, of its parent) that `pointer` names in `text`. */
export function offsetOfPointer(text: string, pointer: string): number | undefined {
  const want = pointer === "" ? [] : pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let i = 0;
  let best: number | undefined;
  const ws = () => { while (i < text.length && /\s/.test(text[i]!)) i++; };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    try { return JSON.parse(text.slice(start, i)) as string; } catch { return ""; }
  };
  const value = (path: string[]): void => {
    ws();
    const matches = path.length <= want.length && path.every((p, k) => p === want[k]);
    if (matches) best = i;
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") { i++; return; }
      while (i < text.length) {
        ws();
        if (text[i] !== '"') throw new Error("key");
        const keyAt = i;
        const key = str();
        ws();
        if (text[i] !== ":") throw new Error(":");
        i++;
        const sub = [...path, key];
        if (matches && sub.length === want.length && key === want[sub.length - 1]) best = keyAt;
        value(sub);
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === "}") { i++; return; }
        throw new Error("}");
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") { i++; return; }
      for (let n = 0; i < text.length; n++) {
        value([...path, String(n)]);
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === "]") { i++; return; }
        throw new Error("]");
      }
    } else if (c === '"') {
      str();
    } else {
      while (i < text.length && /[^\s,\]}]/.test(text[i]!)) i++;
    }
  };
  try {
    value([]);
  } catch {
    return best;
  }
  return best;
}
