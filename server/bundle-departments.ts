// Every department a bundle names must be one of the deployment's departments (the departments table): an item's
// 实施主体, the lead and the cooperating departments here, each flow step's 办理部门 through the flow check. A
// department nobody belongs to would publish a one-thing whose tasks no account can ever take (tryout 9, #19).
import { sql } from "drizzle-orm";
import type { Bundle } from "../spec/bundle.js";
import type { Queryable } from "./db/database.js";
import { say, type Bilingual } from "./messages.js";

/** The deployment's departments with their names (for naming flow steps by department), by id. */
export async function departmentDirectory(q: Queryable): Promise<Record<string, { zh: string; en: string }>> {
  const rows = await q.all<{ id: string; name: string; name_en: string }>(sql`SELECT id, name, name_en FROM departments`);
  return Object.fromEntries(rows.map((r) => [r.id, { zh: r.name, en: r.name_en }]));
}

/** The bundle's items, lead and cooperating departments that are not among `known`, each with its pointer. */
export function unknownBundleDepartments(spec: Pick<Bundle, "lead" | "cooperating" | "items">, known: ReadonlySet<string>): Array<{ pointer: string; message: Bilingual }> {
  const out: Array<{ pointer: string; message: Bilingual }> = [];
  if (!known.has(spec.lead)) out.push({ pointer: "/lead", message: say(`牵头部门「${spec.lead}」不在部门名录中`, `The lead department "${spec.lead}" is not in the department registry`) });
  spec.cooperating.forEach((d, i) => {
    if (!known.has(d)) out.push({ pointer: `/cooperating/${i}`, message: say(`配合部门「${d}」不在部门名录中`, `The cooperating department "${d}" is not in the department registry`) });
  });
  spec.items.forEach((item, i) => {
    if (!known.has(item.department)) {
      out.push({ pointer: `/items/${i}/department`, message: say(`事项「${item.task_name}」的实施部门「${item.department}」不在部门名录中，案件无人办理：请选择一个部门`, `The department "${item.department}" of item "${item.task_name}" is not in the department registry, so nobody could handle its cases: choose a department`) });
    }
  });
  return out;
}
