#!/usr/bin/env node
// Lints a TypeScript repository with typescript-eslint's typed recommended config, with and
// without grpc-review's TypeScript rules, and prints both times and their ratio (goal: <= 1.10).
//
//   npm run build && node bench/ts-lint.js <repo> [--runs 3] [--show]
//
// Each measurement runs in a fresh child process so neither configuration inherits the other's
// warm TypeScript programs; the two alternate so machine noise hits both alike. --show prints
// grpc-review's findings (for reviewing them by hand).
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);

if (args[0] === "--child") {
  await child(args[1], args[2] === "with");
} else {
  await main();
}

async function discover(repo) {
  const { glob } = await import("tinyglobby");
  return glob(["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"], {
    cwd: repo,
    absolute: true,
    ignore: ["**/node_modules/**", "**/dist/**", "**/build/**", "**/.git/**", "**/*.d.ts"],
  });
}

async function configs(repo, withGrpcReview) {
  const tseslint = (await import("typescript-eslint")).default;
  const blocks = [
    ...tseslint.configs.recommendedTypeChecked,
    { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: repo } } },
    // Measure the rules, not reports about stale disable comments.
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
  ];
  if (withGrpcReview) {
    const plugin = (await import("../dist/src/index.js")).default;
    // Only the blocks for TypeScript input (proto and service-config blocks carry a language).
    blocks.push(...plugin.configs.all.filter((block) => !block.language));
  }
  return blocks;
}

async function child(repo, withGrpcReview) {
  const { ESLint } = await import("eslint");
  const files = await discover(repo);
  const overrideConfig = await configs(repo, withGrpcReview);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const eslint = new ESLint({ cwd: repo, overrideConfigFile: true, overrideConfig, cache: false, errorOnUnmatchedPattern: false, stats: true });
  const results = await eslint.lintFiles(files);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1e3;
  const findings = [];
  let fatal = 0;
  // ESLint's own per-rule timings: the share of grpc-review's rules, steady even on a busy machine.
  let grpcReviewRulesMs = 0;
  let lintMs = 0;
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      lintMs += pass.total;
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
        if (ruleId.startsWith("grpc-review/")) grpcReviewRulesMs += time.total;
      }
    }
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      if (message.ruleId?.startsWith("grpc-review/")) {
        findings.push({ file: relative(repo, result.filePath), line: message.line, ruleId: message.ruleId, message: message.message });
      }
    }
  }
  process.send({ ms, cpuMs, files: files.length, fatal, findings, grpcReviewRulesMs, lintMs });
}

function measure(repo, withGrpcReview) {
  return new Promise((resolvePromise, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ["--child", repo, withGrpcReview ? "with" : "without"], {
      execArgv: ["--max-old-space-size=4096"],
    });
    let answer;
    proc.on("message", (message) => (answer = message));
    proc.on("error", reject);
    proc.on("exit", (code) => (answer ? resolvePromise(answer) : reject(new Error(`benchmark child exited with ${code}`))));
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  const positional = args.filter((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--runs");
  const runsIndex = args.indexOf("--runs");
  const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 3;
  const show = args.includes("--show");
  if (positional.length !== 1 || !Number.isInteger(runs) || runs < 1) {
    console.error("usage: node bench/ts-lint.js <path-to-typescript-repo> [--runs N] [--show]");
    process.exit(2);
  }
  const repo = resolve(positional[0]);
  if (!existsSync(repo)) {
    console.error(`bench/ts-lint.js: no such directory: ${repo}`);
    process.exit(2);
  }
  if (!existsSync(fileURLToPath(new URL("../dist/src/index.js", import.meta.url)))) {
    console.error("bench/ts-lint.js: build first (npm run build)");
    process.exit(2);
  }
  const without = [];
  const withRules = [];
  const withoutCpu = [];
  const withRulesCpu = [];
  let last;
  for (let run = 0; run < runs; run++) {
    // Alternate which configuration goes first, so drift over the run is shared.
    const order = run % 2 === 0 ? [false, true] : [true, false];
    for (const withGrpcReview of order) {
      const result = await measure(repo, withGrpcReview);
      (withGrpcReview ? withRules : without).push(result.ms);
      (withGrpcReview ? withRulesCpu : withoutCpu).push(result.cpuMs);
      if (withGrpcReview) last = result;
      console.error(
        `run ${run + 1}: ${withGrpcReview ? "with   " : "without"} grpc-review ${(result.ms / 1000).toFixed(2)} s wall, ${(result.cpuMs / 1000).toFixed(2)} s cpu`,
      );
    }
  }
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const base = median(without);
  const full = median(withRules);
  const baseCpu = median(withoutCpu);
  const fullCpu = median(withRulesCpu);
  // CPU time is the steadier number on a shared machine; wall time is what a user waits.
  console.log(`repository:            ${repo}`);
  console.log(`files linted:          ${last.files} (${last.fatal} fatal parse messages, same in both)`);
  console.log(`typed recommended:     ${seconds(base)} wall, ${seconds(baseCpu)} cpu (medians of ${runs})`);
  console.log(`  + grpc-review rules: ${seconds(full)} wall, ${seconds(fullCpu)} cpu (medians of ${runs})`);
  console.log(`ratio:                 ${(full / base).toFixed(3)} wall, ${(fullCpu / baseCpu).toFixed(3)} cpu (goal <= 1.10)`);
  const share = (100 * last.grpcReviewRulesMs) / last.lintMs;
  console.log(`grpc-review rules:     ${seconds(last.grpcReviewRulesMs)} of ${seconds(last.lintMs)} per-file lint time (${share.toFixed(1)}%, last run)`);
  console.log(`grpc-review findings:  ${last.findings.length}`);
  if (show) for (const finding of last.findings) console.log(`  ${finding.file}:${finding.line} ${finding.ruleId} ${finding.message}`);
}
