/**
 * The call graph as an SVG, laid out by dagre (a layered graph layout) when the report is built,
 * so the page needs no script to draw it. Methods sit in one box per service; edges are coloured by
 * deadline propagation. Above GRAPH_NODE_LIMIT nodes a picture stops being readable and the
 * caller shows a table instead; between GRAPH_COLLAPSE_AT and the limit, methods nobody calls and
 * that call nothing are folded into one node per service.
 */
import dagre from "@dagrejs/dagre";
export const GRAPH_NODE_LIMIT = 400;
export const GRAPH_COLLAPSE_AT = 150;
export const EDGE_COLOURS = {
    propagated: "#1a7f37",
    "not-propagated": "#cf222e",
    unknown: "#6e7781",
    "entry-bounded": "#0969da",
    "entry-unbounded": "#bc4c00",
};
export const EDGE_LEGEND = [
    ["propagated", "handler passes its incoming deadline on"],
    ["not-propagated", "handler drops the incoming deadline (own clock or none)"],
    ["unknown", "cannot tell from the code"],
    ["entry-bounded", "caller outside a handler, with a deadline"],
    ["entry-unbounded", "caller outside a handler, without a known deadline"],
];
export function edgeColourKey(edge) {
    if (edge.propagation === "entry")
        return edge.bounded ? "entry-bounded" : "entry-unbounded";
    return edge.propagation;
}
function escapeXml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
const NODE_HEIGHT = 28;
const CHAR_WIDTH = 7;
/** The SVG markup, or undefined when the graph is too large to draw (the caller shows a table). */
export function renderGraphSvg(model) {
    let nodes = model.graph.nodes;
    const edges = model.graph.edges;
    if (nodes.length === 0)
        return { svg: "", folded: 0 };
    let folded = 0;
    if (nodes.length > GRAPH_COLLAPSE_AT) {
        const touched = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
        const foldedPerGroup = new Map();
        nodes = nodes.filter((node) => {
            if (node.kind !== "method" || touched.has(node.id))
                return true;
            foldedPerGroup.set(node.group, (foldedPerGroup.get(node.group) ?? 0) + 1);
            folded++;
            return false;
        });
        for (const [group, count] of foldedPerGroup) {
            nodes.push({ id: `folded:${group}`, kind: "method", label: `+${count} methods without calls`, group, browser: false });
        }
    }
    if (nodes.length > GRAPH_NODE_LIMIT)
        return undefined;
    const graph = new dagre.graphlib.Graph({ compound: true, multigraph: true });
    graph.setGraph({ rankdir: "LR", nodesep: 14, ranksep: 70, marginx: 16, marginy: 16 });
    graph.setDefaultEdgeLabel(() => ({}));
    const groups = new Set();
    for (const node of nodes) {
        graph.setNode(node.id, { width: Math.max(60, node.label.length * CHAR_WIDTH + 24), height: NODE_HEIGHT });
        const cluster = `cluster:${node.group}`;
        if (!groups.has(cluster)) {
            groups.add(cluster);
            graph.setNode(cluster, { label: node.group, paddingTop: 24 });
        }
        graph.setParent(node.id, cluster);
    }
    const present = new Set(nodes.map((node) => node.id));
    edges.forEach((edge, index) => {
        if (present.has(edge.from) && present.has(edge.to))
            graph.setEdge(edge.from, edge.to, {}, `e${index}`);
    });
    dagre.layout(graph);
    const size = graph.graph();
    const width = Math.ceil(size.width ?? 100);
    const height = Math.ceil(size.height ?? 100);
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" id="call-graph" role="img" aria-label="Call graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`);
    parts.push("<defs>");
    for (const [key, colour] of Object.entries(EDGE_COLOURS)) {
        parts.push(`<marker id="arrow-${key}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${colour}"/></marker>`);
    }
    parts.push("</defs>");
    for (const cluster of groups) {
        const box = graph.node(cluster);
        const name = cluster.slice("cluster:".length);
        parts.push(`<g class="cluster" data-group="${escapeXml(name)}"><rect x="${(box.x - box.width / 2).toFixed(1)}" y="${(box.y - box.height / 2).toFixed(1)}" width="${box.width.toFixed(1)}" height="${box.height.toFixed(1)}" rx="6"/>` +
            `<text x="${(box.x - box.width / 2 + 8).toFixed(1)}" y="${(box.y - box.height / 2 + 16).toFixed(1)}">${escapeXml(name)}</text></g>`);
    }
    edges.forEach((edge, index) => {
        if (!present.has(edge.from) || !present.has(edge.to))
            return;
        const laid = graph.edge({ v: edge.from, w: edge.to, name: `e${index}` });
        const points = laid?.points ?? [];
        if (points.length === 0)
            return;
        const key = edgeColourKey(edge);
        const d = points.map((point, at) => `${at === 0 ? "M" : "L"}${point.x.toFixed(1)},${point.y.toFixed(1)}`).join("");
        const title = `${edge.from} → ${edge.to}: ${key}${edge.via.length ? ` via ${edge.via.join(" → ")}` : ""} (${edge.callSite})`;
        parts.push(`<path class="edge" data-propagation="${key}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}" d="${d}" stroke="${EDGE_COLOURS[key]}" marker-end="url(#arrow-${key})"><title>${escapeXml(title)}</title></path>`);
    });
    for (const node of nodes) {
        const box = graph.node(node.id);
        parts.push(`<g class="node node-${node.kind}${node.browser ? " node-browser" : ""}" data-id="${escapeXml(node.id)}" data-kind="${node.kind}">` +
            `<rect x="${(box.x - box.width / 2).toFixed(1)}" y="${(box.y - box.height / 2).toFixed(1)}" width="${box.width.toFixed(1)}" height="${box.height.toFixed(1)}" rx="4"/>` +
            `<text x="${box.x.toFixed(1)}" y="${(box.y + 4).toFixed(1)}" text-anchor="middle">${escapeXml(node.label)}</text><title>${escapeXml(node.id)}</title></g>`);
    }
    parts.push("</svg>");
    return { svg: parts.join("\n"), folded };
}
