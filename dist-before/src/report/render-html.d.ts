import type { ReportModel } from "./model-types.js";
export declare function escapeHtml(text: string | number | null | undefined): string;
export declare function renderHtml(model: ReportModel): string;
