// A form written for any JSON Schema draft compiles and validates in the product's one dialect (tryout 10 #33:
// an imported draft 2020-12 form blanked the editor with Ajv's "no schema with key or ref").
import { describe, expect, it } from "vitest";
import { validateFormData } from "../../spec/form-data.js";

const form = (dialect: string) => ({
  $schema: dialect, type: "object", title: "失业登记", required: ["xm"],
  properties: { xm: { type: "string", title: "姓名" }, nl: { type: "integer", title: "年龄", minimum: 16 } },
});

describe("forms declaring their own $schema", () => {
  for (const dialect of ["https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema", "http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-04/schema#", "urn:example:unknown"]) {
    it(`validates a form declaring ${dialect}`, () => {
      expect(validateFormData(form(dialect), { xm: "张三", nl: 30 })).toEqual([]);
      const errors = validateFormData(form(dialect), { nl: 12 });
      expect(errors.map((e) => [e.pointer, e.field])).toEqual(expect.arrayContaining([["/xm", "姓名"], ["/nl", "年龄"]]));
    });
  }
});

describe("an item whose form declares its own draft", () => {
  it("is a valid item and its form validates data (the editor's problem check and the server's publish)", async () => {
    const { ITEM_LICENCE } = await import("../fixtures/bundle.js");
    const { validateItem } = await import("../../spec/index.js");
    const item = { ...ITEM_LICENCE, form: { schema: { ...ITEM_LICENCE.form.schema, $schema: "https://json-schema.org/draft/2020-12/schema" } } };
    expect(validateItem(item)).toMatchObject({ ok: true });
    expect(validateFormData(item.form.schema, {}).map((e) => e.field)).toEqual(["店铺名称"]);
  });
});
