// Differences between two versions of a bundle document, for the change summary of a publication: items
// added/removed/changed, form fields added/removed/relabelled, guide questions, flow nodes and edges. Works on
// raw JSON (a draft may be invalid), never throws.
import type { Json } from "./common.js";
import { escapePointer } from "./pointer.js";

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as unknown[]).map(obj) : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A field of a form schema, by schema pointer. */
export interface DiffField { pointer: string; title: string }

/** Everything that changed between two bundle documents. */
export interface BundleDiff {
  items: { added: string[]; removed: string[]; changed: Array<{ id: string; name: string; parts: string[] }> };
  fields: { added: DiffField[]; removed: DiffField[]; relabelled: Array<{ pointer: string; from: string; to: string }> };
  guide: { added: string[]; removed: string[]; changed: string[] };
  flow: { nodesAdded: string[]; nodesRemoved: string[]; nodesChanged: string[]; edgesAdded: string[]; edgesRemoved: string[] };
  /** Top-level properties (title, lead, ...) whose value changed. */
  basics: string[];
}

/** Leaf fields of a JSON Schema form (through sections and table items), in order. */
export function formFields(schema: unknown, pointer = "", out: Map<string, string> = new Map()): Map<string, string> {
  const s = obj(schema);
  const props = obj(s.properties);
  for (const [k, v] of Object.entries(props)) {
    const p = `${pointer}/properties/${escapePointer(k)}`;
    const f = obj(v);
    if (f.type === "object" && f.properties) formFields(f, p, out);
    else if (f.type === "array" && obj(f.items).type === "object") formFields(f.items, `${p}/items`, out);
    else out.set(p, typeof f.title === "string" ? f.title : k);
  }
  return out;
}

function byId(list: Json[], key = "id"): Map<string, Json> {
  const m = new Map<string, Json>();
  for (const x of list) if (typeof x[key] === "string") m.set(x[key] as string, x);
  return m;
}

const ITEM_PARTS: Array<[string, string[]]> = [
  ["基本信息", ["task_name", "task_type", "by_law", "department", "dept_name", "accept_condition", "result_type", "result_name"]],
  ["时限", ["anticipate_day", "anticipate_type", "promise_day", "promise_type", "project_type"]],
  ["收费", ["is_charge", "charges"]],
  ["材料", ["materials"]],
  ["渠道", ["serve_type", "handle_type", "limit_scene_num", "online_level", "supports", "cross_scope", "place", "hours", "phone"]],
  ["表单", ["form"]],
];

/** Compares two bundle documents (previous → next). */
export function diffBundles(prev: unknown, next: unknown): BundleDiff {
  const a = obj(prev), b = obj(next);
  const ia = byId(arr(a.items)), ib = byId(arr(b.items));
  const name = (x: Json | undefined, id: string) => (typeof x?.task_name === "string" ? x.task_name : id);
  const items: BundleDiff["items"] = {
    added: [...ib.keys()].filter((k) => !ia.has(k)).map((k) => name(ib.get(k), k)),
    removed: [...ia.keys()].filter((k) => !ib.has(k)).map((k) => name(ia.get(k), k)),
    changed: [],
  };
  for (const [id, x] of ib) {
    const y = ia.get(id);
    if (!y || same(x, y)) continue;
    const parts = ITEM_PARTS.filter(([, keys]) => keys.some((k) => !same(x[k], y[k]))).map(([p]) => p);
    items.changed.push({ id, name: name(x, id), parts: parts.length ? parts : ["其他"] });
  }
  const fa = formFields(obj(a.form).schema), fb = formFields(obj(b.form).schema);
  const fields: BundleDiff["fields"] = {
    added: [...fb].filter(([p]) => !fa.has(p)).map(([pointer, title]) => ({ pointer, title })),
    removed: [...fa].filter(([p]) => !fb.has(p)).map(([pointer, title]) => ({ pointer, title })),
    relabelled: [...fb].filter(([p, t]) => fa.has(p) && fa.get(p) !== t).map(([pointer, to]) => ({ pointer, from: fa.get(pointer)!, to })),
  };
  const qa = byId(arr(obj(a.guide).questions)), qb = byId(arr(obj(b.guide).questions));
  const qt = (x: Json | undefined, id: string) => (typeof x?.title === "string" ? x.title : id);
  const guide: BundleDiff["guide"] = {
    added: [...qb.keys()].filter((k) => !qa.has(k)).map((k) => qt(qb.get(k), k)),
    removed: [...qa.keys()].filter((k) => !qb.has(k)).map((k) => qt(qa.get(k), k)),
    changed: [...qb].filter(([k, x]) => qa.has(k) && !same(x, qa.get(k))).map(([k, x]) => qt(x, k)),
  };
  if (!same(obj(a.guide).applicability, obj(b.guide).applicability)) guide.changed.push("事项适用条件");
  const na = byId(arr(obj(a.flow).nodes)), nb = byId(arr(obj(b.flow).nodes));
  const nl = (x: Json | undefined, id: string) => { const d = obj(x?.data); return typeof d.label === "string" ? d.label : typeof d.name === "string" ? d.name : id; };
  const edgeKey = (e: Json) => `${String(e.source)} → ${String(e.target)}${e.sourceHandle ? ` (${String(e.sourceHandle)})` : ""}`;
  const ea = new Set(arr(obj(a.flow).edges).map(edgeKey)), eb = new Set(arr(obj(b.flow).edges).map(edgeKey));
  const flow: BundleDiff["flow"] = {
    nodesAdded: [...nb.keys()].filter((k) => !na.has(k)).map((k) => nl(nb.get(k), k)),
    nodesRemoved: [...na.keys()].filter((k) => !nb.has(k)).map((k) => nl(na.get(k), k)),
    nodesChanged: [...nb].filter(([k, x]) => na.has(k) && !same({ ...x, position: 0 }, { ...na.get(k), position: 0 })).map(([k, x]) => nl(x, k)),
    edgesAdded: [...eb].filter((e) => !ea.has(e)),
    edgesRemoved: [...ea].filter((e) => !eb.has(e)),
  };
  const basics = ["title", "category", "summary", "audience", "lead", "cooperating"].filter((k) => !same(a[k], b[k]));
  return { items, fields, guide, flow, basics };
}

