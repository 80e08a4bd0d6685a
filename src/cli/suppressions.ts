import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { readTextFile, sizeLimit } from "../util/file-access.js";
import type { ESLint, Linter } from "eslint";
import { writeFileAtomic } from "../util/atomic-write.js";

export const DEFAULT_SUPPRESSIONS_FILE = "eslint-suppressions.json";

/** `{ "<path relative to cwd>": { "<rule>": { count } } }`, ESLint's suppressions file. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

// The baseline is ESLint 10's suppressions file, with its CLI's semantics (lib/services/
// suppressions-service.js): error-level messages only; `--suppress-all` / `--suppress-rule` record the
// current counts per file and rule and keep every other entry; `--prune-suppressions` lowers counts to
// what still occurs and drops entries of deleted files; entries that no longer occur fail the run
// unless `--pass-on-unpruned-suppressions`. So `eslint` and `grpc-review` share one file. grpc-review
// reads and writes it itself: ESLint's Node API cannot write one, its CLI writes non-atomically, and its
// keys follow ESLint's base path, which this command widens for targets outside the cwd; keys here are
// always relative to the cwd the command runs in.

export const UNUSED_SUPPRESSIONS_MESSAGE =
  "There are suppressions left that do not occur anymore. To resolve this, re-run the command with `--prune-suppressions` to remove unused suppressions. To ignore unused suppressions, use `--pass-on-unpruned-suppressions`.";

function keyOf(cwd: string, filePath: string): string {
  return relative(cwd, filePath).split(sep).join("/");
}

function countErrorsByRule(messages: Linter.LintMessage[]): Record<string, { count: number }> {
  const counts: Record<string, { count: number }> = {};
  for (const message of messages) {
    if (message.severity !== 2 || !message.ruleId) continue;
    counts[message.ruleId] ??= { count: 0 };
    counts[message.ruleId].count++;
  }
  return counts;
}

/** Why a parsed suppressions file is not `{ "<file>": { "<rule>": { "count": <n> } } }`, or undefined. */
function shapeProblem(value: unknown): string | undefined {
  const isObject = (each: unknown): each is Record<string, unknown> => typeof each === "object" && each !== null && !Array.isArray(each);
  const kind = (each: unknown) => (each === null ? "null" : Array.isArray(each) ? "an array" : typeof each);
  if (!isObject(value)) return `expected an object of files, got ${kind(value)}`;
  for (const [key, rules] of Object.entries(value)) {
    if (!isObject(rules)) return `"${key}": expected an object of rules, got ${kind(rules)}`;
    for (const [rule, entry] of Object.entries(rules)) {
      if (!isObject(entry) || typeof entry.count !== "number" || !Number.isInteger(entry.count) || entry.count < 0) {
        return `"${key}" → "${rule}": expected { "count": <whole number> }`;
      }
    }
  }
  return undefined;
}

export function readSuppressions(file: string): Suppressions {
  if (!existsSync(file)) return {};
  const read = readTextFile(file, { maxBytes: sizeLimit("suppressions", undefined) });
  if (!read.ok) throw new Error(`${file}: not a suppressions file (${read.reason})`);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    throw new Error(`${file}: not a suppressions file (${(error as Error).message})`);
  }
  const problem = shapeProblem(value);
  if (problem) throw new Error(`${file}: not a suppressions file (${problem})`);
  return value as Suppressions;
}

