// The data dictionary (数据元): elements, roles and check-character validators. Regions: ./regions.ts (large).
export * from "./types.js";
export * from "./elements.js";
export * from "./roles.js";
export * from "./validators.js";
export * from "./extensions.js";
