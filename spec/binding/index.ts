// Binding fields of any JSON Schema form to the data dictionary, and reading such forms safely.
export * from "./bind.js";
export * from "./inspect.js";
export * from "./match.js";
export * from "./json-text.js";
export * from "./normalize.js";
export * from "./evidence.js";
export * from "./roles-in-text.js";
