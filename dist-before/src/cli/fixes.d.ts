import type { ESLint } from "eslint";
/**
 * Writes the fixed text of every result that has one (`--fix`). Atomic, so an interrupted run leaves
 * each file either as it was or fully fixed; through symlinks to the file they name, and with the
 * file's permissions kept, as an in-place write would.
 */
export declare function writeFixes(results: ESLint.LintResult[]): number;
