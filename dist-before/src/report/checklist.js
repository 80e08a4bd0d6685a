export const CHECKLIST_TITLES = [
    ["load-balancing", "Request-level load balancing (L7 proxy, client-side or xDS); no L4 connection pinning"],
    ["deadlines", "Every call has a bounded deadline, propagated from the edge"],
    ["retries", "Retries only for idempotent methods and retryable statuses, with backoff and a throttle"],
    ["idempotency", "State-changing methods have an idempotency story"],
    ["hedging", "Hedging only for idempotent reads, within the retry budget"],
    ["circuit-breaking", "Circuit breakers guard downstream dependencies"],
    ["streaming", "Streams honor flow control, are bounded, kept alive and drained on error"],
    ["browser", "Browser consumers go through grpc-web and a translating proxy; no client or bidi streaming there"],
    ["proxies", "Every proxy in the path is HTTP/2- and trailer-aware"],
    ["observability", "Per-method grpc-status signals, reflection outside production, trace context propagated"],
    ["grpc-vs-rest", "The gRPC-versus-REST choice is deliberate"],
];
const MAX_EVIDENCE = 6;
function list(items, describe) {
    const shown = items.slice(0, MAX_EVIDENCE).map(describe);
    if (items.length > MAX_EVIDENCE)
        shown.push(`… and ${items.length - MAX_EVIDENCE} more`);
    return shown;
}
const at = (site) => `${site.file}:${site.line}`;
export function buildChecklist(input) {
    const byRule = (...rules) => input.findings.filter((finding) => finding.ruleId !== null && rules.includes(finding.ruleId.replace(/^grpc-review\//, "")));
    const signal = (name) => [...input.facts.values()].filter((facts) => facts.signals.includes(name)).map((facts) => input.rel(facts.file)).sort();
    const hasTypeScript = input.facts.size > 0;
    const items = [];
    const add = (verdict, evidence, findings = []) => {
        const [id, title] = CHECKLIST_TITLES[items.length];
        items.push({ id, number: items.length + 1, title, verdict, evidence, findings: findings.map((finding) => finding.id) });
    };
    // 1. Load balancing.
    {
        const l4 = byRule("no-l4-target");
        const inCode = signal("request-level-lb");
        const inConfigs = input.configs
            .filter(({ config }) => (config.loadBalancingConfig?.policies ?? []).some((policy) => policy.name !== "pick_first") || (config.loadBalancingPolicy?.value ?? "pick_first") !== "pick_first")
            .map(({ file }) => input.rel(file))
            .sort();
        const evidence = [
            ...list(l4, (finding) => `L4 target without request-level balancing: ${at(finding)}`),
            ...list([...new Set([...inCode, ...inConfigs])].sort(), (file) => `request-level balancing policy named in ${file}`),
        ];
        if (l4.length > 0)
            add("fails", evidence, l4);
        else if (inCode.length + inConfigs.length > 0)
            add("holds", evidence);
        else
            add("unknown", [hasTypeScript ? "no balancing policy in the code; an L7 proxy or a mesh may balance per request, which the code cannot show" : "no TypeScript code to read"]);
    }
    // 2. Deadlines, and their propagation through the call graph.
    {
        const sites = input.callSites;
        const missing = sites.filter((site) => site.deadline.verdict !== "bounded" && site.deadline.verdict !== "unknown");
        const unknown = sites.filter((site) => site.deadline.verdict === "unknown");
        const notPropagated = input.edges.filter((edge) => edge.propagation === "not-propagated");
        const related = byRule("require-deadline", "propagate-deadline", "no-relative-deadline");
        const bounded = sites.length - missing.length - unknown.length;
        const evidence = [
            `${bounded} of ${sites.length} call sites have a bounded deadline`,
            ...list(missing, (site) => `no deadline (${site.deadline.verdict}): ${site.methodName} at ${at(site)}`),
            ...list(notPropagated, (edge) => `${edge.from} calls ${edge.to} without passing the incoming deadline on (${edge.callSite})`),
            ...list(related.filter((finding) => finding.ruleId?.endsWith("no-relative-deadline")), (finding) => `a duration where an absolute deadline is expected: ${at(finding)}`),
        ];
        if (sites.length === 0)
            add("not-applicable", [hasTypeScript ? "no client call sites" : "no TypeScript code to read"]);
        else if (missing.length > 0 || notPropagated.length > 0 || related.length > 0)
            add("fails", evidence, related);
        else if (unknown.length > 0)
            add("unknown", [...evidence, `${unknown.length} call sites' deadlines cannot be told from the code`]);
        else
            add("holds", evidence);
    }
    const retried = input.methods.filter((method) => method.policy?.retry);
    const hedged = input.methods.filter((method) => method.policy?.hedging);
    // 3. Retries.
    {
        const related = byRule("no-retry-non-idempotent", "no-non-retryable-status", "require-retry-throttling", "retry-exceeds-timeout", "no-misread-timeout");
        const unsafe = retried.filter((method) => method.policy.retrySafe === false);
        const unthrottled = retried.filter((method) => !method.policy.throttling);
        const evidence = [
            ...list(retried, (method) => `${method.id} retried by ${method.policy.file} (${method.policy.retry.maxAttempts ?? "?"} attempts on ${method.policy.retry.statusCodes.join(", ") || "no codes"})`),
            ...list(unsafe, (method) => `${method.id} is not safe to retry: ${method.policy.retrySafeReason}`),
            ...list(unthrottled, (method) => `${method.id}: its service config has no retryThrottling`),
            ...list(related, (finding) => `${finding.ruleId}: ${at(finding)}`),
        ];
        if (retried.length === 0 && related.length === 0)
            add("not-applicable", ["no retry policy in the service configs under the paths"]);
        else if (unsafe.length > 0 || unthrottled.length > 0 || related.length > 0)
            add("fails", evidence, related);
        else
            add("holds", evidence);
    }
    // 4. Idempotency story for state-changing methods.
    {
        const changing = input.methods.filter((method) => method.idempotency.level === "SIDE_EFFECTS");
        // As require-idempotency-key asks: a repeat that adds a second effect needs a key; an update repeated converges.
        const without = changing.filter((method) => method.idempotency.duplicatesOnRepeat && !method.requestIdField);
        const unknownLevel = input.methods.filter((method) => method.idempotency.level === "UNKNOWN");
        const related = byRule("require-idempotency-key");
        const evidence = [
            ...list(changing.filter((method) => !without.includes(method)), (method) => `${method.id}: ${method.requestIdField ? `request carries ${method.requestIdField}` : method.idempotency.reason}`),
            ...list(without, (method) => `${method.id} changes state (${method.idempotency.reason}) and its request has no idempotency key`),
        ];
        if (input.methods.length === 0)
            add("not-applicable", ["no methods declared in .proto files under the paths"]);
        else if (without.length > 0 || related.length > 0)
            add("fails", evidence, related);
        else if (changing.length > 0)
            add("holds", evidence);
        else if (unknownLevel.length > 0)
            add("unknown", list(unknownLevel, (method) => `${method.id}: ${method.idempotency.reason}`));
        else
            add("not-applicable", ["every method is declared or named as free of side effects"]);
    }
    // 5. Hedging.
    {
        const unsafe = hedged.filter((method) => method.policy.retrySafe === false);
        const unthrottled = hedged.filter((method) => !method.policy.throttling);
        const evidence = [
            ...list(hedged, (method) => `${method.id} hedged by ${method.policy.file}`),
            ...list(unsafe, (method) => `${method.id} is not an idempotent read: ${method.policy.retrySafeReason}`),
            ...list(unthrottled, (method) => `${method.id}: hedging without retryThrottling has no budget`),
        ];
        if (hedged.length === 0)
            add("not-applicable", ["no hedging policy in the service configs under the paths"]);
        else if (unsafe.length > 0 || unthrottled.length > 0)
            add("fails", evidence);
        else
            add("holds", evidence);
    }
    // 6. Circuit breaking.
    {
        const files = signal("circuit-breaker");
        if (files.length > 0)
            add("holds", list(files, (file) => `a circuit breaker is used in ${file}`));
        else
            add("unknown", ["no circuit breaker in the code; one in a proxy or mesh (outlier detection) would not show here"]);
    }
    // 7. Streaming.
    {
        const streaming = input.methods.filter((method) => method.callType !== "unary");
        const streamSites = input.callSites.filter((site) => site.callType !== null && site.callType !== "unary");
        const related = byRule("no-unbounded-stream-buffer", "require-stream-error-handler", "require-server-connection-age");
        const unbounded = streamSites.filter((site) => site.deadline.verdict !== "bounded" && site.deadline.verdict !== "unknown");
        const keepalive = [...new Set([...signal("keepalive"), ...signal("max-connection-age")])];
        const evidence = [
            `${streaming.length} streaming methods, ${streamSites.length} streaming call sites`,
            ...list(related, (finding) => `${finding.ruleId}: ${at(finding)}`),
            ...list(unbounded, (site) => `stream without a deadline: ${site.methodName} at ${at(site)}`),
            ...list(keepalive, (file) => `keepalive or connection age set in ${file}`),
        ];
        if (streaming.length === 0 && streamSites.length === 0)
            add("not-applicable", ["no streaming methods or calls"]);
        else if (related.length > 0 || unbounded.length > 0)
            add("fails", evidence, related);
        else if (keepalive.length > 0)
            add("holds", evidence);
        else
            add("unknown", [...evidence, "no keepalive or max connection age in the code"]);
    }
    // 8. Browser consumers.
    {
        const browserSites = input.callSites.filter((site) => site.browser);
        const browserFiles = [...input.facts.values()].filter((facts) => facts.browser).map((facts) => input.rel(facts.file)).sort();
        const methodOf = new Map(input.methods.map((method) => [method.id, method]));
        const impossible = browserSites.filter((site) => {
            const callType = site.method ? methodOf.get(site.method)?.callType : undefined;
            return callType === "client-streaming" || callType === "bidi-streaming" || site.callType === "client-stream" || site.callType === "bidi";
        });
        const evidence = [
            ...list(browserFiles, (file) => `browser client in ${file}`),
            ...list(impossible, (site) => `${site.method ?? site.methodName} is client- or bidi-streaming, which browsers cannot call: ${at(site)}`),
        ];
        if (browserFiles.length === 0)
            add("not-applicable", ["no grpc-web or Connect-for-the-web client in the code"]);
        else if (impossible.length > 0)
            add("fails", evidence);
        else
            add("holds", [...evidence, "browser calls use unary or server-streaming methods only; the translating proxy itself is deployment, not code"]);
    }
    // 9. Proxies.
    add("unknown", ["proxies, load balancers and ALPN are deployment facts; the code cannot show them"]);
    // 10. Observability.
    {
        const tracing = signal("tracing");
        const interceptors = signal("interceptor");
        const reflection = signal("reflection");
        const evidence = [
            tracing.length > 0 ? `OpenTelemetry in ${tracing.slice(0, 3).join(", ")}` : "no OpenTelemetry in the code",
            interceptors.length > 0 ? `interceptors or middleware in ${interceptors.slice(0, 3).join(", ")}` : "no interceptors or middleware",
            reflection.length > 0 ? `server reflection in ${reflection.slice(0, 3).join(", ")}` : "no server reflection",
        ];
        if (!hasTypeScript)
            add("unknown", ["no TypeScript code to read"]);
        else if (tracing.length > 0 && (interceptors.length > 0 || reflection.length > 0))
            add("holds", evidence);
        else
            add("unknown", [...evidence, "metrics keyed on grpc-status may live outside the code"]);
    }
    // 11. gRPC versus REST.
    {
        const browser = [...input.facts.values()].filter((facts) => facts.browser).length;
        const streaming = input.methods.filter((method) => method.callType !== "unary").length;
        add("unknown", [
            `${input.methods.length} methods, ${streaming} streaming, ${browser} browser client files`,
            "whether gRPC or REST fits each edge is a design decision the code records nowhere",
        ]);
    }
    return items;
}
