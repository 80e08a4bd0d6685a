import type { GraphEdge, ReportModel } from "./model-types.js";
export declare const GRAPH_NODE_LIMIT = 400;
export declare const GRAPH_COLLAPSE_AT = 150;
export declare const EDGE_COLOURS: Record<string, string>;
export declare const EDGE_LEGEND: ReadonlyArray<[key: string, text: string]>;
export declare function edgeColourKey(edge: GraphEdge): string;
/** The SVG markup, or undefined when the graph is too large to draw (the caller shows a table). */
export declare function renderGraphSvg(model: ReportModel): {
    svg: string;
    folded: number;
} | undefined;
