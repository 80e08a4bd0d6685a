import { existsSync, readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { ESLint, Linter } from "eslint";
import { writeFileAtomic } from "../util/atomic-write.js";

export const DEFAULT_SUPPRESSIONS_FILE = "eslint-suppressions.json";

type Suppressions = Record<string, Record<string, { count: number }>>;

// The baseline is ESLint's suppressions file: `{ "<path relative to cwd>": { "<rule>": { count } } }`,
// error-level messages only, so `eslint --suppressions-location` and `grpc-review` share one file.
// grpc-review reads and writes it itself: ESLint's Node API cannot write one, its CLI writes
// non-atomically, and its keys follow ESLint's base path, which this command widens for targets
// outside the cwd; keys here are always relative to the cwd the command runs in.

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

export function readSuppressions(file: string): Suppressions {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Suppressions;
  } catch (error) {
    throw new Error(`${file}: not a suppressions file (${(error as Error).message})`);
  }
}

export function writeSuppressions(file: string, cwd: string, results: ESLint.LintResult[]): number {
  const suppressions = readSuppressions(file);
  let total = 0;
  for (const result of results) {
    const counts = countErrorsByRule(result.messages);
    const key = keyOf(cwd, result.filePath);
    if (Object.keys(counts).length > 0) suppressions[key] = counts;
    else delete suppressions[key];
    total += Object.values(counts).reduce((sum, { count }) => sum + count, 0);
  }
  const sorted = Object.fromEntries(Object.entries(suppressions).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileAtomic(file, `${JSON.stringify(sorted, null, 2)}\n`);
  return total;
}

/**
 * ESLint's semantics: per file and rule, when the errors are at most the recorded count they all
 * move to `suppressedMessages`; when there are more, all of them are reported (a new one cannot be
 * told apart from an old one).
 */
export function applySuppressions(results: ESLint.LintResult[], suppressions: Suppressions, cwd: string): ESLint.LintResult[] {
  return results.map((result) => {
    const recorded = suppressions[keyOf(cwd, result.filePath)];
    if (!recorded) return result;
    const counts = countErrorsByRule(result.messages);
    const suppressedRules = new Set(Object.keys(counts).filter((rule) => counts[rule].count <= (recorded[rule]?.count ?? 0)));
    if (suppressedRules.size === 0) return result;
    const isSuppressed = (message: Linter.LintMessage) => message.severity === 2 && message.ruleId !== null && suppressedRules.has(message.ruleId);
    const kept = result.messages.filter((message) => !isSuppressed(message));
    const moved = result.messages.filter(isSuppressed).map((message) => ({ ...message, suppressions: [{ kind: "file", justification: "" }] }));
    return {
      ...result,
      messages: kept,
      suppressedMessages: [...result.suppressedMessages, ...moved],
      errorCount: kept.filter((message) => message.severity === 2).length,
      fatalErrorCount: kept.filter((message) => message.fatal).length,
      fixableErrorCount: kept.filter((message) => message.severity === 2 && message.fix).length,
    };
  });
}
