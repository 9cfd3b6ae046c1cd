// Join (汇聚): waits until every branch of the parallel split that names it has arrived, then goes on once.
import { z } from "zod";
import type { FlowProblem } from "../schema.js";
import type { NodeType } from "./types.js";
import { say } from "../../bilingual.js";

const data = z.object({ label: z.string().optional() });

/** The join node. */
export const joinNode: NodeType<z.infer<typeof data>> = {
  type: "join",
  label: "汇聚",
  labelEn: "Join",
  data,
  outcomes: [],
  timed: false,
  limits: () => ({ promised: 0, statutory: 0 }),
  check(node, cx) {
    const out: FlowProblem[] = [];
    const splits = [...cx.index.nodes.values()].filter((n) => n.type === "parallel" && (n.data as { join?: unknown }).join === node.id);
    if (splits.length === 0) out.push({ severity: "error", nodeId: node.id, pointer: cx.pointer, message: say(`汇聚节点「${cx.name.zh}」没有对应的并联节点`, `No parallel split names join "${cx.name.en}"`) });
    if (splits.length > 1) out.push({ severity: "error", nodeId: node.id, pointer: cx.pointer, message: say(`汇聚节点「${cx.name.zh}」被多个并联节点使用：${splits.map((s) => `「${cx.nameOf(s.id).zh}」`).join("、")}`, `Join "${cx.name.en}" is used by several parallel splits: ${splits.map((s) => `"${cx.nameOf(s.id).en}"`).join(", ")}; a join belongs to one split`) });
    if ((cx.index.out.get(node.id) ?? []).length > 1) out.push({ severity: "error", nodeId: node.id, pointer: cx.pointer, message: say(`汇聚节点「${cx.name.zh}」只能有一条出边`, `Join "${cx.name.en}" may have only one outgoing edge`) });
    return out;
  },
  enter(rt, node, token) {
    const frame = token.frames[token.frames.length - 1];
    if (!frame || frame.join !== node.id) throw new Error(`token reached join ${node.id} outside its parallel region`);
    const wait = rt.state.joins[frame.instance]!;
    wait.arrived += 1;
    rt.drop(token);
    if (wait.arrived < wait.expected) {
      rt.log("branch_arrived", say(`「${rt.name(node).zh}」已汇聚 ${wait.arrived}/${wait.expected} 个分支`, `"${rt.name(node).en}" has ${wait.arrived} of ${wait.expected} branches`), { node: node.id, actor: "system" });
      return;
    }
    delete rt.state.joins[frame.instance];
    rt.log("joined", say(`「${rt.name(node).zh}」全部 ${wait.expected} 个分支已完成`, `"${rt.name(node).en}": all ${wait.expected} branches are done`), { node: node.id, actor: "system" });
    const next = rt.spawn(node.id, token.frames.slice(0, -1));
    rt.leave(next);
  },
};
