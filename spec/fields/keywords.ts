// The kinds' checks as Ajv keywords, so every validation in yijian — the browser on blur, the server at
// submit — runs them through the one Ajv of spec/ajv.ts: `x-kind` (the kind's check) and `x-constraints`
// (table constraints). Errors carry both languages in `params` and point at the field (or sibling) concerned.
import type Ajv from "ajv";
import type { ErrorObject } from "ajv";
import { toPointer, parsePointer } from "../pointer.js";
import { constraintIssues } from "./kinds/table.js";
import { KIND_BY_NAME } from "./registry.js";
import { todayInBeijing } from "./today.js";
import { isEmpty, type Json, type KindIssue } from "./types.js";

interface DataCxt { instancePath: string; parentData?: unknown; parentDataProperty?: string | number; rootData: unknown }

/** Turns a kind's issues into Ajv errors at their data pointers (".." steps to the parent object). */
function toErrors(keyword: string, issues: KindIssue[], instancePath: string): ErrorObject[] {
  return issues.map((i) => {
    const segs = parsePointer(instancePath);
    for (const p of i.path ?? []) if (p === "..") segs.pop(); else segs.push(p);
    return { keyword, instancePath: toPointer(segs), schemaPath: `#/${keyword}`, params: { code: i.code, zh: i.message.zh, en: i.message.en }, message: i.message.zh };
  });
}

function checkKind(name: unknown, data: unknown, parentSchema?: Json, cxt?: DataCxt): boolean {
  const kind = typeof name === "string" ? KIND_BY_NAME.get(name) : undefined;
  if (!kind || isEmpty(data) || !parentSchema || !cxt) return true;
  const parent = cxt.parentData && typeof cxt.parentData === "object" ? (cxt.parentData as Json) : undefined;
  const key = typeof cxt.parentDataProperty === "string" ? cxt.parentDataProperty : undefined;
  const issues = kind.check(data, parentSchema, { parent, key, root: cxt.rootData, today: todayInBeijing() });
  checkKind.errors = toErrors("x-kind", issues, cxt.instancePath);
  return issues.length === 0;
}
checkKind.errors = [] as ErrorObject[];

function checkConstraints(_list: unknown, data: unknown, parentSchema?: Json, cxt?: DataCxt): boolean {
  if (!Array.isArray(data) || !parentSchema || !cxt || parentSchema["x-kind"] === "table") return true; // tables run them in their kind check
  const issues = constraintIssues(data, parentSchema, cxt.rootData);
  checkConstraints.errors = toErrors("x-constraints", issues, cxt.instancePath);
  return issues.length === 0;
}
checkConstraints.errors = [] as ErrorObject[];

/** Registers the field-kind keywords (and the other x- annotations as known keywords) on an Ajv instance. */
export function addFieldKeywords(ajv: Ajv): Ajv {
  ajv.addKeyword({ keyword: "x-kind", schemaType: "string", errors: true, validate: checkKind as never });
  ajv.addKeyword({ keyword: "x-constraints", schemaType: "array", errors: true, validate: checkConstraints as never });
  for (const keyword of ["x-options", "x-compute"]) ajv.addKeyword({ keyword });
  return ajv;
}

/** Keywords whose errors carry their own bilingual message (params.zh / params.en). */
export const FIELD_KEYWORDS: ReadonlySet<string> = new Set(["x-kind", "x-constraints", "x-compute"]);
