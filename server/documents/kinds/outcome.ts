// Where a case ended, for the documents around its outcome: refused at acceptance (不予受理) or decided on review
// (准予 / 不予许可), with the deciding node's type and department and the reason the staff gave.
import type { DocContext } from "../types.js";

/** The end of a case: status, the deciding node's type and department, the reason given. */
export interface CaseEnd { status: "completed" | "rejected"; at: string; reason: string; nodeType?: string; department: string }

/** The end of the case, if it ended by a decision (not withdrawn). */
export function caseEnd(cx: DocContext): CaseEnd | undefined {
  const o = cx.state?.outcome;
  if (!o || o.status === "withdrawn") return undefined;
  if (o.status === "completed") return { status: "completed", at: o.at, reason: "", department: cx.spec.lead };
  const r = cx.rejection;
  const nodeId = r?.node || o.node;
  const node = nodeId ? cx.spec.flow?.nodes.find((n) => n.id === nodeId) : undefined;
  return { status: "rejected", at: o.at, reason: r?.reason || o.reason || "", ...(node ? { nodeType: node.type } : {}), department: r?.department ?? cx.spec.lead };
}
