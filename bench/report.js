#!/usr/bin/env node
// Compares `grpc-review report` with `grpc-review` on the same repository: wall time and peak RSS,
// each run in a fresh child process, alternating so machine noise hits both alike.
// Goal: report time and peak RSS <= 1.5x the review's.
//
//   npm run build && node bench/report.js <repo> [--runs 3]
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);

if (args[0] === "--child") {
  const [, mode, repo] = args;
  const { main } = await import("../dist/src/cli/main.js");
  const sink = { write: () => true, isTTY: false };
  const started = process.hrtime.bigint();
  const argv = mode === "report" ? ["report", "--format", "json", "--no-progress", repo] : ["--format", "json", "--no-progress", repo];
  const code = await main(argv, { cwd: repo, stdout: sink, stderr: sink });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.send({ mode, code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 });
  process.exit(0);
}

const repo = resolve(args.find((arg) => !arg.startsWith("--")) ?? ".");
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
if (!existsSync(new URL("../dist/src/cli/main.js", import.meta.url))) {
  console.error("bench/report.js: run `npm run build` first");
  process.exit(2);
}

function measure(mode) {
  return new Promise((resolvePromise, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--child", mode, repo], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    let result;
    child.on("message", (message) => (result = message));
    child.on("exit", (code) => (result ? resolvePromise(result) : reject(new Error(`${mode} child exited ${code}`))));
  });
}

const samples = { review: [], report: [] };
for (let run = 0; run < runs; run++) {
  for (const mode of run % 2 === 0 ? ["review", "report"] : ["report", "review"]) samples[mode].push(await measure(mode));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = Object.fromEntries(
  Object.entries(samples).map(([mode, list]) => [mode, { ms: Math.round(median(list.map((sample) => sample.ms))), maxRssMb: Math.round(median(list.map((sample) => sample.maxRssMb))) }]),
);
const timeRatio = summary.report.ms / summary.review.ms;
const rssRatio = summary.report.maxRssMb / summary.review.maxRssMb;
console.log(`${repo}: ${runs} runs each (medians)`);
console.log(`  grpc-review         ${summary.review.ms} ms, peak RSS ${summary.review.maxRssMb} MB`);
console.log(`  grpc-review report  ${summary.report.ms} ms, peak RSS ${summary.report.maxRssMb} MB`);
console.log(`  ratio: time ${timeRatio.toFixed(2)}x, RSS ${rssRatio.toFixed(2)}x (goal <= 1.50x)`);
process.exitCode = timeRatio <= 1.5 && rssRatio <= 1.5 ? 0 : 1;
