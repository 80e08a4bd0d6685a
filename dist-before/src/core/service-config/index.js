/** The service-config model: parsing JSON and YAML with positions, validation, coverage of methods. This index is the room's public face; code outside the room imports from here. */
export * from "./tree.js";
export * from "./parse.js";
export * from "./duration.js";
export * from "./model.js";
export * from "./validate.js";
export * from "./detect.js";
export * from "./coverage.js";
export * from "./name-matching.js";
export * from "./schedule.js";
