/**
 * The report as GitHub-flavoured Markdown: fits a workflow step summary or a pull-request comment.
 * Deterministic for a given tree (paths relative to the working directory, stable order), so it can
 * be compared with a stored file.
 */
import type { ReportModel } from "./model-types.js";
export declare function cell(text: string | number | null | undefined): string;
export declare function percent(value: number | null): string;
export declare function policyText(method: ReportModel["services"][number]["methods"][number]): string;
export declare function renderMarkdown(model: ReportModel): string;
