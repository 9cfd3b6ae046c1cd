// Smart-form merge (一表申报): merge N forms with provenance, split submitted data back, statistics.
export * from "./merge.js";
export * from "./split.js";
export * from "./stats.js";
export * from "./constraints.js";
export * from "./check.js";
export * from "./split-pointers.js";
export { moveRowInPlace } from "./phases/hand-moves.js";
