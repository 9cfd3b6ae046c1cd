// Parallel split (并联审批): every outgoing edge starts a branch at the same time; `data.join` names the join
// node where all of them meet again.
import { z } from "zod";
import type { FlowProblem } from "../schema.js";
import type { NodeType } from "./types.js";
import { countEn, say } from "../../bilingual.js";

const data = z.object({ label: z.string().optional(), join: z.string().min(1).describe("id of the join node where the branches meet") });

/** The parallel split. */
export const parallelNode: NodeType<z.infer<typeof data>> = {
  type: "parallel",
  label: "并联审批",
  labelEn: "Parallel split",
  data,
  outcomes: [],
  timed: false,
  limits: () => ({ promised: 0, statutory: 0 }),
  check(node, cx) {
    const out: FlowProblem[] = [];
    const join = cx.index.nodes.get(node.data.join);
    if (!join) out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}/data/join`, message: say(`并联节点「${cx.name.zh}」指定的汇聚节点 "${node.data.join}" 不存在`, `Parallel split "${cx.name.en}" names the join "${node.data.join}", which does not exist`) });
    else if (join.type !== "join") out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}/data/join`, message: say(`并联节点「${cx.name.zh}」指定的「${cx.nameOf(node.data.join).zh}」不是汇聚节点`, `Parallel split "${cx.name.en}" names "${cx.nameOf(node.data.join).en}" as its join, but that step is not a join`) });
    const edges = cx.index.out.get(node.id) ?? [];
    if (edges.length < 2) out.push({ severity: "warning", nodeId: node.id, pointer: cx.pointer, message: say(`并联节点「${cx.name.zh}」只有 ${edges.length} 个分支`, `Parallel split "${cx.name.en}" has only ${countEn(edges.length, "branch", "branches")}; a split needs at least 2`) });
    for (const e of edges) {
      if (e.data?.condition !== undefined || e.data?.default || e.data?.outcome) {
        out.push({ severity: "warning", nodeId: node.id, edgeId: e.id, pointer: `/edges/${cx.index.edgePos.get(e.id)}/data`, message: say(`并联分支 ${e.id} 的条件、默认或结果标记不起作用：所有分支同时进行`, `The condition, default or outcome on parallel branch ${e.id} has no effect: all branches run at the same time`) });
      }
    }
    return out;
  },
  enter(rt, node, token) {
    const edges = rt.index.out.get(node.id) ?? [];
    const instance = rt.id("j");
    rt.state.joins[instance] = { join: node.data.join, expected: edges.length, arrived: 0 };
    rt.drop(token);
    rt.log("parallel_split", say(`「${rt.name(node).zh}」分为 ${edges.length} 个并联分支`, `"${rt.name(node).en}" split into ${edges.length} parallel branches`), { node: node.id, actor: "system", details: { branches: edges.map((e) => e.target) } });
    const frames = [...token.frames, { split: node.id, join: node.data.join, instance }];
    const branches = edges.map((e) => ({ token: rt.spawn(e.target, frames), target: e.target }));
    for (const b of branches) if (rt.state.tokens.includes(b.token)) rt.enter(b.token, b.target);
  },
};
