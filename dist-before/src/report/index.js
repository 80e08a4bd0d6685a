/** The report command's model and renderers: facts collected in the lint pass, the whole-repository call graph, the checklist, and the JSON, Markdown and HTML outputs. This index is the room's public face; the CLI imports from here. */
export { createCollector } from "./collect.js";
export { buildCallGraph, DEFAULT_GRAPH_LIMITS } from "./graph.js";
export { buildModel, SCHEMA_VERSION } from "./model.js";
export { CHECKLIST_TITLES } from "./checklist.js";
export { renderJson } from "./render-json.js";
export { renderMarkdown } from "./render-markdown.js";
export { renderHtml } from "./render-html.js";
