// Working-day calendar: pure date arithmetic for statutory and promised time limits.
export * from "./calendar.js";
export * from "./cn.js";
