/**
 * The report as one self-contained HTML page: no network, no external assets (styles, the small
 * sorting script and the call-graph SVG are inline), so it opens from a CI artifact as it is.
 */
import { EDGE_COLOURS, EDGE_LEGEND, edgeColourKey, GRAPH_NODE_LIMIT, renderGraphSvg } from "./graph-svg.js";
import { percent, policyText } from "./render-markdown.js";
export function escapeHtml(text) {
    return String(text ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
const VERDICT_TEXT = { holds: "holds", fails: "fails", "not-applicable": "not applicable", unknown: "cannot tell from the code" };
/** Rows past these counts would make the page heavy without helping a reader; the JSON has them all. */
const MAX_FINDINGS = 2_000;
const MAX_EDGE_ROWS = 2_000;
const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); margin: 0; padding: 24px 32px 48px; max-width: 1400px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; margin: 20px 0 6px; }
.meta, .muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 150px; background: var(--bg); }
.card b { display: block; font-size: 22px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
table.sortable th { cursor: pointer; user-select: none; }
table.sortable th[aria-sort="ascending"]::after { content: " ▲"; } table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--bg); padding: 1px 4px; border-radius: 4px; }
ol.checklist { padding-left: 0; list-style: none; }
.check { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.check[data-verdict="holds"] { border-left-color: #1a7f37; } .check[data-verdict="fails"] { border-left-color: #cf222e; }
.check[data-verdict="not-applicable"] { border-left-color: #8c959f; } .check[data-verdict="unknown"] { border-left-color: #bf8700; }
.verdict { font-weight: 600; text-transform: uppercase; font-size: 12px; margin-left: 8px; }
.check[data-verdict="holds"] .verdict { color: #1a7f37; } .check[data-verdict="fails"] .verdict { color: #cf222e; }
.check[data-verdict="not-applicable"] .verdict { color: #59636e; } .check[data-verdict="unknown"] .verdict { color: #9a6700; }
.check ul { margin: 4px 0 0 18px; padding: 0; }
.graph { overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: 8px; background: #fff; }
#call-graph .cluster rect { fill: #f6f8fa; stroke: #d1d9e0; } #call-graph .cluster text { font-size: 12px; fill: #59636e; font-weight: 600; }
#call-graph .node rect { fill: #ffffff; stroke: #57606a; } #call-graph .node text { font-size: 12px; fill: #1f2328; }
#call-graph .node-caller rect { fill: #ddf4ff; stroke: #0969da; } #call-graph .node-unresolved rect { fill: #fff8c5; stroke: #9a6700; stroke-dasharray: 3 2; }
#call-graph .node-browser rect { fill: #fbefff; stroke: #8250df; }
#call-graph .edge { fill: none; stroke-width: 1.6; }
.legend span { display: inline-block; margin-right: 16px; } .legend i { display: inline-block; width: 22px; height: 3px; vertical-align: middle; margin-right: 6px; }
details { margin: 4px 0; } summary { cursor: pointer; }
.sev-error { color: #cf222e; font-weight: 600; } .sev-warning { color: #9a6700; font-weight: 600; }
pre.excerpt { margin: 2px 0 6px; padding: 4px 8px; background: var(--bg); border-radius: 4px; overflow-x: auto; font: 12px ui-monospace, monospace; }
`;
/** Sorts a table by the clicked column: numbers as numbers (a data-sort value wins), text otherwise. */
const SCRIPT = `
(function () {
  function key(cell) {
    var raw = cell.getAttribute("data-sort");
    var text = raw !== null ? raw : cell.textContent.trim();
    var number = parseFloat(text.replace(/%$/, ""));
    return isNaN(number) || !/^-?[\\d.]+%?$/.test(text) ? { text: text.toLowerCase() } : { number: number };
  }
  function compare(a, b) {
    if (a.number !== undefined && b.number !== undefined) return a.number - b.number;
    if (a.number !== undefined) return -1;
    if (b.number !== undefined) return 1;
    return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (header, column) {
      header.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (x, y) {
          var result = compare(key(x.cells[column]), key(y.cells[column]));
          return ascending ? result : -result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
`;
function findingLine(finding) {
    return (`<li><span class="sev-${finding.severity}">${finding.severity}</span> <code>${escapeHtml(finding.ruleId?.replace(/^grpc-review\//, "") ?? "parse error")}</code> ` +
        `<code>${escapeHtml(`${finding.file}:${finding.line}:${finding.column}`)}</code> ${escapeHtml(finding.message)}` +
        (finding.excerpt ? `<pre class="excerpt">${escapeHtml(finding.excerpt)}</pre>` : "") +
        "</li>");
}
export function renderHtml(model) {
    const s = model.summary;
    const out = [];
    out.push("<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
    // No network: a policy that forbids every fetch, with the page's own inline style and script allowed.
    out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
    out.push(`<title>gRPC design review: ${escapeHtml(model.paths.join(", "))}</title>`, `<style>${STYLE}</style>`, "</head>", "<body>");
    out.push("<h1>gRPC design review</h1>", `<p class="meta">Paths: ${model.paths.map((path) => `<code>${escapeHtml(path)}</code>`).join(", ")} · grpc-review ${escapeHtml(model.tool.version)} · report schema ${model.schemaVersion}</p>`);
    out.push('<section id="summary"><div class="cards">');
    const card = (label, value, detail = "") => out.push(`<div class="card"><b>${escapeHtml(value)}</b>${escapeHtml(label)}${detail ? `<div class="muted">${escapeHtml(detail)}</div>` : ""}</div>`);
    card("services", String(s.services));
    card("methods", String(s.methods));
    card("call sites", String(s.callSites), `${s.handlers} handlers`);
    card("call sites with a deadline", percent(s.deadlineCoverage), `${s.callSitesWithDeadline} of ${s.callSites}`);
    card("retried methods safe to retry", percent(s.retrySafety), `${s.retriedMethodsSafe} of ${s.retriedMethods}`);
    card("findings", String(s.findings.error + s.findings.warning), `${s.findings.error} errors, ${s.findings.warning} warnings`);
    out.push("</div>");
    for (const note of model.notes)
        out.push(`<p class="muted">⚠ ${escapeHtml(note)}</p>`);
    out.push("</section>");
    out.push('<section id="checklist-section"><h2>Senior checklist</h2><ol class="checklist" id="checklist">');
    for (const item of model.checklist) {
        out.push(`<li class="check" data-id="${escapeHtml(item.id)}" data-verdict="${item.verdict}"><b>${item.number}. ${escapeHtml(item.title)}</b><span class="verdict">${escapeHtml(VERDICT_TEXT[item.verdict])}</span>` +
            `<ul>${item.evidence.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>` +
            (item.findings.length > 0 ? `<div class="muted">Findings: ${item.findings.map((id) => `<a href="#${escapeHtml(id)}">${escapeHtml(id)}</a>`).join(", ")}</div>` : "") +
            "</li>");
    }
    out.push("</ol></section>");
    out.push('<section id="services"><h2>Services</h2>');
    if (model.services.length === 0)
        out.push('<p class="muted">No <code>.proto</code> file under the paths declares a service.</p>');
    for (const service of model.services) {
        out.push(`<h3>${escapeHtml(service.name)} <span class="muted">${escapeHtml(service.file)}</span></h3>`);
        out.push('<table class="sortable service-table"><thead><tr><th>Method</th><th>Call type</th><th>Idempotency</th><th>Policy</th><th>Deadline coverage</th><th>Callers</th><th>Handlers</th><th>Browser</th><th>Findings</th></tr></thead><tbody>');
        for (const method of service.methods) {
            const idempotency = `${method.idempotency.level.toLowerCase().replace(/_/g, " ")}${method.requestIdField ? ` (key ${method.requestIdField})` : ""}`;
            out.push(`<tr data-method="${escapeHtml(method.id)}"><td>${escapeHtml(method.name)}</td><td>${method.callType}</td><td title="${escapeHtml(method.idempotency.reason)}">${escapeHtml(idempotency)}</td>` +
                `<td>${escapeHtml(policyText(method).replace(/\*\*/g, ""))}</td><td data-sort="${method.deadlineCoverage ?? -1}">${percent(method.deadlineCoverage)}</td>` +
                `<td>${method.callSites.length}</td><td>${method.handlers.length}</td><td>${method.browser ? "yes" : ""}</td><td>${method.findings.length}</td></tr>`);
        }
        out.push("</tbody></table>");
    }
    out.push("</section>");
    out.push('<section id="graph"><h2>Call graph</h2>');
    const drawn = renderGraphSvg(model);
    if (model.graph.nodes.length === 0)
        out.push('<p class="muted">Nothing to draw.</p>');
    else if (drawn) {
        out.push('<p class="legend">' + EDGE_LEGEND.map(([key, text]) => `<span><i style="background:${EDGE_COLOURS[key]}"></i>${escapeHtml(text)}</span>`).join("") + "</p>");
        if (drawn.folded > 0)
            out.push(`<p class="muted">${drawn.folded} methods with no calls in or out are folded into one node per service.</p>`);
        out.push(`<div class="graph">${drawn.svg}</div>`);
    }
    else {
        out.push(`<p class="muted" id="graph-fallback">The graph has more than ${GRAPH_NODE_LIMIT} nodes to draw; its edges are listed instead.</p>`);
    }
    if (model.graph.cyclesCut > 0 || model.graph.truncated) {
        out.push(`<p class="muted">Cycles cut: ${model.graph.cyclesCut}${model.graph.truncated ? "; the walk stopped at its depth or visit bound" : ""}.</p>`);
    }
    if (model.graph.edges.length > 0) {
        out.push(`<details${drawn ? "" : " open"}><summary>Edges (${model.graph.edges.length})</summary><table class="sortable"><thead><tr><th>From</th><th>To</th><th>Deadline</th><th>Via</th><th>Call site</th></tr></thead><tbody>`);
        for (const edge of model.graph.edges.slice(0, MAX_EDGE_ROWS)) {
            out.push(`<tr><td>${escapeHtml(edge.from.replace(/^caller:/, ""))}</td><td>${escapeHtml(edge.to)}</td><td style="color:${EDGE_COLOURS[edgeColourKey(edge)]}">${escapeHtml(edgeColourKey(edge))}</td>` +
                `<td>${escapeHtml(edge.via.join(" → "))}</td><td><code>${escapeHtml(edge.callSite)}</code></td></tr>`);
        }
        out.push("</tbody></table></details>");
    }
    out.push("</section>");
    out.push('<section id="call-sites"><h2>Call sites</h2>');
    if (model.callSites.length === 0)
        out.push('<p class="muted">No client call sites.</p>');
    else {
        out.push('<table class="sortable"><thead><tr><th>Where</th><th>Library</th><th>Method</th><th>Deadline</th><th>From</th><th>Propagation</th><th>Browser</th></tr></thead><tbody>');
        for (const site of model.callSites.slice(0, MAX_EDGE_ROWS)) {
            out.push(`<tr><td><code>${escapeHtml(site.id)}</code></td><td>${escapeHtml(site.library)}</td><td>${escapeHtml(site.method ?? `${site.methodName} (unresolved)`)}</td>` +
                `<td>${escapeHtml(`${site.deadline.verdict}, ${site.deadline.source}`)}</td><td>${escapeHtml(site.caller)}</td><td>${escapeHtml(site.propagation ?? "")}</td><td>${site.browser ? "yes" : ""}</td></tr>`);
        }
        out.push("</tbody></table>");
    }
    out.push("</section>");
    out.push('<section id="findings"><h2>Findings</h2>');
    const shown = model.findings.slice(0, MAX_FINDINGS);
    if (shown.length === 0)
        out.push('<p class="muted">None.</p>');
    else {
        out.push("<h3>By method</h3>");
        const byMethod = new Map();
        for (const finding of shown) {
            const key = finding.method ?? "(no single method)";
            byMethod.set(key, [...(byMethod.get(key) ?? []), finding]);
        }
        for (const [method, findings] of [...byMethod].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            out.push(`<details><summary>${escapeHtml(method)} (${findings.length})</summary><ul>${findings.map(findingLine).join("")}</ul></details>`);
        }
        out.push("<h3>By rule</h3>");
        const byRule = new Map();
        for (const finding of shown) {
            const key = finding.ruleId ?? "parse error";
            byRule.set(key, [...(byRule.get(key) ?? []), finding]);
        }
        for (const [rule, findings] of [...byRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            out.push(`<details><summary><code>${escapeHtml(rule)}</code> (${findings.length})</summary><ul>`);
            for (const finding of findings)
                out.push(findingLine(finding).replace("<li>", `<li id="${escapeHtml(finding.id)}">`));
            out.push("</ul></details>");
        }
        if (model.findings.length > MAX_FINDINGS)
            out.push(`<p class="muted">${model.findings.length - MAX_FINDINGS} more findings are in the JSON report.</p>`);
    }
    out.push("</section>");
    if (model.unresolved.length > 0) {
        out.push(`<section id="unresolved"><h2>Not resolved (${model.unresolved.length})</h2><table class="sortable"><thead><tr><th>Kind</th><th>Where</th><th>What</th></tr></thead><tbody>`);
        for (const entry of model.unresolved.slice(0, MAX_FINDINGS)) {
            out.push(`<tr><td>${escapeHtml(entry.kind)}</td><td><code>${escapeHtml(`${entry.file}:${entry.line}`)}</code></td><td>${escapeHtml(entry.detail)}</td></tr>`);
        }
        out.push("</tbody></table></section>");
    }
    out.push(`<script>${SCRIPT}</script>`, "</body>", "</html>");
    return `${out.join("\n")}\n`;
}
