// The approval flow: spec (nodes + edges), static validation, critical path, the pure state machine and a
// simulation that walks it. Import from here: `spec/flow/index.js`.
export * from "./schema.js";
export * from "./flow-spec.js";
export * from "./graph.js";
export * from "./validate.js";
export * from "./critical-path.js";
export * from "./state.js";
export * from "./machine.js";
export { extensionAllowances, HANDLING_ACTIONS } from "./handling.js";
export * from "./definition.js";
export * from "./simulate.js";
export { NODE_TYPES, NODE_TYPE_LIST, NODE_TYPE_NAMES } from "./registry.js";
export type { NodeType, NodeLimits, CheckContext } from "./nodes/types.js";
export { Runtime } from "./runtime.js";
