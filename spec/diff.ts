// Differences between two versions of a bundle document, for the change summary of a publication: items
// added/removed/changed, form fields added/removed/relabelled/moved (a field whose source fields are the same at
// another pointer moved to another section: one change, not an addition and a removal), guide questions, flow nodes and edges. Works on
// raw JSON (a draft may be invalid), never throws.
import type { Json } from "./common.js";
import { say, type Bilingual } from "./bilingual.js";
import { escapePointer } from "./pointer.js";

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as unknown[]).map(obj) : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A field of a form schema, by schema pointer. */
export interface DiffField { pointer: string; title: string }

/** A field moved to another place: its title (after the move) and the titles of the sections it left and joined. */
export interface DiffMove { from: string; to: string; title: string; fromSection: string; toSection: string }

/** Everything that changed between two bundle documents. */
export interface BundleDiff {
  items: { added: string[]; removed: string[]; changed: Array<{ id: string; name: string; parts: ItemPart[] }> };
  fields: { added: DiffField[]; removed: DiffField[]; relabelled: Array<{ pointer: string; from: string; to: string }>; moved: DiffMove[] };
  /** Questions by title; `applicability` says whether the items' applicability conditions changed. */
  guide: { added: string[]; removed: string[]; changed: string[]; applicability: boolean };
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

/** A part of an item a change touched. */
export type ItemPart = "basics" | "deadline" | "fees" | "materials" | "channels" | "form" | "other";

/** The name of each item part, in both languages. */
export const ITEM_PART_LABEL: Record<ItemPart, Bilingual> = {
  basics: say("基本信息", "basic information"), deadline: say("时限", "time limits"), fees: say("收费", "fees"),
  materials: say("材料", "materials"), channels: say("渠道", "channels"), form: say("表单", "form"), other: say("其他", "other"),
};

/** The name of each top-level property the diff compares, in both languages. */
export const BASIC_LABEL: Record<string, Bilingual> = {
  title: say("名称", "name"), category: say("分类", "category"), summary: say("简介", "summary"), audience: say("服务对象", "audience"),
  lead: say("牵头部门", "lead department"), cooperating: say("配合部门", "cooperating departments"),
};

/** The guide's applicability conditions, named in a diff. */
export const APPLICABILITY_LABEL = say("事项适用条件", "items' applicability conditions");

const ITEM_PARTS: Array<[ItemPart, string[]]> = [
  ["basics", ["task_name", "task_type", "by_law", "department", "dept_name", "accept_condition", "result_type", "result_name"]],
  ["deadline", ["anticipate_day", "anticipate_type", "promise_day", "promise_type", "project_type"]],
  ["fees", ["is_charge", "charges"]],
  ["materials", ["materials"]],
  ["channels", ["serve_type", "handle_type", "limit_scene_num", "online_level", "supports", "cross_scope", "place", "hours", "phone"]],
  ["form", ["form"]],
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
    items.changed.push({ id, name: name(x, id), parts: parts.length ? parts : ["other"] });
  }
  const fa = formFields(obj(a.form).schema), fb = formFields(obj(b.form).schema);
  const added = [...fb].filter(([p]) => !fa.has(p)).map(([pointer, title]) => ({ pointer, title }));
  const removed = [...fa].filter(([p]) => !fb.has(p)).map(([pointer, title]) => ({ pointer, title }));
  const moved = fieldMoves(obj(a.form), obj(b.form), removed, added);
  const fields: BundleDiff["fields"] = {
    added: added.filter((f) => !moved.some((m) => m.to === f.pointer)),
    removed: removed.filter((f) => !moved.some((m) => m.from === f.pointer)),
    relabelled: [...fb].filter(([p, t]) => fa.has(p) && fa.get(p) !== t).map(([pointer, to]) => ({ pointer, from: fa.get(pointer)!, to })),
    moved,
  };
  const qa = byId(arr(obj(a.guide).questions)), qb = byId(arr(obj(b.guide).questions));
  const qt = (x: Json | undefined, id: string) => (typeof x?.title === "string" ? x.title : id);
  const guide: BundleDiff["guide"] = {
    added: [...qb.keys()].filter((k) => !qa.has(k)).map((k) => qt(qb.get(k), k)),
    removed: [...qa.keys()].filter((k) => !qb.has(k)).map((k) => qt(qa.get(k), k)),
    changed: [...qb].filter(([k, x]) => qa.has(k) && !same(x, qa.get(k))).map(([k, x]) => qt(x, k)),
    applicability: !same(obj(a.guide).applicability, obj(b.guide).applicability),
  };
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

/** The title of the section a field sits in (its parent object), or "" at the top level. */
function sectionTitle(schema: unknown, pointer: string): string {
  const parts = pointer.split("/").slice(1);
  let at = obj(schema), title = "";
  for (let i = 0; i < parts.length - 2; i += 2) {
    at = obj(obj(at[parts[i]!])[parts[i + 1]!.replace(/~1/g, "/").replace(/~0/g, "~")]);
    if (parts[i + 2] === "items") { at = obj(at.items); i++; }
    if (typeof at.title === "string") title = at.title;
  }
  return title;
}

/** Removed and added fields that hold the same source fields (the smart form's provenance): moves. */
function fieldMoves(a: Json, b: Json, removed: DiffField[], added: DiffField[]): DiffMove[] {
  const sig = (form: Json, p: string) => { const refs = obj(form.provenance)[p]; return Array.isArray(refs) && refs.length ? refs.map((r) => `${String(obj(r).item)}#${String(obj(r).pointer)}`).sort().join("|") : undefined; };
  const to = new Map<string, DiffField>();
  for (const f of added) { const s = sig(b, f.pointer); if (s) to.set(s, f); }
  const out: DiffMove[] = [];
  for (const f of removed) {
    const s = sig(a, f.pointer), g = s ? to.get(s) : undefined;
    if (!g) continue;
    to.delete(s!);
    out.push({ from: f.pointer, to: g.pointer, title: g.title, fromSection: sectionTitle(a.schema, f.pointer), toSection: sectionTitle(b.schema, g.pointer) });
  }
  return out;
}

/** Whether a diff has no changes at all. */
export function isEmptyDiff(d: BundleDiff): boolean {
  return summarizeDiff(d).zh === "";
}

/** Sentences of a change summary, each in both languages. */
type Sentences = Bilingual[];

const zhList = (xs: string[], max = 3) => xs.slice(0, max).map((x) => `「${x}」`).join("、") + (xs.length > max ? ` 等 ${xs.length} 项` : "");
const enList = (xs: string[], max = 3) => xs.slice(0, max).map((x) => `"${x}"`).join(", ") + (xs.length > max ? ` (${xs.length} in all)` : "");
const join = (xs: Bilingual[], zh: string, en: string): Bilingual => say(xs.map((x) => x.zh).join(zh), xs.map((x) => x.en).join(en));
const listed = (zh: string, en: string, xs: string[]): Bilingual => say(`${zh}${zhList(xs)}`, `${en} ${enList(xs)}`);

function itemSentences(d: BundleDiff): Sentences {
  const out: Sentences = [];
  if (d.basics.length) { const b = join(d.basics.map((k) => BASIC_LABEL[k] ?? say(k, k)), "、", ", "); out.push(say(`修改${b.zh}`, `changed the ${b.en}`)); }
  if (d.items.added.length) out.push(listed("新增事项", "added items", d.items.added));
  if (d.items.removed.length) out.push(listed("删除事项", "removed items", d.items.removed));
  for (const c of d.items.changed.slice(0, 3)) {
    const parts = join(c.parts.map((p) => ITEM_PART_LABEL[p]), "、", ", ");
    out.push(say(`修改事项「${c.name}」的${parts.zh}`, `changed the ${parts.en} of item "${c.name}"`));
  }
  if (d.items.changed.length > 3) out.push(say(`另有 ${d.items.changed.length - 3} 个事项有修改`, `${d.items.changed.length - 3} more items changed`));
  return out;
}

/** A move as staff read it: "姓名：职工 → 申请人". */
export function moveText(m: DiffMove): string {
  return `${m.title}：${m.fromSection || "—"} → ${m.toSection || "—"}`;
}

function formAndGuideSentences(d: BundleDiff): Sentences {
  const out: Sentences = [];
  const fields = (zh: string, en: string, xs: DiffField[]) => {
    const t = xs.map((f) => f.title);
    return say(`${zh} ${t.length} 个字段${zhList(t)}`, `${en.replace("N", `${t.length} field${t.length === 1 ? "" : "s"}`)} ${enList(t)}`);
  };
  if (d.fields.added.length) out.push(fields("表单新增", "added N to the form", d.fields.added));
  if (d.fields.removed.length) out.push(fields("表单删除", "removed N from the form", d.fields.removed));
  if (d.fields.relabelled.length) out.push(listed("字段改名", "renamed fields", d.fields.relabelled.map((f) => `${f.from}→${f.to}`)));
  if (d.fields.moved.length) out.push(listed("移动字段", "moved fields", d.fields.moved.map(moveText)));
  if (d.guide.added.length) out.push(listed("引导新增问题", "added guide questions", d.guide.added));
  if (d.guide.removed.length) out.push(listed("引导删除问题", "removed guide questions", d.guide.removed));
  const changed = d.guide.changed;
  if (changed.length || d.guide.applicability) {
    const zh = [...changed.map((x) => `「${x}」`), ...(d.guide.applicability ? [`「${APPLICABILITY_LABEL.zh}」`] : [])];
    const en = [...changed.map((x) => `"${x}"`), ...(d.guide.applicability ? [`the ${APPLICABILITY_LABEL.en}`] : [])];
    out.push(say(`引导修改${zh.slice(0, 3).join("、")}${zh.length > 3 ? ` 等 ${zh.length} 项` : ""}`, `changed in the guide: ${en.slice(0, 3).join(", ")}${en.length > 3 ? ` (${en.length} in all)` : ""}`));
  }
  return out;
}

function flowSentence(d: BundleDiff): Bilingual | undefined {
  const f = d.flow;
  const parts: Sentences = [];
  if (f.nodesAdded.length) parts.push(listed("新增环节", "added steps", f.nodesAdded));
  if (f.nodesRemoved.length) parts.push(listed("删除环节", "removed steps", f.nodesRemoved));
  if (f.nodesChanged.length) parts.push(listed("修改环节", "changed steps", f.nodesChanged));
  if (f.edgesAdded.length || f.edgesRemoved.length) parts.push(say(`连线 +${f.edgesAdded.length}/−${f.edgesRemoved.length}`, `connections +${f.edgesAdded.length}/−${f.edgesRemoved.length}`));
  if (!parts.length) return undefined;
  const p = join(parts, "，", ", ");
  return say(`流程：${p.zh}`, `flow: ${p.en}`);
}

/** A one-paragraph change summary of a diff in both languages ("" when nothing changed), suggested when publishing. */
export function summarizeDiff(d: BundleDiff): Bilingual {
  const flow = flowSentence(d);
  const all = [...itemSentences(d), ...formAndGuideSentences(d), ...(flow ? [flow] : [])];
  const s = join(all, "；", "; ");
  return say(s.zh, s.en.replace(/^./, (c) => c.toUpperCase()));
}
