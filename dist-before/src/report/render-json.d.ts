import type { ReportModel } from "./model-types.js";
/** The model as documented in docs/report-schema.md (schemaVersion 1). */
export declare function renderJson(model: ReportModel): string;
