// The registry: every kind has a new-field schema the designer's palette adds, valid for its own check when
// empty, and fieldKindOf reads explicit and inferred kinds (the merge's binding evidence).
import { describe, expect, it } from "vitest";
import { FIELD_KINDS, fieldKindOf, kindForElement } from "../../../spec/fields/index.js";
import { newFieldSchema, KIND_TYPES } from "../../../editor/form-designer/model.js";
import { ELEMENT_BY_KEY } from "../../../spec/dictionary/elements.js";
import { validateFormData } from "../../../spec/form-data.js";

describe("field-kind registry", () => {
  it("gives every kind a palette entry whose new field is of that kind and validates empty", () => {
    expect(KIND_TYPES.map((k) => k.type)).toEqual(FIELD_KINDS.map((k) => `kind:${k.name}`));
    for (const k of FIELD_KINDS) {
      const schema = newFieldSchema(`kind:${k.name}`);
      expect(fieldKindOf(schema), k.name).toBe(k.name);
      expect(validateFormData({ type: "object", properties: { f: schema } }, {}), k.name).toEqual([]);
    }
  });
  it("serves only dictionary elements that exist, and infers kinds from formats and shapes", () => {
    for (const k of FIELD_KINDS) for (const el of k.elements) expect(ELEMENT_BY_KEY.has(el), `${k.name}: ${el}`).toBe(true);
    expect(kindForElement("region")).toBe("region");
    expect(fieldKindOf({ type: "string", format: "cn-idcard" })).toBe("identity");
    expect(fieldKindOf({ type: "string", format: "cn-uscc" })).toBe("organisation");
    expect(fieldKindOf({ type: "array", items: { type: "object", properties: {} } })).toBe("table");
    expect(fieldKindOf({ type: "string", "x-kind": "no-such-kind" })).toBeUndefined();
    expect(fieldKindOf({ type: "string" })).toBeUndefined();
  });
});
