// The spec contract: types, validation and pure functions shared by editor, runtime and server.
export * from "./common.js";
export * from "./conditions.js";
export * from "./condition-explain.js";
export * from "./pointer.js";
export * from "./item.js";
export * from "./bundle.js";
export * from "./spec-validation.js";
export * from "./form-rules.js";
export * from "./situated-form.js";
export * from "./form-data.js";
export * from "./meta-schemas.js";
export * from "./guide.js";
export * from "./guide-answers.js";
export * from "./dictionary/index.js";
export * from "./binding/index.js";
export * from "./merge/index.js";
