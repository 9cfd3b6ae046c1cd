// The catalogue query: every parameter is checked and named when wrong, a query survives its own URL unchanged,
// page windows cover every match exactly once, facet counts agree with the filters, pinyin initials.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  catalogueQueryParams, facetCounts, FACETS, FILTER_VALUES, MAX_PAGE_SIZE, nameInitials, pageCount, pageWindow, parseCatalogueQuery, queryTerms, rowMatches,
  searchText, type CatalogueQuery, type FacetRow,
} from "../../spec/catalogue/search.js";
import { ITEM_ORIGINS } from "../../spec/catalogue/record.js";

const parse = (qs: string) => parseCatalogueQuery(new URLSearchParams(qs));
const ok = (qs: string): CatalogueQuery => { const r = parse(qs); if (!r.ok) throw new Error(JSON.stringify(r.problems)); return r.query; };

describe("pinyin initials", () => {
  it("gives the initials of Chinese names in lower case, keeping letters and digits", () => {
    expect(nameInitials("区经信局")).toBe("qjxj");
    expect(nameInitials("企业投资项目备案（技术改造）（市级/县级）")).toBe("qytzxmbajsgzsjxj");
    expect(nameInitials("银行开户")).toBe("yhkh"); // 行 read hang in 银行
    expect(nameInitials("ICP备案 2号")).toBe("icpba2h");
  });
  it("is always lower-case letters and digits, never longer than the name", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
      const i = nameInitials(s);
      expect(i).toMatch(/^[a-z0-9]*$/);
      expect(i.length).toBeLessThanOrEqual(s.length);
    }));
  });
  it("puts name, code, department and initials in one lower-case text no term spans", () => {
    const t = searchText("营业执照ABC", "511A-01", "区市监局", "yyzzabc");
    for (const term of ["营业执照", "abc", "511a-01", "区市监局", "yyzz"]) expect(t.includes(term)).toBe(true);
    expect(queryTerms("照abc\u0001511")).toEqual(["照abc", "511"]);
  });
});

describe("parseCatalogueQuery", () => {
  it("defaults to page 1 of 20, pinyin order, no filter", () => {
    expect(ok("")).toEqual({ q: "", terms: [], department: [], task_type: [], serve_type: [], online_level: [], cross_scope: [], origin: [], sort: "name", page: 1, pageSize: 20 });
  });
  it("reads repeated and comma-separated filter values, booleans and terms", () => {
    const q = ok("q=营业 执照&department=samr,psb&department=tax&task_type=01&serve_type=1,2&hasForm=0&published=1&usedBy=qiye-kaiban&sort=code&page=3&pageSize=50");
    expect(q).toMatchObject({ terms: ["营业", "执照"], department: ["samr", "psb", "tax"], task_type: ["01"], serve_type: ["1", "2"], hasForm: false, published: true, usedBy: "qiye-kaiban", sort: "code", page: 3, pageSize: 50 });
  });
  it("names every bad parameter by its pointer, in Chinese and in English", () => {
    const r = parse(`task_type=99&serve_type=x&online_level=五级&cross_scope=火星&origin=mars&department=Bad!&hasForm=maybe&sort=random&page=0&pageSize=${MAX_PAGE_SIZE + 1}&what=1&q=${"字".repeat(101)}&usedBy=A+B&page=2`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(new Set(r.problems.map((p) => p.pointer))).toEqual(new Set(["/task_type", "/serve_type", "/online_level", "/cross_scope", "/origin", "/department", "/hasForm", "/sort", "/page", "/pageSize", "/what", "/q", "/usedBy"]));
    const at = (pointer: string) => r.problems.filter((p) => p.pointer === pointer).map((p) => p.message);
    expect(at("/task_type")).toEqual([{ zh: "事项类型「99」不是可选的值，可选：01、02、03、04、05、06、07、08、09、10、20", en: 'task_type "99" is not a known value; choose from: 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 20' }]);
    expect(at("/page")).toEqual([{ zh: "页码只能给一个值", en: "page takes one value, not 2" }, { zh: "页码「0」应为 1 到 100000 之间的整数", en: 'page "0" must be a whole number from 1 to 100000' }]);
    expect(at("/hasForm")).toEqual([{ zh: "有无表单「maybe」应为 1 或 0", en: 'hasForm "maybe" must be 1 or 0' }]);
    expect(at("/what")).toEqual([{ zh: "不认识的查询参数「what」", en: 'Unknown query parameter "what"' }]);
    expect(at("/q")).toEqual([{ zh: "关键词最多 100 个字", en: "q has at most 100 characters" }]);
    expect(at("/usedBy")).toEqual([{ zh: "所属一件事「A B」不是合法的标识", en: 'usedBy "A B" is not a one-thing key' }]);
    expect(at("/sort")).toEqual([{ zh: "排序「random」不是可选的值，可选：name、code、updated", en: 'sort "random" is not a known order; choose from: name, code, updated' }]);
  });
  it("reads back every query it writes as URL parameters", () => {
    const values = <T extends string>(xs: readonly T[]) => fc.uniqueArray(fc.constantFrom(...xs), { maxLength: xs.length });
    const query = fc.record({
      q: fc.constantFrom("", "营业执照", "qjxj", "511A0138", "登记 许可"),
      department: values(["samr", "psb", "ga-qjxj", "tax"]), task_type: values(FILTER_VALUES.task_type), serve_type: values(FILTER_VALUES.serve_type),
      online_level: values(FILTER_VALUES.online_level), cross_scope: values(FILTER_VALUES.cross_scope), origin: values(ITEM_ORIGINS),
      hasForm: fc.option(fc.boolean(), { nil: undefined }), published: fc.option(fc.boolean(), { nil: undefined }),
      usedBy: fc.option(fc.constantFrom("qiye-kaiban", "canguan"), { nil: undefined }), sort: fc.constantFrom("name", "code", "updated" as const),
      page: fc.integer({ min: 1, max: 500 }), pageSize: fc.integer({ min: 1, max: MAX_PAGE_SIZE }),
    });
    fc.assert(fc.property(query, (q) => {
      const back = ok(new URLSearchParams(catalogueQueryParams(q)).toString());
      const { q: text, ...rest } = q;
      expect(back).toMatchObject(Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
      expect(back.q).toBe(text);
      expect(back.terms).toEqual(queryTerms(text));
    }));
  });
});

describe("paging", () => {
  it("covers every match exactly once, in order, for any total and page size", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: MAX_PAGE_SIZE }), (total, size) => {
      const seen: number[] = [];
      for (let p = 1; p <= pageCount(total, size); p++) {
        const { offset, limit } = pageWindow(p, size);
        for (let i = offset; i < Math.min(total, offset + limit); i++) seen.push(i);
      }
      expect(seen).toEqual([...Array(total).keys()]);
      expect(pageWindow(pageCount(total, size) + 1, size).offset).toBeGreaterThanOrEqual(total);
    }));
  });
});

