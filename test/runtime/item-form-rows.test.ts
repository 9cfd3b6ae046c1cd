// An item's own form as rows to read (本部门表单): date fields and 起止日期 ranges are fields marked as dates, so the
// workbench writes them in words (tryout 10 #44), not groups of ISO strings.
import { expect, test } from "vitest";
import { formRows } from "../../runtime/workbench/item-form-rows.js";

test("dates, times and date ranges are date fields; other objects stay groups", () => {
  const schema = { type: "object", properties: {
    person: { type: "object", title: "人员", properties: { birth: { type: "string", format: "date", title: "出生年月" }, at: { type: "string", format: "date-time", title: "登记时间" }, day: { type: "string", "x-kind": "date", title: "就业日期" } } },
    term: { type: "object", "x-kind": "dateRange", title: "营业期限", properties: { start: { type: "string", format: "date" }, end: { type: "string", format: "date" } } },
  } };
  const data = { person: { birth: "1949-12-31", at: "2026-12-08T01:00:00.000Z", day: "2099-01-01" }, term: { start: "2026-12-08", longTerm: true } };
  const rows = formRows(schema, {}, data, (n) => `第 ${n} 行`);
  expect(rows).toEqual([
    { kind: "group", pointer: "/person", label: "人员", rows: [
      { kind: "field", pointer: "/person/birth", label: "出生年月", value: "1949-12-31", date: "date" },
      { kind: "field", pointer: "/person/at", label: "登记时间", value: "2026-12-08T01:00:00.000Z", date: "dateTime" },
      { kind: "field", pointer: "/person/day", label: "就业日期", value: "2099-01-01", date: "date" },
    ] },
    { kind: "field", pointer: "/term", label: "营业期限", value: { start: "2026-12-08", longTerm: true }, date: "dateRange" },
  ]);
});
