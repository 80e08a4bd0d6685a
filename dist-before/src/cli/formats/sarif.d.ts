import { type Formatter } from "./shared.js";
/** A relative URI reference: each path segment percent-encoded (spaces, `#`, `%`, `?`). */
export declare function relativeUri(cwd: string, file: string): string;
export declare const formatSarif: Formatter;
