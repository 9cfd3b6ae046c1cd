// One component per flow node type, by the type string (the canvas's nodeTypes).
import type { NodeTypes } from "@xyflow/react";
import { AcceptanceNode } from "./acceptance.js";
import { AutoNode } from "./auto.js";
import { EndNode } from "./end.js";
import { ExclusiveNode } from "./exclusive.js";
import { JoinNode } from "./join.js";
import { ParallelNode } from "./parallel.js";
import { ResultsNode } from "./results.js";
import { ReviewNode } from "./review.js";
import { StartNode } from "./start.js";

/** Node components for @xyflow/react. */
export const designerNodeTypes: NodeTypes = {
  start: StartNode, acceptance: AcceptanceNode, review: ReviewNode, auto: AutoNode, exclusive: ExclusiveNode,
  parallel: ParallelNode, join: JoinNode, results: ResultsNode, end: EndNode,
};
