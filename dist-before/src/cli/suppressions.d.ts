import type { ESLint } from "eslint";
export declare const DEFAULT_SUPPRESSIONS_FILE = "eslint-suppressions.json";
/** `{ "<path relative to cwd>": { "<rule>": { count } } }`, ESLint's suppressions file. */
export type Suppressions = Record<string, Record<string, {
    count: number;
}>>;
export declare const UNUSED_SUPPRESSIONS_MESSAGE = "There are suppressions left that do not occur anymore. To resolve this, re-run the command with `--prune-suppressions` to remove unused suppressions. To ignore unused suppressions, use `--pass-on-unpruned-suppressions`.";
export declare function readSuppressions(file: string): Suppressions;
/** Records the current error counts of every rule, or of `rules` only, keeping all other entries. Returns how many errors it recorded. */
export declare function writeSuppressions(file: string, cwd: string, results: ESLint.LintResult[], rules?: readonly string[]): number;
/**
 * ESLint's semantics: per file and rule, when the errors are at most the recorded count they all
 * move to `suppressedMessages`; when there are more, all of them are reported (a new one cannot be
 * told apart from an old one). `unused` holds, for linted files, the recorded counts that no longer occur.
 */
export declare function applySuppressions(results: ESLint.LintResult[], suppressions: Suppressions, cwd: string): {
    results: ESLint.LintResult[];
    unused: Suppressions;
};
/** Lowers each count to what still occurs, drops entries that no longer occur and files that no longer exist. */
export declare function pruneSuppressions(file: string, cwd: string, results: ESLint.LintResult[]): void;
export interface BaselineOptions {
    suppressAll: boolean;
    suppressRule: string[];
    pruneSuppressions: boolean;
    suppressionsLocation?: string;
}
/**
 * The baseline step of a run, in ESLint's order: record (`--suppress-all`, `--suppress-rule`), prune,
 * then apply the file when there is one. `written` says what was recorded, for a one-line notice.
 */
export declare function baselineResults(options: BaselineOptions, cwd: string, results: ESLint.LintResult[]): {
    results: ESLint.LintResult[];
    unused: Suppressions;
    file: string;
    recorded?: number;
};
