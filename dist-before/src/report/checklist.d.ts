/**
 * The senior design-review checklist (eleven items), each answered from the model with a verdict
 * and the evidence for it. An item the code cannot show (proxies, circuit breakers in a mesh) says
 * "unknown" rather than pass; an item with nothing to judge (no retries) is "not-applicable".
 */
import type { FactsByFile } from "./facts.js";
import type { ChecklistItem, GraphEdge, ReportCallSite, ReportFinding, ReportHandler, ReportMethod } from "./model-types.js";
import type { Verdict } from "./verdict.js";
import type { ServiceConfig } from "../core/service-config/index.js";
export type { ChecklistItem, Verdict };
export interface ChecklistInput {
    methods: ReportMethod[];
    callSites: ReportCallSite[];
    handlers: ReportHandler[];
    edges: GraphEdge[];
    findings: ReportFinding[];
    facts: FactsByFile;
    configs: Array<{
        file: string;
        config: ServiceConfig;
    }>;
    rel: (file: string) => string;
}
export declare const CHECKLIST_TITLES: ReadonlyArray<[id: string, title: string]>;
export declare function buildChecklist(input: ChecklistInput): ChecklistItem[];
