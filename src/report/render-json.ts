import type { ReportModel } from "./model-types.js";

/** The model as documented in docs/report-schema.md (schemaVersion 1). */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
