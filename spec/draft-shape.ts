// What a one-thing draft must be to be stored at all. A draft is work in progress: it is saved with every problem
// the spec check finds (a missing 设定依据, a half-drawn flow) and only publishing refuses those. What cannot be
// stored is a document that is not a one-thing: not an object, another kind of document, another format version,
// no usable key, containers of the wrong type (every screen reads items, guide, form and flow as such), or a
// malformed merge record (later merges replay form.edits / form.decisions, so a broken entry would break them).
import { z } from "zod";
import { say } from "./bilingual.js";
import { MergeEditSchema } from "./bundle.js";
import { Id, SCHEMA_VERSION } from "./common.js";
import { issueMessage } from "./issue-messages.js";
import { toPointer } from "./pointer.js";
import type { SpecProblem } from "./spec-validation.js";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const shown = (v: unknown): string => (typeof v === "string" ? `「${v.slice(0, 40)}」` : JSON.stringify(v)?.slice(0, 40) ?? String(v));

const MergeRecord = z.object({
  edits: z.array(MergeEditSchema).max(2000).optional(),
  decisions: z.record(z.string().max(200), z.enum(["accept", "reject"])).optional(),
});

/** Why a document cannot be stored as a one-thing draft (empty when it can, whatever else is unfinished in it);
 *  why: saving a draft refuses only what cannot be kept, and says what and where. */
export function draftShapeProblems(doc: unknown): SpecProblem[] {
  if (!isObject(doc)) return [{ pointer: "", message: say("这不是一件事文档：应为一个 JSON 对象", "This is not a one-thing document: it should be a JSON object") }];
  const out: SpecProblem[] = [];
  if (doc.kind !== "bundle") {
    out.push({ pointer: "/kind", message: doc.kind === "item"
      ? say("这是一个事项文档，不是一件事：请在「事项」页导入事项", "This is an item document, not a one-thing: import it on the Items page")
      : say(`这不是一件事文档（文档类型为 ${shown(doc.kind)}，应为「bundle」）`, `This is not a one-thing document (its kind is ${shown(doc.kind)}, expected "bundle")`) });
  }
  if (doc.schemaVersion !== SCHEMA_VERSION) {
    out.push({ pointer: "/schemaVersion", message: say(`格式版本应为 ${SCHEMA_VERSION}，收到 ${shown(doc.schemaVersion)}`, `The format version should be ${SCHEMA_VERSION}, got ${shown(doc.schemaVersion)}`) });
  }
  if (!Id.safeParse(doc.key).success) {
    out.push({ pointer: "/key", message: say("标识缺失或格式不对：只能包含小写字母、数字、- 和 _，并以字母开头", "The key is missing or malformed: only lower-case letters, digits, - and _, starting with a letter") });
  }
  if (doc.items !== undefined) {
    if (!Array.isArray(doc.items)) out.push({ pointer: "/items", message: say("事项应为一个列表", "Items should be a list") });
    else doc.items.forEach((it, i) => { if (!isObject(it)) out.push({ pointer: `/items/${i}`, message: say(`第 ${i + 1} 个事项不是一个对象`, `Item ${i + 1} is not an object`) }); });
  }
  for (const part of ["guide", "form", "flow"] as const) {
    if (doc[part] !== undefined && !isObject(doc[part])) out.push({ pointer: `/${part}`, message: say(`${PART_ZH[part]}应为一个对象`, `${PART_EN[part]} should be an object`) });
  }
  const flow = doc.flow;
  if (isObject(flow)) {
    for (const list of ["nodes", "edges"] as const) {
      const v = flow[list];
      if (v === undefined) continue;
      if (!Array.isArray(v)) out.push({ pointer: `/flow/${list}`, message: say(`流程的${list === "nodes" ? "节点" : "连线"}应为一个列表`, `The flow's ${list} should be a list`) });
      else v.forEach((x, i) => { if (!isObject(x)) out.push({ pointer: `/flow/${list}/${i}`, message: say(`流程的第 ${i + 1} 个${list === "nodes" ? "节点" : "连线"}不是一个对象`, `Flow ${list === "nodes" ? "node" : "edge"} ${i + 1} is not an object`) }); });
    }
  }
  if (isObject(doc.form)) {
    const record = MergeRecord.safeParse(doc.form);
    if (!record.success) out.push(...record.error.issues.map((i) => ({ pointer: "/form" + toPointer(i.path as (string | number)[]), message: issueMessage(i, doc.form) })));
  }
  return out;
}

const PART_ZH = { guide: "情形引导", form: "表单", flow: "审批流程" } as const;
const PART_EN = { guide: "The guide", form: "The form", flow: "The approval flow" } as const;
