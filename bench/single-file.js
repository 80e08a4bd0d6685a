#!/usr/bin/env node
// One staged file, as lint-staged and pre-commit run it: `grpc-review <file>` against `eslint <file>`
// in the same project with the same config (the project's eslint.config.*), each in a fresh process.
// Prints the median wall-clock times and their ratio (goal: <= 1.5).
//
//   npm run build && node bench/single-file.js [project] [file] [--runs 5]
//
// Defaults: this repository and examples/payments/client.ts (typed through the repository's config).
// The two commands alternate so machine noise hits both alike.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(args[0] ?? join(here, ".."));
const file = args[1] ?? "examples/payments/client.ts";

const eslintBin = join(dirname(createRequire(join(project, "package.json")).resolve("eslint/package.json")), "bin/eslint.js");
const grpcReviewBin = join(here, "../bin/grpc-review.js");

function time(bin, extra) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, ...extra, file], { cwd: project, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${bin} exited ${run.status}: ${run.stderr.split("\n")[0]}`);
  return { seconds, stdout: run.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const eslintTimes = [];
const grpcReviewTimes = [];
for (let index = 0; index < runs; index++) {
  eslintTimes.push(time(eslintBin, ["--format", "json"]).seconds);
  grpcReviewTimes.push(time(grpcReviewBin, ["--format", "json", "--no-progress"]).seconds);
}
const eslintSeconds = median(eslintTimes);
const grpcReviewSeconds = median(grpcReviewTimes);
console.log(`project       ${project}`);
console.log(`file          ${file}`);
console.log(`eslint        ${eslintSeconds.toFixed(2)} s (median of ${runs})`);
console.log(`grpc-review   ${grpcReviewSeconds.toFixed(2)} s (median of ${runs})`);
console.log(`ratio         ${(grpcReviewSeconds / eslintSeconds).toFixed(2)} (goal <= 1.5)`);
