// Field kinds (字段类型) of the smart form: one file per kind under ./kinds, the registry, the Ajv keywords that
// run their checks, computed values, code lists and the 大写 amount — shared by browser, server and designer.
export * from "./types.js";
export * from "./registry.js";
export * from "./keywords.js";
export * from "./normalise.js";
export * from "./compute.js";
export * from "./code-lists.js";
export * from "./amount.js";
export * from "./today.js";
export * from "./id-documents.js";
export { regionIssue, regionLevels } from "./kinds/region.js";
export { identityLinks, identityFacts } from "./kinds/identity.js";
export { usccIssue, decodeUscc, type UsccFacts } from "./kinds/organisation.js";
export { moneyUnit, allowedDecimals } from "./kinds/money.js";
export { constraintIssues, constraintContext, constraintsOf, checkTableConstraints, type TableConstraint } from "./kinds/table.js";
export { DEFAULT_FORBIDDEN } from "./kinds/org-name.js";
export { SIGNATURE_MAX_CHARS } from "./kinds/signature.js";
