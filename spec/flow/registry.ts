// The flow node types by name. Adding a node type = one file in nodes/ plus one line here.
import { acceptanceNode } from "./nodes/acceptance.js";
import { autoNode } from "./nodes/auto.js";
import { endNode } from "./nodes/end.js";
import { exclusiveNode } from "./nodes/exclusive.js";
import { joinNode } from "./nodes/join.js";
import { parallelNode } from "./nodes/parallel.js";
import { resultsNode } from "./nodes/results.js";
import { reviewNode } from "./nodes/review.js";
import { startNode } from "./nodes/start.js";
import type { NodeRegistry, NodeType } from "./nodes/types.js";

/** Every node type, in the order the editor's palette lists them. */
export const NODE_TYPE_LIST = [startNode, acceptanceNode, reviewNode, autoNode, exclusiveNode, parallelNode, joinNode, resultsNode, endNode] as const;

/** Node types by their `type` string. */
export const NODE_TYPES: NodeRegistry = new Map<string, NodeType>(NODE_TYPE_LIST.map((t) => [t.type, t as NodeType]));

/** The names of the node types. */
export const NODE_TYPE_NAMES = NODE_TYPE_LIST.map((t) => t.type);
