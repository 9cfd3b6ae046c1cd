// Runtime helpers of the field kinds: what the number widget makes of typed text (no exponent notation), the
// region search by name, code and pinyin, and the locking of ID-derived fields.
import { describe, expect, it } from "vitest";
import * as pinyinPro from "pinyin-pro";
import { parseTyped } from "../../runtime/widgets/NumberWidget.js";
import { lockFields } from "../../runtime/shared/form/derived.js";

describe("number widget parsing", () => {
  it("turns only plain decimal notation into numbers", () => {
    expect(parseTyped("100")).toBe(100);
    expect(parseTyped(" 12.50 ")).toBe(12.5);
    expect(parseTyped("-3")).toBe(-3);
    expect(parseTyped("")).toBeUndefined();
    for (const text of ["1e9", "0x10", "1,000", "12.", "Infinity", "1 000"]) expect(parseTyped(text), text).toBe(text.trim());
  });
});

describe("derived-field locks", () => {
  it("marks the fields at data pointers read-only, leaving table rows and the input alone", () => {
    const schema = { type: "object", properties: { p: { type: "object", properties: { xb: { type: "string" }, csrq: { type: "string" } } } } };
    const locked = lockFields(schema, ["/p/xb", "/rows/0/xb"]);
    expect((locked.properties as never as { p: { properties: { xb: { readOnly?: boolean }; csrq: { readOnly?: boolean } } } }).p.properties.xb.readOnly).toBe(true);
    expect((locked.properties as never as { p: { properties: { csrq: { readOnly?: boolean } } } }).p.properties.csrq.readOnly).toBeUndefined();
    expect(JSON.stringify(schema)).not.toContain("readOnly");
  });
});

describe("pinyin matching used by the cascader search", () => {
  it("matches initials and full pinyin from the start of a name", () => {
    expect(pinyinPro.match("朝阳区", "cyq", { precision: "start" })).not.toBeNull();
    expect(pinyinPro.match("朝阳区", "chaoyang", { precision: "start" })).not.toBeNull();
    expect(pinyinPro.match("海淀区", "chaoyang", { precision: "start" })).toBeNull();
  });
});
