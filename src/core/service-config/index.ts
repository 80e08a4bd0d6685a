export * from "./tree.js";
export * from "./parse.js";
export * from "./duration.js";
export * from "./model.js";
export * from "./validate.js";
export * from "./detect.js";
export * from "./coverage.js";
export * from "./schedule.js";
