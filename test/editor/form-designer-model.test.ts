// The form designer's pure operations: fields kept in order, never mutated in place; a move keeps every field
// exactly once with its required mark (property); object field kinds (address, date range, signature) are one
// field each on the canvas, never a section whose parts the designer could pull apart; tables stay containers.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  childKeys, fieldAt, freeKey, insertField, isContainer, isRequired, moveField, newFieldSchema, pointerOf, removeField,
  renameField, setRequired, type Json,
} from "../../editor/form-designer/model.js";
import { FIELD_KINDS } from "../../spec/fields/registry.js";

const form = (): Json => ({
  type: "object", required: ["name"],
  properties: {
    name: { type: "string", title: "姓名" },
    contact: { type: "object", title: "联系方式", required: ["phone"], properties: { phone: { type: "string", title: "电话" }, mail: { type: "string", title: "邮箱" } } },
    staff: { type: "array", title: "从业人员", items: { type: "object", properties: { who: { type: "string" }, idNo: { type: "string" } } } },
  },
});

/** How many fields (not sections or tables) the form holds, at any depth. */
function fieldCount(root: Json, path: string[] = []): number {
  return childKeys(root, path).reduce((n, k) => n + (isContainer(fieldAt(root, [...path, k])!) ? fieldCount(root, [...path, k]) : 1), 0);
}

describe("form designer model", () => {
  it("object field kinds are one field, tables and sections hold fields", () => {
    for (const kind of ["address", "dateRange", "signature"]) {
      const s = newFieldSchema(`kind:${kind}`);
      expect(s.type).toBe("object");
      expect(isContainer(s)).toBe(false);
    }
    expect(isContainer(newFieldSchema("kind:table"))).toBe(true);
    expect(isContainer(newFieldSchema("table"))).toBe(true);
    expect(isContainer(newFieldSchema("section"))).toBe(true);
    expect(isContainer(newFieldSchema("kind:region"))).toBe(false);
  });

  it("a new field's default title (and its parts', and a choice's options) follow the UI language", () => {
    const CJK = /[\u3400-\u9fff\uff00-\uffef]/;
    const titles = (s: Json): string[] => [String(s.title), ...Object.values((s.properties ?? {}) as Record<string, Json>).map((p) => String(p.title))];
    for (const k of FIELD_KINDS) {
      // in Chinese the titles are the kind's own (spec/fields/kinds), in English English ones, part for part
      expect(titles(newFieldSchema(`kind:${k.name}`, "zh-CN")), k.name).toEqual(titles(k.newSchema()));
      const en = newFieldSchema(`kind:${k.name}`, "en");
      expect(titles(en).filter((t) => CJK.test(t) || t.startsWith("ed.")), k.name).toEqual([]);
      expect({ ...en, title: undefined, properties: undefined }, k.name).toEqual({ ...k.newSchema(), title: undefined, properties: undefined });
    }
    for (const type of ["text", "number", "date", "select", "multi", "file", "table", "section"]) {
      expect(CJK.test(String(newFieldSchema(type, "zh-CN").title)), type).toBe(true);
      expect(CJK.test(JSON.stringify(newFieldSchema(type, "en"))), type).toBe(false);
    }
    expect(newFieldSchema("select", "en").enum).toEqual(["Option 1", "Option 2"]);
    expect(newFieldSchema("select").enum).toEqual(["选项一", "选项二"]);
  });

  it("inserts, renames and removes without touching the input, keeping order and required marks", () => {
    const before = form();
    const frozen = JSON.stringify(before);
    const added = insertField(before, ["contact"], "fax", { type: "string", title: "传真" }, 1);
    expect(childKeys(added, ["contact"])).toEqual(["phone", "fax", "mail"]);
    const renamed = renameField(added, ["contact", "phone"], "mobile");
    expect(childKeys(renamed, ["contact"])).toEqual(["mobile", "fax", "mail"]);
    expect(isRequired(renamed, ["contact", "mobile"])).toBe(true);
    const removed = removeField(renamed, ["contact", "mobile"]);
    expect(childKeys(removed, ["contact"])).toEqual(["fax", "mail"]);
    expect(fieldAt(removed, ["contact"])!.required).toEqual([]);
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it("a move between containers keeps every field once, with its required mark, and renames on a clash (property)", () => {
    const paths = [["name"], ["contact", "phone"], ["contact", "mail"], ["staff", "who"], ["staff", "idNo"]];
    const containers = [[], ["contact"], ["staff"]];
    fc.assert(fc.property(fc.constantFrom(...paths), fc.constantFrom(...containers), fc.nat(4), (from, to, at) => {
      const root = setRequired(form(), ["staff", "who"], true);
      const next = moveField(root, from, to, Math.min(at, childKeys(root, to).length));
      expect(fieldCount(next)).toBe(fieldCount(root));
      const key = from[from.length - 1]!;
      const landed = childKeys(next, to).find((k) => k === key || k.startsWith(key));
      expect(landed).toBeDefined();
      expect(isRequired(next, [...to, landed!])).toBe(isRequired(root, from));
    }));
  });

  it("adds a column to a table and moves a field into one (both were silently dropped before)", () => {
    const withColumn = insertField(form(), ["staff"], "phone", { type: "string", title: "电话" }, 1);
    expect(childKeys(withColumn, ["staff"])).toEqual(["who", "phone", "idNo"]);
    const moved = moveField(form(), ["name"], ["staff"], 0);
    expect(childKeys(moved, ["staff"])).toEqual(["name", "who", "idNo"]);
    expect(isRequired(moved, ["staff", "name"])).toBe(true);
    expect(moveField(form(), ["contact", "mail"], ["name"], 0)).toEqual(form());
  });

  it("refuses to move a section into itself and names free keys", () => {
    const root = form();
    expect(moveField(root, ["contact"], ["contact"], 0)).toBe(root);
    expect(freeKey(root, [], "name")).toBe("name2");
    expect(freeKey(root, [], "联系")).toBe("field");
  });

  it("points into table rows through items", () => {
    expect(pointerOf(form(), ["staff", "idNo"])).toBe("/properties/staff/items/properties/idNo");
    expect(pointerOf(form(), ["contact", "mail"])).toBe("/properties/contact/properties/mail");
  });
});