/** Whether a diff has no changes at all. */
export function isEmptyDiff(d: BundleDiff): boolean {
  return summarizeDiff(d) === "";
}

const list = (xs: string[], max = 3) => xs.slice(0, max).map((x) => `「${x}」`).join("、") + (xs.length > max ? ` 等 ${xs.length} 项` : "");

/** A one-paragraph Chinese change summary of a diff ("" when nothing changed), suggested when publishing. */
export function summarizeDiff(d: BundleDiff): string {
  const out: string[] = [];
  const BASIC_LABEL: Record<string, string> = { title: "名称", category: "分类", summary: "简介", audience: "服务对象", lead: "牵头部门", cooperating: "配合部门" };
  if (d.basics.length) out.push(`修改${d.basics.map((k) => BASIC_LABEL[k] ?? k).join("、")}`);
  if (d.items.added.length) out.push(`新增事项${list(d.items.added)}`);
  if (d.items.removed.length) out.push(`删除事项${list(d.items.removed)}`);
  for (const c of d.items.changed.slice(0, 3)) out.push(`修改事项「${c.name}」的${c.parts.join("、")}`);
  if (d.items.changed.length > 3) out.push(`另有 ${d.items.changed.length - 3} 个事项有修改`);
  if (d.fields.added.length) out.push(`表单新增 ${d.fields.added.length} 个字段${list(d.fields.added.map((f) => f.title))}`);
  if (d.fields.removed.length) out.push(`表单删除 ${d.fields.removed.length} 个字段${list(d.fields.removed.map((f) => f.title))}`);
  if (d.fields.relabelled.length) out.push(`字段改名${list(d.fields.relabelled.map((f) => `${f.from}→${f.to}`))}`);
  if (d.guide.added.length) out.push(`引导新增问题${list(d.guide.added)}`);
  if (d.guide.removed.length) out.push(`引导删除问题${list(d.guide.removed)}`);
  if (d.guide.changed.length) out.push(`引导修改${list(d.guide.changed)}`);
  const f = d.flow;
  const flowParts = [
    f.nodesAdded.length && `新增环节${list(f.nodesAdded)}`, f.nodesRemoved.length && `删除环节${list(f.nodesRemoved)}`,
    f.nodesChanged.length && `修改环节${list(f.nodesChanged)}`, (f.edgesAdded.length || f.edgesRemoved.length) && `连线 +${f.edgesAdded.length}/−${f.edgesRemoved.length}`,
  ].filter(Boolean);
  if (flowParts.length) out.push(`流程：${flowParts.join("，")}`);
  return out.join("；");
}
