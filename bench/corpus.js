#!/usr/bin/env node
// Runs the plugin's TypeScript rules over source trees through ESLint's Node API, typed where a
// tsconfig covers a file (the project service) and untyped otherwise, and prints every finding.
//   node bench/corpus.js [--rules id,id] [--json out.json] <dir>...
// Per-rule times (ESLint's own stats) go to stderr with each directory's summary.
// Needs `npm run build` first (it loads the plugin from dist/).
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { ESLint } from "eslint";
import tsParser from "@typescript-eslint/parser";
import plugin from "../dist/src/index.js";
import { ruleDocs } from "../dist/src/util/rule-meta.js";

const args = process.argv.slice(2);
let only;
let jsonOut;
const dirs = [];
for (let index = 0; index < args.length; index++) {
  if (args[index] === "--rules") only = args[++index].split(",");
  else if (args[index] === "--json") jsonOut = args[++index];
  else dirs.push(resolve(args[index]));
}
if (dirs.length === 0) {
  console.error("usage: node bench/corpus.js [--rules id,id] [--json out.json] <dir>...");
  process.exit(2);
}

const rules = {};
for (const [id, rule] of Object.entries(plugin.rules)) {
  const input = ruleDocs(rule).input;
  const inputs = typeof input === "string" ? [input] : input;
  if (!inputs.includes("typescript") || (only && !only.includes(id))) continue;
  rules[`grpc-review/${id}`] = "warn";
}

const IGNORES = ["**/node_modules/**", "**/*.d.ts", "**/dist/**", "**/build/**", "**/*.min.js"];
const TS_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const JS_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs"];

function config(dir, typed, files) {
  return [
    { ignores: IGNORES },
    {
      files,
      plugins: { "grpc-review": plugin },
      languageOptions: {
        parser: tsParser,
        parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : {},
      },
      linterOptions: { reportUnusedDisableDirectives: "off" },
      rules,
    },
  ];
}

const all = [];
for (const dir of dirs) {
  const started = performance.now();
  const typed = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config(dir, true, TS_FILES), errorOnUnmatchedPattern: false, stats: true });
  const typedResults = await typed.lintFiles(TS_FILES);
  // Files no tsconfig covers are fatal under the project service: lint those without types.
  const uncovered = typedResults.filter((result) => result.messages.some((message) => message.fatal)).map((result) => result.filePath);
  const untyped = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config(dir, false, [...TS_FILES, ...JS_FILES]), errorOnUnmatchedPattern: false, stats: true });
  const untypedResults = await untyped.lintFiles([...uncovered, ...JS_FILES]);
  const results = [...typedResults.filter((result) => !uncovered.includes(result.filePath)), ...untypedResults];
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let findings = 0;
  let fatal = 0;
  const ruleMs = {};
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) ruleMs[ruleId] = (ruleMs[ruleId] ?? 0) + time.total;
    }
    for (const message of result.messages) {
      if (message.fatal) {
        fatal++;
        continue;
      }
      if (!message.ruleId?.startsWith("grpc-review/")) continue;
      findings++;
      all.push({ file: result.filePath, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
      console.log(`${result.filePath}:${message.line}:${message.column} ${message.ruleId}`);
    }
  }
  console.error(
    `${dir}: ${results.length} files (${typedResults.length - uncovered.length} typed), ${findings} findings, ${fatal} unparsable, ${seconds}s`,
  );
  const times = Object.entries(ruleMs).sort(([a], [b]) => a.localeCompare(b));
  console.error(`  rule time: ${times.map(([id, ms]) => `${id.replace("grpc-review/", "")} ${ms.toFixed(0)} ms`).join(", ")}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(all, null, 2));
