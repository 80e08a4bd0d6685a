import { existsSync, readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { writeFileAtomic } from "../util/atomic-write.js";
export const DEFAULT_SUPPRESSIONS_FILE = "eslint-suppressions.json";
// The baseline is ESLint 10's suppressions file, with its CLI's semantics (lib/services/
// suppressions-service.js): error-level messages only; `--suppress-all` / `--suppress-rule` record the
// current counts per file and rule and keep every other entry; `--prune-suppressions` lowers counts to
// what still occurs and drops entries of deleted files; entries that no longer occur fail the run
// unless `--pass-on-unpruned-suppressions`. So `eslint` and `grpc-review` share one file. grpc-review
// reads and writes it itself: ESLint's Node API cannot write one, its CLI writes non-atomically, and its
// keys follow ESLint's base path, which this command widens for targets outside the cwd; keys here are
// always relative to the cwd the command runs in.
export const UNUSED_SUPPRESSIONS_MESSAGE = "There are suppressions left that do not occur anymore. To resolve this, re-run the command with `--prune-suppressions` to remove unused suppressions. To ignore unused suppressions, use `--pass-on-unpruned-suppressions`.";
function keyOf(cwd, filePath) {
    return relative(cwd, filePath).split(sep).join("/");
}
function countErrorsByRule(messages) {
    const counts = {};
    for (const message of messages) {
        if (message.severity !== 2 || !message.ruleId)
            continue;
        counts[message.ruleId] ??= { count: 0 };
        counts[message.ruleId].count++;
    }
    return counts;
}
export function readSuppressions(file) {
    if (!existsSync(file))
        return {};
    try {
        return JSON.parse(readFileSync(file, "utf8"));
    }
    catch (error) {
        throw new Error(`${file}: not a suppressions file (${error.message})`);
    }
}
/** Keys sorted at every level, two-space indent, no trailing newline: byte for byte what ESLint writes. */
function stableJson(value, indent = "") {
    if (value === null || typeof value !== "object")
        return JSON.stringify(value);
    const inner = `${indent}  `;
    const entries = Object.keys(value)
        .sort()
        .map((key) => `${inner}${JSON.stringify(key)}: ${stableJson(value[key], inner)}`);
    return entries.length === 0 ? "{}" : `{\n${entries.join(",\n")}\n${indent}}`;
}
function save(file, suppressions) {
    writeFileAtomic(file, stableJson(suppressions));
}
/** Records the current error counts of every rule, or of `rules` only, keeping all other entries. Returns how many errors it recorded. */
export function writeSuppressions(file, cwd, results, rules) {
    const suppressions = readSuppressions(file);
    let total = 0;
    for (const result of results) {
        const key = keyOf(cwd, result.filePath);
        for (const [ruleId, count] of Object.entries(countErrorsByRule(result.messages))) {
            if (rules && !rules.includes(ruleId))
                continue;
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
export function applySuppressions(results, suppressions, cwd) {
    const unused = {};
    const filtered = results.map((result) => {
        const key = keyOf(cwd, result.filePath);
        const recorded = suppressions[key];
        if (!recorded)
            return result;
        const counts = countErrorsByRule(result.messages);
        const suppressedRules = new Set();
        for (const [ruleId, { count }] of Object.entries(recorded)) {
            const found = counts[ruleId]?.count ?? 0;
            if (found > 0 && found <= count)
                suppressedRules.add(ruleId);
            if (found < count)
                (unused[key] ??= {})[ruleId] = { count: count - found };
        }
        if (suppressedRules.size === 0)
            return result;
        const isSuppressed = (message) => message.ruleId !== null && suppressedRules.has(message.ruleId);
        const kept = result.messages.filter((message) => !isSuppressed(message));
        const moved = result.messages.filter(isSuppressed).map((message) => ({ ...message, suppressions: [{ kind: "file", justification: "" }] }));
        const count = (severity, fixable = false) => kept.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
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
export function pruneSuppressions(file, cwd, results) {
    const suppressions = readSuppressions(file);
    const { unused } = applySuppressions(results, suppressions, cwd);
    for (const [key, rules] of Object.entries(unused)) {
        const recorded = suppressions[key];
        if (!recorded)
            continue;
        for (const [ruleId, { count }] of Object.entries(rules)) {
            const entry = recorded[ruleId];
            if (!entry)
                continue;
            if (entry.count === count)
                delete recorded[ruleId];
            else
                entry.count -= count;
        }
        if (Object.keys(recorded).length === 0)
            delete suppressions[key];
    }
    for (const key of Object.keys(suppressions))
        if (!existsSync(resolve(cwd, key)))
            delete suppressions[key];
    save(file, suppressions);
}
/**
 * The baseline step of a run, in ESLint's order: record (`--suppress-all`, `--suppress-rule`), prune,
 * then apply the file when there is one. `written` says what was recorded, for a one-line notice.
 */
export function baselineResults(options, cwd, results) {
    const file = resolve(cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
    const recording = options.suppressAll || options.suppressRule.length > 0;
    if (!recording && !options.pruneSuppressions && !existsSync(file))
        return { results, unused: {}, file };
    const recorded = recording ? writeSuppressions(file, cwd, results, options.suppressAll ? undefined : options.suppressRule) : undefined;
    if (options.pruneSuppressions)
        pruneSuppressions(file, cwd, results);
    return { ...applySuppressions(results, readSuppressions(file), cwd), file, ...(recorded !== undefined ? { recorded } : {}) };
}
