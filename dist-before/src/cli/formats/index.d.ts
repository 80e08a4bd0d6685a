import { ESLint } from "eslint";
import type { FormatName } from "../args.js";
import type { FormatContext } from "./shared.js";
/** stylish and json are ESLint's own formatters, so `--format json` is exactly ESLint's JSON shape. */
export declare function formatResults(format: FormatName, results: ESLint.LintResult[], context: FormatContext): Promise<string>;
