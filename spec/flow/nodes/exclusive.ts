// Exclusive gateway (条件分支): the first outgoing edge whose JSON Logic condition holds over the guide answers
// and form data is taken; when none holds, the one default edge.
import { z } from "zod";
import { checkCondition, evaluateCondition } from "../../conditions.js";
import type { FlowProblem } from "../schema.js";
import type { NodeType } from "./types.js";
import { countEn, say } from "../../bilingual.js";

const data = z.object({ label: z.string().optional() });

/** The exclusive gateway. */
export const exclusiveNode: NodeType<z.infer<typeof data>> = {
  type: "exclusive",
  label: "条件分支",
  labelEn: "Exclusive gateway",
  data,
  outcomes: [],
  timed: false,
  limits: () => ({ promised: 0, statutory: 0 }),
  check(node, cx) {
    const out: FlowProblem[] = [];
    const edges = cx.index.out.get(node.id) ?? [];
    const defaults = edges.filter((e) => e.data?.default);
    if (edges.length < 2) out.push({ severity: "warning", nodeId: node.id, pointer: cx.pointer, message: say(`条件分支「${cx.name.zh}」只有 ${edges.length} 条出边，分支没有意义`, `Exclusive gateway "${cx.name.en}" has only ${countEn(edges.length, "outgoing edge", "outgoing edges")}, so it decides nothing`) });
    if (defaults.length === 0) out.push({ severity: "error", nodeId: node.id, pointer: cx.pointer, message: say(`条件分支「${cx.name.zh}」缺少默认分支：须有且仅有一条出边标记 default`, `Exclusive gateway "${cx.name.en}" has no default branch: exactly one outgoing edge must be marked default`) });
    for (const e of defaults.slice(1)) out.push({ severity: "error", nodeId: node.id, edgeId: e.id, pointer: `/edges/${cx.index.edgePos.get(e.id)}/data/default`, message: say(`条件分支「${cx.name.zh}」有多条默认分支：「${cx.edgeNameOf(e.id).zh}」`, `Exclusive gateway "${cx.name.en}" has more than one default branch: "${cx.edgeNameOf(e.id).en}"`) });
    for (const e of edges) {
      const at = `/edges/${cx.index.edgePos.get(e.id)}/data`;
      if (!e.data?.default && e.data?.condition === undefined) out.push({ severity: "error", nodeId: node.id, edgeId: e.id, pointer: at, message: say(`条件分支「${cx.name.zh}」的出边「${cx.edgeNameOf(e.id).zh}」既无条件也不是默认分支`, `The edge "${cx.edgeNameOf(e.id).en}" out of exclusive gateway "${cx.name.en}" has neither a condition nor the default mark`) });
      if (e.data?.default && e.data.condition !== undefined) out.push({ severity: "warning", nodeId: node.id, edgeId: e.id, pointer: `${at}/condition`, message: say(`默认分支「${cx.edgeNameOf(e.id).zh}」的条件不会被使用`, `The condition on the default edge "${cx.edgeNameOf(e.id).en}" is never used`) });
      if (e.data?.outcome) out.push({ severity: "error", nodeId: node.id, edgeId: e.id, pointer: `${at}/outcome`, message: say(`条件分支的出边「${cx.edgeNameOf(e.id).zh}」不能带办理结果 outcome`, `The edge "${cx.edgeNameOf(e.id).en}" out of an exclusive gateway cannot carry a handling outcome`) });
      for (const p of checkCondition(e.data?.condition)) out.push({ severity: "error", nodeId: node.id, edgeId: e.id, pointer: `${at}/condition${p.pointer}`, message: p.message });
    }
    return out;
  },
  enter(rt, node, token) {
    const edges = rt.index.out.get(node.id) ?? [];
    const ctx = rt.context();
    const chosen = edges.find((e) => !e.data?.default && e.data?.condition !== undefined && evaluateCondition(e.data.condition, ctx)) ?? edges.find((e) => e.data?.default);
    if (!chosen) throw new Error(`gateway ${node.id} has no branch to take`);
    rt.log("branch", say(`「${rt.name(node).zh}」走分支 ${chosen.data?.label ?? chosen.label ?? chosen.id}${chosen.data?.default ? "（默认）" : ""}`, `"${rt.name(node).en}" took the branch ${chosen.data?.label ?? chosen.label ?? chosen.id}${chosen.data?.default ? " (default)" : ""}`), { node: node.id, actor: "system", details: { edge: chosen.id } });
    rt.enter(token, chosen.target);
  },
};