describe("facetCounts", () => {
  const row = fc.record({
    department: fc.constantFrom("samr", "psb", "tax"), task_type: fc.constantFrom("01", "07", "20", null), serve_type: fc.subarray(["1", "2", "5"]),
    online_level: fc.constantFrom("三级", "四级", null), cross_scope: fc.constantFrom("无", "全国", null), origin: fc.constantFrom("template", "seed-district"),
    has_form: fc.boolean(), published: fc.boolean(), usedBy: fc.subarray(["qiye-kaiban", "canguan"]), count: fc.integer({ min: 1, max: 30 }),
  }) as fc.Arbitrary<FacetRow>;
  const query = fc.record({
    department: fc.subarray(["samr", "psb"]), task_type: fc.subarray(["01", "20"]), serve_type: fc.subarray(["2"]), online_level: fc.subarray(["四级"]),
    cross_scope: fc.subarray(["无"]), origin: fc.subarray(["template" as const]), hasForm: fc.option(fc.boolean(), { nil: undefined }),
    usedBy: fc.option(fc.constant("qiye-kaiban"), { nil: undefined }), published: fc.option(fc.boolean(), { nil: undefined }),
  }).map((f) => ({ ...ok(""), ...f }) as CatalogueQuery);

  it("totals the rows matching every filter, and counts each facet under the other filters only", () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), query, (rows, q) => {
      const { total, facets } = facetCounts(rows, q);
      expect(total).toBe(rows.filter((r) => rowMatches(r, q)).reduce((n, r) => n + r.count, 0));
      // choosing a department value gives exactly the count its facet showed
      for (const f of facets.department) expect(facetCounts(rows, { ...q, department: [f.value] }).total).toBe(f.count);
      for (const f of facets.task_type) expect(facetCounts(rows, { ...q, task_type: [f.value] }).total).toBe(f.count);
      for (const f of facets.hasForm) expect(facetCounts(rows, { ...q, hasForm: f.value === "1" }).total).toBe(f.count);
      for (const f of facets.usedBy) expect(facetCounts(rows, { ...q, usedBy: f.value }).total).toBe(f.count);
      expect(Object.keys(facets).sort()).toEqual([...FACETS].sort());
    }));
  });
});
