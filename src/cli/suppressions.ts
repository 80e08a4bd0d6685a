import { existsSync, readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { ESLint } from "eslint";
import { writeFileAtomic } from "../util/atomic-write.js";

export const DEFAULT_SUPPRESSIONS_FILE = "eslint-suppressions.json";

type Suppressions = Record<string, Record<string, { count: number }>>;

/**
 * Writes ESLint's suppressions file (`{ "<path relative to cwd>": { "<rule>": { count } } }`, error-level
 * messages only), so `eslint --suppressions-location` and `grpc-review` share one baseline. ESLint's
 * Node API can apply a baseline but not write one, and its CLI writes it non-atomically.
 */
export function writeSuppressions(file: string, cwd: string, results: ESLint.LintResult[]): number {
  const suppressions: Suppressions = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Suppressions) : {};
  let total = 0;
  for (const result of results) {
    const key = relative(cwd, result.filePath).split(sep).join("/");
    const counts: Record<string, { count: number }> = {};
    for (const message of result.messages) {
      if (message.severity !== 2 || !message.ruleId) continue;
      counts[message.ruleId] ??= { count: 0 };
      counts[message.ruleId]!.count++;
      total++;
    }
    if (Object.keys(counts).length > 0) suppressions[key] = counts;
    else delete suppressions[key];
  }
  const sorted = Object.fromEntries(Object.entries(suppressions).sort(([a], [b]) => a.localeCompare(b)));
  writeFileAtomic(file, `${JSON.stringify(sorted, null, 2)}\n`);
  return total;
}
