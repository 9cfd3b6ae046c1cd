// The JSON view finds where a problem's pointer is in the text: the key of an existing property, an array element,
// escaped keys, the parent of a missing property, and something sensible in malformed text (what a user is typing).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { offsetOfPointer } from "../../editor/json/locate.js";
import { escapePointer } from "../../spec/pointer.js";

const text = '{\n  "items": [\n    { "id": "a", "form": {"x": 1} },\n    { "id": "b" }\n  ],\n  "a/b": 2,\n  "0": {"1": true}\n}';
const at = (p: string) => text.slice(offsetOfPointer(text, p)).slice(0, 16);

describe("offsetOfPointer", () => {
  it("points at keys, elements, escaped keys and numeric object keys", () => {
    expect(offsetOfPointer(text, "")).toBe(0);
    expect(at("/items")).toMatch(/^"items"/);
    expect(at("/items/1")).toMatch(/^\{ "id": "b"/);
    expect(at("/items/1/id")).toMatch(/^"id": "b"/);
    expect(at("/items/0/form/x")).toMatch(/^"x": 1/);
    expect(at("/a~1b")).toMatch(/^"a\/b"/);
    expect(at("/0/1")).toMatch(/^"1": true/);
  });

  it("falls back to the deepest existing parent for a missing property", () => {
    expect(at("/items/1/by_law")).toMatch(/^\{ "id": "b"/);
    expect(offsetOfPointer(text, "/nope")).toBe(0);
  });

  it("copes with malformed text", () => {
    expect(offsetOfPointer('{"a": [1, ', "/a/1")).toBe(1);
    expect(offsetOfPointer("", "/a")).toBeUndefined();
  });

  it("finds every key of any document at its own offset (property)", () => {
    fc.assert(fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.jsonValue(), { minKeys: 1, maxKeys: 6 }), (doc) => {
      const t = JSON.stringify(doc, null, 2);
      for (const key of Object.keys(doc)) {
        const o = offsetOfPointer(t, "/" + escapePointer(key))!;
        expect(JSON.parse(t.slice(o, t.indexOf(":", o + JSON.stringify(key).length - 1)))).toBe(key);
      }
    }));
  });
});
