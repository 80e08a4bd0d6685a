import { type Formatter } from "./shared.js";
/** A report to paste into a pull request or a job summary: counts per rule, then every finding. */
export declare const formatMarkdown: Formatter;
