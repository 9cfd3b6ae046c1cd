// Labels of merged fields that staff can tell apart in a picker: the titles of the sections around a field before
// its own ("申请人 · 银行账号"), and where two fields would still read the same, the forms they come from
// ("银行账号（住房公积金提取申请表）"). Two identical "银行账号" entries are two fields nobody can choose between.
import { arr, obj, type Json } from "./doc.js";
import { schemaAt } from "./variables.js";

/** The section titles and the field's title along a merged field's pointer, joined by " · ". */
export function fieldPath(form: Json, pointer: string): string {
  const parts = pointer.split("/");
  const titles: string[] = [];
  for (let i = 2; i < parts.length; i++) {
    if (parts[i - 1] !== "properties") continue;
    const at = parts.slice(0, i + 1).join("/");
    const t = schemaAt(form.schema, at)?.title;
    titles.push(typeof t === "string" && t ? t : parts[i]!.replace(/~1/g, "/").replace(/~0/g, "~"));
  }
  return titles.join(" · ");
}

/** Distinguishable labels of the given merged fields (see the file comment); `itemName` names a form by its item id. */
export function fieldLabels(form: Json, pointers: readonly string[], itemName: (id: string) => string): Map<string, string> {
  const paths = new Map(pointers.map((p) => [p, fieldPath(form, p)]));
  const count = new Map<string, number>();
  for (const l of paths.values()) count.set(l, (count.get(l) ?? 0) + 1);
  return new Map([...paths].map(([p, l]) => {
    if (count.get(l)! < 2) return [p, l];
    const items = [...new Set(arr<{ item: string }>(obj(form.provenance)[p]).map((r) => itemName(r.item)))];
    return [p, items.length ? `${l}（${items.join("、")}）` : `${l}（${p}）`];
  }));
}