/** Keys sorted at every level, two-space indent, no trailing newline: byte for byte what ESLint writes. */
function stableJson(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${inner}${JSON.stringify(key)}: ${stableJson((value as Record<string, unknown>)[key], inner)}`);
  return entries.length === 0 ? "{}" : `{\n${entries.join(",\n")}\n${indent}}`;
}

function save(file: string, suppressions: Suppressions): void {
  writeFileAtomic(file, stableJson(suppressions));
}

/** Records the current error counts of every rule, or of `rules` only, keeping all other entries. Returns how many errors it recorded. */
export function writeSuppressions(file: string, cwd: string, results: ESLint.LintResult[], rules?: readonly string[]): number {
  const suppressions = readSuppressions(file);
  let total = 0;
  for (const result of results) {
    const key = keyOf(cwd, result.filePath);
    for (const [ruleId, count] of Object.entries(countErrorsByRule(result.messages))) {
      if (rules && !rules.includes(ruleId)) continue;
      suppressions[key] ??= {};
      suppressions[key][ruleId] = count;
      total += count.count;
    }
  }
  save(file, suppressions);
  return total;
}

/**
 * ESLint's semantics: per file and rule, when the errors are at most the recorded count they all
 * move to `suppressedMessages`; when there are more, all of them are reported (a new one cannot be
 * told apart from an old one). `unused` holds, for linted files, the recorded counts that no longer occur.
 */
export function applySuppressions(
  results: ESLint.LintResult[],
  suppressions: Suppressions,
  cwd: string,
): { results: ESLint.LintResult[]; unused: Suppressions } {
  const unused: Suppressions = {};
  const filtered = results.map((result) => {
    const key = keyOf(cwd, result.filePath);
    const recorded = suppressions[key];
    if (!recorded) return result;
    const counts = countErrorsByRule(result.messages);
    const suppressedRules = new Set<string>();
    for (const [ruleId, { count }] of Object.entries(recorded)) {
      const found = counts[ruleId]?.count ?? 0;
      if (found > 0 && found <= count) suppressedRules.add(ruleId);
      if (found < count) (unused[key] ??= {})[ruleId] = { count: count - found };
    }
    if (suppressedRules.size === 0) return result;
    const isSuppressed = (message: Linter.LintMessage) => message.ruleId !== null && suppressedRules.has(message.ruleId);
    const kept = result.messages.filter((message) => !isSuppressed(message));
    const moved = result.messages.filter(isSuppressed).map((message) => ({ ...message, suppressions: [{ kind: "file", justification: "" }] }));
    const count = (severity: number, fixable = false) =>
      kept.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
    return {
      ...result,
      messages: kept,
      suppressedMessages: [...result.suppressedMessages, ...moved],
      errorCount: count(2),
      warningCount: count(1),
      fatalErrorCount: kept.filter((message) => message.fatal).length,
      fixableErrorCount: count(2, true),
      fixableWarningCount: count(1, true),
    };
  });
  return { results: filtered, unused };
}

/** Lowers each count to what still occurs, drops entries that no longer occur and files that no longer exist. */
export function pruneSuppressions(file: string, cwd: string, results: ESLint.LintResult[]): void {
  const suppressions = readSuppressions(file);
  const { unused } = applySuppressions(results, suppressions, cwd);
  for (const [key, rules] of Object.entries(unused)) {
    const recorded = suppressions[key];
    if (!recorded) continue;
    for (const [ruleId, { count }] of Object.entries(rules)) {
      const entry = recorded[ruleId];
      if (!entry) continue;
      if (entry.count === count) delete recorded[ruleId];
      else entry.count -= count;
    }
    if (Object.keys(recorded).length === 0) delete suppressions[key];
  }
  for (const key of Object.keys(suppressions)) if (!existsSync(resolve(cwd, key))) delete suppressions[key];
  save(file, suppressions);
}

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
export function baselineResults(
  options: BaselineOptions,
  cwd: string,
  results: ESLint.LintResult[],
): { results: ESLint.LintResult[]; unused: Suppressions; file: string; recorded?: number } {
  const file = resolve(cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
  const recording = options.suppressAll || options.suppressRule.length > 0;
  if (!recording && !options.pruneSuppressions && !existsSync(file)) return { results, unused: {}, file };
  const recorded = recording ? writeSuppressions(file, cwd, results, options.suppressAll ? undefined : options.suppressRule) : undefined;
  if (options.pruneSuppressions) pruneSuppressions(file, cwd, results);
  return { ...applySuppressions(results, readSuppressions(file), cwd), file, ...(recorded !== undefined ? { recorded } : {}) };
}
