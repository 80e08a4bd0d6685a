/**
 * The report's model, built once per run from what the review already knows: services and methods
 * from the proto index, the call sites and handlers core recognized during the lint pass, the
 * service-config policy per method, the call graph of the whole-repository pass, and the run's
 * findings linked to the methods they concern. Every renderer (JSON, Markdown, HTML) reads this.
 */
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { methodIdempotency, dedupFieldOf, repeatDuplicatesEffect } from "../core/policy/index.js";
import { buildServiceConfig, coveredMethods, formatForFileName, parseConfigText } from "../core/service-config/index.js";
import { buildChecklist } from "./checklist.js";
import { SCHEMA_VERSION, } from "./model-types.js";
export * from "./model-types.js";
function callTypeOf(clientStreaming, serverStreaming) {
    if (clientStreaming && serverStreaming)
        return "bidi-streaming";
    if (clientStreaming)
        return "client-streaming";
    if (serverStreaming)
        return "server-streaming";
    return "unary";
}
/** A call site's shape named as core names it, from the proto when the code does not show it. */
const CALL_SITE_TYPE = { unary: "unary", "server-streaming": "server-stream", "client-streaming": "client-stream", "bidi-streaming": "bidi" };
const lowerFirst = (name) => (name ? name[0].toLowerCase() + name.slice(1) : name);
const simpleName = (service) => service.slice(service.lastIndexOf(".") + 1);
/** Resolves a method as the code names it to a proto method, using the words around the client when a name is ambiguous. */
export class MethodResolver {
    methods;
    byName = new Map();
    constructor(methods) {
        this.methods = methods;
        for (const method of methods.values()) {
            for (const key of new Set([method.name, lowerFirst(method.name), method.name.toLowerCase()])) {
                const list = this.byName.get(key) ?? [];
                list.push(method.id);
                this.byName.set(key, list);
            }
        }
    }
    resolve(written, hints) {
        if (!written)
            return { reason: "the method's name is computed at run time" };
        const path = /^\/?([\w.]+)\/(\w+)$/.exec(written);
        if (path) {
            const id = `${path[1]}/${path[2]}`;
            return this.methods.has(id) ? { method: id } : { reason: `no proto declares ${written}` };
        }
        const candidates = this.byName.get(written) ?? this.byName.get(written.toLowerCase()) ?? [];
        if (candidates.length === 0)
            return { reason: `no proto declares a method named ${written}` };
        if (candidates.length === 1)
            return { method: candidates[0] };
        const words = new Set(hints);
        const matching = candidates.filter((id) => {
            const service = this.methods.get(id).service;
            return words.has(simpleName(service)) || words.has(service);
        });
        if (matching.length === 1)
            return { method: matching[0] };
        return { reason: `${candidates.length} services declare ${written} and the client does not say which` };
    }
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}
export function buildModel(input) {
    const rel = (file) => relative(input.cwd, file).split(sep).join("/") || ".";
    const unresolved = [];
    const notes = [...input.graph.notes];
    // Services and methods.
    const methods = new Map();
    const services = [];
    const index = input.protoIndex;
    for (const serviceName of [...(index?.services() ?? [])].sort()) {
        const service = { name: serviceName, file: "", methods: [] };
        for (const methodName of index.methodsOf(serviceName) ?? []) {
            const indexed = index.method(serviceName, methodName);
            if (!indexed)
                continue;
            service.file = rel(indexed.file);
            const idempotency = methodIdempotency(indexed);
            const fields = index.messageFields(indexed.inputType);
            const method = {
                id: `${serviceName}/${methodName}`,
                service: serviceName,
                name: methodName,
                callType: callTypeOf(indexed.clientStreaming, indexed.serverStreaming),
                idempotency: { level: idempotency.level, source: idempotency.source, reason: idempotency.reason, duplicatesOnRepeat: repeatDuplicatesEffect(idempotency) },
                requestIdField: (fields && dedupFieldOf(methodName, fields)) ?? null,
                policy: null,
                callSites: [],
                handlers: [],
                deadlineCoverage: null,
                browser: false,
                findings: [],
            };
            methods.set(method.id, method);
            service.methods.push(method);
        }
        services.push(service);
    }
    const resolver = new MethodResolver(methods);
    // Service-config policy per method.
    const configs = [];
    for (const file of input.serviceConfigFiles) {
        let text;
        try {
            text = readFileSync(file, "utf8");
        }
        catch {
            continue;
        }
        const parsed = parseConfigText(text, formatForFileName(file));
        if (!parsed.ok) {
            unresolved.push({ kind: "service-config", file: rel(file), line: parsed.error.line, detail: `does not parse: ${parsed.error.message}` });
            continue;
        }
        for (const document of parsed.documents)
            configs.push({ file, config: buildServiceConfig(document.body) });
    }
    for (const { file, config } of configs) {
        for (const methodConfig of config.methodConfigs) {
            let covered;
            try {
                covered = coveredMethods(config, methodConfig, index);
            }
            catch {
                covered = [];
            }
            for (const entry of covered) {
                const method = methods.get(`${entry.service}/${entry.method}`);
                if (!method) {
                    unresolved.push({ kind: "service-config", file: rel(file), line: entry.via.node.loc.start.line, detail: `names ${entry.service}/${entry.method}, which no proto declares` });
                    continue;
                }
                const retry = methodConfig.retryPolicy;
                const hedging = methodConfig.hedgingPolicy;
                const retries = retry !== undefined || hedging !== undefined;
                const safe = entry.idempotency.level === "NO_SIDE_EFFECTS" || entry.idempotency.level === "IDEMPOTENT" || entry.dedupField !== undefined;
                const codes = (list) => list.map((code) => code.name ?? "(not a status code)");
                method.policy = {
                    file: rel(file),
                    line: methodConfig.node.loc.start.line,
                    timeoutSeconds: methodConfig.timeout?.seconds ?? null,
                    retry: retry
                        ? {
                            maxAttempts: retry.maxAttempts ?? null,
                            statusCodes: codes(retry.statusCodes),
                            initialBackoffSeconds: retry.initialBackoff ?? null,
                            maxBackoffSeconds: retry.maxBackoff ?? null,
                            backoffMultiplier: retry.backoffMultiplier ?? null,
                        }
                        : null,
                    hedging: hedging ? { maxAttempts: hedging.maxAttempts ?? null, statusCodes: codes(hedging.statusCodes), hedgingDelaySeconds: hedging.hedgingDelay ?? null } : null,
                    throttling: config.retryThrottling !== undefined,
                    retrySafe: retries ? safe : null,
                    retrySafeReason: retries
                        ? safe
                            ? entry.dedupField
                                ? `the request carries ${entry.dedupField}`
                                : `idempotent: ${entry.idempotency.reason}`
                            : `${entry.idempotency.level === "UNKNOWN" ? "idempotency unknown" : "has side effects"}: ${entry.idempotency.reason}, and no request id`
                        : null,
                };
            }
        }
    }
    // Handlers.
    const handlers = [];
    const handlerIdByKey = new Map();
    const handlerMethodByKey = new Map();
    const files = [...input.facts.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const fileFacts of files) {
        for (const handler of [...fileFacts.handlers].sort((a, b) => a.start - b.start)) {
            const id = `${rel(fileFacts.file)}:${handler.line}:${handler.column}`;
            const resolved = resolveHandler(resolver, handler);
            const method = "method" in resolved ? resolved.method : null;
            if (!method)
                unresolved.push({ kind: "handler", file: rel(fileFacts.file), line: handler.line, detail: `handler ${handler.method ?? "(unnamed)"}: ${"reason" in resolved ? resolved.reason : ""}` });
            handlers.push({ id, file: rel(fileFacts.file), line: handler.line, column: handler.column, library: handler.library, methodName: handler.method ?? null, method, kind: handler.kind });
            handlerIdByKey.set(`${fileFacts.file}:${handler.start}`, id);
            // A handler no proto names still calls things: the graph shows it as an unresolved node.
            handlerMethodByKey.set(`${fileFacts.file}:${handler.start}`, method ?? `unresolved-handler:${id}`);
            if (method)
                methods.get(method).handlers.push(id);
        }
    }
    // Call sites, and the graph's edges.
    const callSites = [];
    const nodes = new Map();
    const edges = [];
    for (const method of methods.values()) {
        nodes.set(method.id, { id: method.id, kind: "method", label: method.name, group: method.service, browser: false });
    }
    for (const fileFacts of files) {
        for (const site of [...fileFacts.callSites].sort((a, b) => a.start - b.start)) {
            const key = `${fileFacts.file}:${site.start}`;
            const id = `${rel(fileFacts.file)}:${site.line}:${site.column}`;
            const resolved = resolver.resolve(site.method, site.serviceHints);
            const method = "method" in resolved ? resolved.method : null;
            if (!method)
                unresolved.push({ kind: "call-site", file: rel(fileFacts.file), line: site.line, detail: `call ${site.method}: ${"reason" in resolved ? resolved.reason : ""}` });
            const reaches = input.graph.reaches.get(key) ?? [];
            const handlerKeys = site.handlerStart !== undefined ? [`${fileFacts.file}:${site.handlerStart}`] : reaches.map((reach) => reach.handler);
            const propagation = site.handlerStart !== undefined ? (site.propagation ?? "unknown") : reaches.length === 0 ? null : reaches.every((reach) => reach.propagation === "propagated") ? "propagated" : "not-propagated";
            const caller = input.graph.ownerName.get(key) ?? "(top level)";
            const bounded = site.deadline === "bounded";
            const callSite = {
                id,
                file: rel(fileFacts.file),
                line: site.line,
                column: site.column,
                library: site.library,
                methodName: site.method,
                method,
                callType: site.callType ?? (method ? CALL_SITE_TYPE[methods.get(method).callType] : null),
                deadline: { verdict: site.deadline, source: site.deadlineSource },
                propagation,
                handlers: [...new Set(handlerKeys.map((handlerKey) => handlerIdByKey.get(handlerKey)).filter((each) => each !== undefined))],
                caller,
                browser: site.browser,
            };
            callSites.push(callSite);
            const target = method ?? `unresolved:${site.method}`;
            if (!method && !nodes.has(target))
                nodes.set(target, { id: target, kind: "unresolved", label: `${site.method}?`, group: "(unresolved)", browser: false });
            if (method) {
                const entry = methods.get(method);
                entry.callSites.push(id);
                if (site.browser)
                    entry.browser = true;
            }
            for (const handlerKey of handlerKeys) {
                const from = handlerMethodByKey.get(handlerKey);
                if (from?.startsWith("unresolved-handler:") && !nodes.has(from)) {
                    const handler = handlers.find((each) => each.id === from.slice("unresolved-handler:".length));
                    nodes.set(from, { id: from, kind: "unresolved", label: `${handler?.methodName ?? "handler"}?`, group: "(unresolved)", browser: false });
                }
            }
            const fromHandlers = handlerKeys.map((handlerKey) => handlerMethodByKey.get(handlerKey)).filter((each) => typeof each === "string");
            if (fromHandlers.length > 0) {
                for (const from of new Set(fromHandlers)) {
                    const reach = reaches.find((each) => handlerMethodByKey.get(each.handler) === from);
                    edges.push({
                        from,
                        to: target,
                        propagation: site.handlerStart !== undefined ? (site.propagation ?? "unknown") : (reach?.propagation ?? "unknown"),
                        bounded,
                        callSite: id,
                        via: reach?.via ?? [],
                    });
                }
            }
            else {
                const callerId = `caller:${rel(fileFacts.file)}`;
                if (!nodes.has(callerId))
                    nodes.set(callerId, { id: callerId, kind: "caller", label: rel(fileFacts.file).split("/").slice(-2).join("/"), group: "(callers)", browser: fileFacts.browser });
                edges.push({ from: callerId, to: target, propagation: "entry", bounded, callSite: id, via: caller === "(top level)" ? [] : [caller] });
            }
        }
    }
    for (const method of methods.values()) {
        const sites = callSites.filter((site) => site.method === method.id);
        method.deadlineCoverage = sites.length === 0 ? null : round(sites.filter((site) => site.deadline.verdict === "bounded").length / sites.length);
    }
    // Findings, linked to methods.
    const findings = linkFindings(input, rel, methods, callSites, handlers);
    const checklist = buildChecklist({ methods: [...methods.values()], callSites, handlers, edges, findings, facts: input.facts, configs, rel });
    const bounded = callSites.filter((site) => site.deadline.verdict === "bounded").length;
    const retried = [...methods.values()].filter((method) => method.policy?.retrySafe !== null && method.policy?.retrySafe !== undefined);
    const retriedSafe = retried.filter((method) => method.policy.retrySafe === true).length;
    if (!index || index.services().length === 0)
        notes.push("no .proto file declares a service under the paths: methods cannot be named, call sites stay unresolved");
    if (input.facts.size === 0)
        notes.push("no TypeScript file under the paths: no call sites, handlers or call graph");
    if (input.graph.truncated)
        notes.push("the call graph was cut at its depth or visit bound; some indirect callers may be missing");
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: "grpc-review", version: input.version },
        paths: input.paths.map(rel),
        summary: {
            services: services.length,
            methods: methods.size,
            callSites: callSites.length,
            callSitesWithDeadline: bounded,
            deadlineCoverage: callSites.length === 0 ? null : round(bounded / callSites.length),
            handlers: handlers.length,
            retriedMethods: retried.length,
            retriedMethodsSafe: retriedSafe,
            retrySafety: retried.length === 0 ? null : round(retriedSafe / retried.length),
            findings: { error: findings.filter((finding) => finding.severity === "error").length, warning: findings.filter((finding) => finding.severity === "warning").length },
            unresolved: unresolved.length,
        },
        services,
        callSites,
        handlers,
        graph: { nodes: [...nodes.values()], edges, cyclesCut: input.graph.cyclesCut, truncated: input.graph.truncated, filesRead: input.graph.filesRead },
        checklist,
        findings,
        unresolved,
        notes,
    };
}
function resolveHandler(resolver, handler) {
    if (handler.library === "nestjs" && handler.method && handler.serviceHints[0]) {
        const byService = resolver.resolve(handler.method, handler.serviceHints);
        if ("method" in byService)
            return byService;
    }
    return resolver.resolve(handler.method, handler.serviceHints);
}
function linkFindings(input, rel, methods, callSites, handlers) {
    const findings = [];
    const byFileLine = new Map();
    for (const site of callSites)
        if (site.method)
            byFileLine.set(`${site.file}:${site.line}`, site.method);
    const handlersByFile = new Map();
    for (const handler of handlers) {
        const list = handlersByFile.get(handler.file) ?? [];
        list.push(handler);
        handlersByFile.set(handler.file, list);
    }
    const policyLines = new Map();
    for (const method of methods.values()) {
        if (!method.policy)
            continue;
        const list = policyLines.get(method.policy.file) ?? [];
        list.push({ line: method.policy.line, method: method.id });
        policyLines.set(method.policy.file, list);
    }
    const rpcLine = new Map();
    const protoMethodsByFile = new Map();
    for (const method of methods.values()) {
        const file = input.protoIndex?.method(method.service, method.name)?.file;
        if (!file)
            continue;
        const list = protoMethodsByFile.get(rel(file)) ?? [];
        list.push(method);
        protoMethodsByFile.set(rel(file), list);
    }
    for (const result of input.results) {
        const file = rel(result.filePath);
        const lines = result.source?.split("\n");
        for (const message of result.messages) {
            const line = message.line ?? 1;
            let method = byFileLine.get(`${file}:${line}`) ?? null;
            if (!method && file.endsWith(".proto")) {
                let lineMap = rpcLine.get(file);
                if (!lineMap) {
                    lineMap = new Map();
                    let text = result.source;
                    if (text === undefined) {
                        try {
                            text = readFileSync(result.filePath, "utf8");
                        }
                        catch {
                            text = "";
                        }
                    }
                    const protoLines = text.split("\n");
                    for (const candidate of protoMethodsByFile.get(file) ?? []) {
                        const at = protoLines.findIndex((each) => new RegExp(`\\brpc\\s+${candidate.name}\\s*\\(`).test(each));
                        if (at >= 0)
                            lineMap.set(at + 1, candidate.id);
                    }
                    rpcLine.set(file, lineMap);
                }
                method = lineMap.get(line) ?? null;
            }
            if (!method && policyLines.has(file)) {
                // A finding inside a method config concerns the methods it covers; take the nearest config above.
                const above = policyLines.get(file).filter((entry) => entry.line <= line).sort((a, b) => b.line - a.line);
                const nearest = above[0]?.line;
                const covered = above.filter((entry) => entry.line === nearest);
                if (covered.length === 1)
                    method = covered[0].method;
            }
            if (!method) {
                const enclosing = (handlersByFile.get(file) ?? []).filter((handler) => handler.line <= line && handler.method).sort((a, b) => b.line - a.line)[0];
                if (enclosing && line - enclosing.line < 40)
                    method = enclosing.method;
            }
            const id = `F${findings.length + 1}`;
            findings.push({
                id,
                ruleId: message.ruleId,
                severity: message.severity >= 2 ? "error" : "warning",
                message: message.message,
                file,
                line,
                column: message.column ?? 1,
                method,
                excerpt: lines?.[line - 1]?.trim().slice(0, 160) ?? null,
            });
            if (method)
                methods.get(method)?.findings.push(id);
        }
    }
    return findings;
}
