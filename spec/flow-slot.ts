// The flow part of a bundle: the full flow spec of spec/flow/ (nodes, edges, time limits), validated with
// every graph rule, so a bundle with a broken flow does not validate.
export { FlowSpecSchema } from "./flow/flow-spec.js";
