const VERDICT_MARK = { holds: "✅ holds", fails: "❌ fails", "not-applicable": "➖ not applicable", unknown: "❔ unknown" };
/** GitHub caps a step summary at 1 MiB; past these row counts the tables say how many were left out. */
const MAX_METHOD_ROWS = 300;
const MAX_FINDING_ROWS = 200;
const MAX_EDGE_ROWS = 200;
export function cell(text) {
    return String(text ?? "").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
export function percent(value) {
    return value === null ? "–" : `${Math.round(value * 100)}%`;
}
export function policyText(method) {
    const policy = method.policy;
    if (!policy)
        return "–";
    const parts = [];
    if (policy.timeoutSeconds !== null)
        parts.push(`timeout ${policy.timeoutSeconds}s`);
    if (policy.retry)
        parts.push(`retry ×${policy.retry.maxAttempts ?? "?"} on ${policy.retry.statusCodes.join("/") || "–"}`);
    if (policy.hedging)
        parts.push(`hedging ×${policy.hedging.maxAttempts ?? "?"}`);
    if (policy.retry || policy.hedging)
        parts.push(policy.throttling ? "throttled" : "no throttling");
    if (policy.retrySafe === false)
        parts.push("**unsafe to retry**");
    return parts.join(", ") || "configured";
}
export function renderMarkdown(model) {
    const out = [];
    const s = model.summary;
    out.push("# gRPC design review", "");
    out.push(`Paths: ${model.paths.map((path) => `\`${path}\``).join(", ")} · grpc-review ${model.tool.version} · report schema ${model.schemaVersion}`, "");
    out.push("| Services | Methods | Call sites | With a deadline | Retried methods safe to retry | Findings |", "| --- | --- | --- | --- | --- | --- |");
    out.push(`| ${s.services} | ${s.methods} | ${s.callSites} | ${s.callSitesWithDeadline} (${percent(s.deadlineCoverage)}) | ${s.retriedMethodsSafe} of ${s.retriedMethods} (${percent(s.retrySafety)}) | ${s.findings.error} errors, ${s.findings.warning} warnings |`, "");
    for (const note of model.notes)
        out.push(`> ${note}`, "");
    out.push("## Senior checklist", "", "| # | Item | Verdict | Evidence |", "| --- | --- | --- | --- |");
    for (const item of model.checklist) {
        out.push(`| ${item.number} | ${cell(item.title)} | ${VERDICT_MARK[item.verdict]} | ${item.evidence.map(cell).join("<br>")} |`);
    }
    out.push("");
    out.push("## Services", "");
    if (model.services.length === 0)
        out.push("No `.proto` file under the paths declares a service.", "");
    let rows = 0;
    for (const service of model.services) {
        out.push(`### ${service.name}`, "", `Declared in \`${service.file}\`.`, "");
        out.push("| Method | Call type | Idempotency | Policy | Deadline coverage | Callers | Handlers | Browser | Findings |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (const method of service.methods) {
            if (rows++ >= MAX_METHOD_ROWS)
                continue;
            const idempotency = `${method.idempotency.level.toLowerCase().replace(/_/g, " ")}${method.requestIdField ? ` (key \`${method.requestIdField}\`)` : ""}`;
            out.push(`| ${cell(method.name)} | ${method.callType} | ${cell(idempotency)} | ${cell(policyText(method))} | ${percent(method.deadlineCoverage)} | ${method.callSites.length} | ${method.handlers.length} | ${method.browser ? "yes" : ""} | ${method.findings.length || ""} |`);
        }
        out.push("");
    }
    if (rows > MAX_METHOD_ROWS)
        out.push(`_${rows - MAX_METHOD_ROWS} more methods are in the JSON and HTML reports._`, "");
    out.push("## Call graph", "");
    const edges = model.graph.edges;
    if (edges.length === 0)
        out.push("No call from a handler or client to a method was found.", "");
    else {
        out.push("| From | To | Deadline | Via | Call site |", "| --- | --- | --- | --- | --- |");
        for (const edge of edges.slice(0, MAX_EDGE_ROWS)) {
            const from = edge.from.startsWith("caller:") ? `\`${edge.from.slice("caller:".length)}\`` : edge.from;
            const deadline = edge.propagation === "entry" ? (edge.bounded ? "own deadline" : "no deadline") : edge.propagation.replace("-", " ");
            out.push(`| ${cell(from)} | ${cell(edge.to)} | ${deadline} | ${cell(edge.via.join(" → "))} | \`${edge.callSite}\` |`);
        }
        if (edges.length > MAX_EDGE_ROWS)
            out.push("", `_${edges.length - MAX_EDGE_ROWS} more edges are in the JSON and HTML reports._`);
        out.push("");
    }
    if (model.graph.cyclesCut > 0)
        out.push(`Cycles in the call graph were cut ${model.graph.cyclesCut} time(s).`, "");
    out.push("## Findings", "");
    if (model.findings.length === 0)
        out.push("None.", "");
    else {
        out.push("| Severity | Rule | Method | Where | Message |", "| --- | --- | --- | --- | --- |");
        for (const finding of model.findings.slice(0, MAX_FINDING_ROWS)) {
            out.push(`| ${finding.severity} | ${cell(finding.ruleId?.replace(/^grpc-review\//, "") ?? "parse error")} | ${cell(finding.method ?? "")} | \`${finding.file}:${finding.line}\` | ${cell(finding.message)} |`);
        }
        if (model.findings.length > MAX_FINDING_ROWS)
            out.push("", `_${model.findings.length - MAX_FINDING_ROWS} more findings are in the JSON and HTML reports._`);
        out.push("");
    }
    if (model.unresolved.length > 0) {
        out.push("## Not resolved", "", "| Kind | Where | What |", "| --- | --- | --- |");
        for (const entry of model.unresolved.slice(0, MAX_FINDING_ROWS))
            out.push(`| ${entry.kind} | \`${entry.file}:${entry.line}\` | ${cell(entry.detail)} |`);
        if (model.unresolved.length > MAX_FINDING_ROWS)
            out.push("", `_${model.unresolved.length - MAX_FINDING_ROWS} more are in the JSON report._`);
        out.push("");
    }
    return `${out.join("\n").trimEnd()}\n`;
}
