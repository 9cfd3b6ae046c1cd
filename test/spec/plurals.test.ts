// English counts take the form their number asks for (tryout 8, #23: "1 pages", "1 fields"): one helper for code
// (countEn) and one syntax for dictionary texts ({n|# field|# fields}), both on Intl.PluralRules.
import { describe, expect, it } from "vitest";
import { choosePlurals, countEn } from "../../spec/bilingual.js";

describe("English plurals", () => {
  it("countEn says 1 page, 0 pages, 2 pages", () => {
    expect([0, 1, 2, 21].map((n) => countEn(n, "page", "pages"))).toEqual(["0 pages", "1 page", "2 pages", "21 pages"]);
  });

  it("choosePlurals fills {n|one|other} from its parameter, # being the number", () => {
    const text = "Form: {title} ({n|# top-level field|# top-level fields})";
    expect(choosePlurals(text, { n: 1 }, "en")).toBe("Form: {title} (1 top-level field)");
    expect(choosePlurals(text, { n: 3 }, "en")).toBe("Form: {title} (3 top-level fields)");
    expect(choosePlurals("{n|# item|# items}, {m|# day|# days}", { n: 1, m: 0 }, "en")).toBe("1 item, 0 days");
  });

  it("leaves a choice whose parameter is missing, and JSON-looking braces, as written", () => {
    expect(choosePlurals("{n|# item|# items}", {}, "en")).toBe("{n|# item|# items}");
    expect(choosePlurals('{"date_add":[a, b, "days|weeks"]}', { n: 1 }, "en")).toBe('{"date_add":[a, b, "days|weeks"]}');
  });
});
