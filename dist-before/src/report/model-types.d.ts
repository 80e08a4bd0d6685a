/** The report model's shape (docs/report.schema.json, schemaVersion 1), shared by the builder, the checklist and the renderers. */
import type { Verdict } from "./verdict.js";
export declare const SCHEMA_VERSION = 1;
export interface ChecklistItem {
    id: string;
    number: number;
    title: string;
    verdict: Verdict;
    evidence: string[];
    /** Finding ids (see findings) behind the verdict. */
    findings: string[];
}
export type CallType = "unary" | "server-streaming" | "client-streaming" | "bidi-streaming";
export type Severity = "error" | "warning";
export interface MethodPolicy {
    /** The service-config file (relative path) whose method config applies. */
    file: string;
    line: number;
    timeoutSeconds: number | null;
    retry: {
        maxAttempts: number | null;
        statusCodes: string[];
        initialBackoffSeconds: number | null;
        maxBackoffSeconds: number | null;
        backoffMultiplier: number | null;
    } | null;
    hedging: {
        maxAttempts: number | null;
        statusCodes: string[];
        hedgingDelaySeconds: number | null;
    } | null;
    throttling: boolean;
    /** null when the method config neither retries nor hedges. */
    retrySafe: boolean | null;
    retrySafeReason: string | null;
}
export interface ReportMethod {
    id: string;
    service: string;
    name: string;
    callType: CallType;
    /** `duplicatesOnRepeat`: a repeat adds a second effect (a second order), so the method needs an idempotency key. */
    idempotency: {
        level: string;
        source: string;
        reason: string;
        duplicatesOnRepeat: boolean;
    };
    requestIdField: string | null;
    policy: MethodPolicy | null;
    callSites: string[];
    handlers: string[];
    /** Share of this method's call sites with a bounded deadline; null without call sites. */
    deadlineCoverage: number | null;
    browser: boolean;
    findings: string[];
}
export interface ReportService {
    name: string;
    file: string;
    methods: ReportMethod[];
}
export interface ReportCallSite {
    id: string;
    file: string;
    line: number;
    column: number;
    library: string;
    /** As the code names it. */
    methodName: string;
    /** The proto method it resolves to, or null (see unresolved). */
    method: string | null;
    callType: string | null;
    deadline: {
        verdict: string;
        source: string;
    };
    /** Calls inside a handler (directly or through helpers): does the incoming deadline flow on? */
    propagation: "propagated" | "not-propagated" | "unknown" | null;
    /** Handlers that reach this call. */
    handlers: string[];
    /** The function that makes the call (for callers that are not handlers). */
    caller: string;
    browser: boolean;
}
export interface ReportHandler {
    id: string;
    file: string;
    line: number;
    column: number;
    library: string;
    methodName: string | null;
    method: string | null;
    kind: string;
}
export interface GraphNode {
    id: string;
    kind: "method" | "caller" | "unresolved";
    label: string;
    group: string;
    browser: boolean;
}
export interface GraphEdge {
    from: string;
    to: string;
    /** entry: a caller that is not a handler has no incoming deadline to pass on. */
    propagation: "propagated" | "not-propagated" | "unknown" | "entry";
    bounded: boolean;
    callSite: string;
    via: string[];
}
export interface ReportFinding {
    id: string;
    ruleId: string | null;
    severity: Severity;
    message: string;
    file: string;
    line: number;
    column: number;
    method: string | null;
    excerpt: string | null;
}
export interface Unresolved {
    kind: "call-site" | "handler" | "service-config" | "graph";
    file: string;
    line: number;
    detail: string;
}
export interface ReportModel {
    schemaVersion: typeof SCHEMA_VERSION;
    tool: {
        name: string;
        version: string;
    };
    paths: string[];
    summary: {
        services: number;
        methods: number;
        callSites: number;
        callSitesWithDeadline: number;
        deadlineCoverage: number | null;
        handlers: number;
        retriedMethods: number;
        retriedMethodsSafe: number;
        retrySafety: number | null;
        findings: {
            error: number;
            warning: number;
        };
        unresolved: number;
    };
    services: ReportService[];
    callSites: ReportCallSite[];
    handlers: ReportHandler[];
    graph: {
        nodes: GraphNode[];
        edges: GraphEdge[];
        cyclesCut: number;
        truncated: boolean;
        filesRead: number;
    };
    checklist: ChecklistItem[];
    findings: ReportFinding[];
    unresolved: Unresolved[];
    notes: string[];
}
/** The parts of an ESLint result the model reads (so this room needs no ESLint import). */
export interface LintResultLike {
    filePath: string;
    source?: string;
    messages: Array<{
        ruleId: string | null;
        severity: number;
        message: string;
        line?: number;
        column?: number;
        fatal?: boolean;
    }>;
}
