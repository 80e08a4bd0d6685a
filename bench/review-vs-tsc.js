#!/usr/bin/env node
// Whole-repository cost of a review against the type-checker's, in one process sequence:
//   tsc --noEmit -p <each tsconfig the review uses>   (the floor for typed analysis)
//   grpc-review --format json                         (typed where a tsconfig covers a file)
//   grpc-review --no-types --format json              (every file untyped)
// and prints wall time, CPU time (user + system) and peak RSS of each, with the ratios to tsc.
//
//   npm run build && node bench/review-vs-tsc.js <repo> [<repo>...]
//
// Each command runs as its own Node process with a small preload that reports its own
// resource usage at exit, so the figures are the process's own (no external timer needed).
// tsc runs once per tsconfig, sequentially; its figures are the sums (RSS: the largest).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const bin = resolve(here, "../bin/grpc-review.js");
const require = createRequire(import.meta.url);
const tscPath = require.resolve("typescript/lib/tsc.js");
const { discoverFiles } = await import("../dist/src/cli/discover.js");

const repos = process.argv.slice(2).map((path) => resolve(path));
if (repos.length === 0) {
  console.error("usage: node bench/review-vs-tsc.js <repo> [<repo>...]   (run `npm run build` first)");
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), "review-vs-tsc-"));
const preload = join(scratch, "usage.cjs");
writeFileSync(
  preload,
  `process.on("exit", () => { const u = process.resourceUsage(); require("node:fs").writeFileSync(process.env.USAGE_FILE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssKb: u.maxRSS })); });\n`,
);

function measure(args, cwd) {
  const usageFile = join(scratch, `usage-${process.hrtime.bigint()}.json`);
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--require", preload, ...args], {
    cwd,
    env: { ...process.env, USAGE_FILE: usageFile, FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - started;
  let usage = { cpuMs: NaN, rssKb: NaN };
  try {
    usage = JSON.parse(readFileSync(usageFile, "utf8"));
  } catch {
    // The process died before its exit handler (out of memory): no usage to report.
  }
  return { wallMs, cpuMs: usage.cpuMs, rssMb: usage.rssKb / 1024, status: child.status, stdout: child.stdout.toString() };
}

const rows = [];
for (const repo of repos) {
  const discovered = await discoverFiles([repo], repo);
  const tsFiles = [...discovered.kindOf.values()].filter((kind) => kind === "typescript").length;
  const tsc = { wallMs: 0, cpuMs: 0, rssMb: 0 };
  for (const tsconfig of discovered.tsconfigs) {
    const run = measure([tscPath, "--noEmit", "-p", tsconfig], repo);
    tsc.wallMs += run.wallMs;
    tsc.cpuMs += run.cpuMs;
    tsc.rssMb = Math.max(tsc.rssMb, run.rssMb);
  }
  const typed = measure([bin, "--format", "json", "--no-progress", "."], repo);
  const untyped = measure([bin, "--no-types", "--format", "json", "--no-progress", "."], repo);
  const findings = (run) => {
    try {
      return JSON.parse(run.stdout).reduce((sum, result) => sum + result.messages.length, 0);
    } catch {
      return `exit ${run.status}`;
    }
  };
  rows.push({ repo: basename(repo), tsFiles, tsconfigs: discovered.tsconfigs.length, tsc, typed, untyped, typedFindings: findings(typed), untypedFindings: findings(untyped) });
}
rmSync(scratch, { recursive: true, force: true });

const s = (ms) => (ms / 1000).toFixed(1);
const mb = (value) => (Number.isNaN(value) ? "?" : value.toFixed(0));
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : "-");
console.log("| repository | TS files | tsconfigs | tsc wall / CPU / RSS MB | typed wall / CPU / RSS MB | untyped wall / CPU / RSS MB | typed/tsc wall, RSS | untyped/tsc wall | findings typed / untyped |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const { repo, tsFiles, tsconfigs, tsc, typed, untyped, typedFindings, untypedFindings } of rows) {
  console.log(
    `| ${repo} | ${tsFiles} | ${tsconfigs} | ${s(tsc.wallMs)} / ${s(tsc.cpuMs)} / ${mb(tsc.rssMb)} | ${s(typed.wallMs)} / ${s(typed.cpuMs)} / ${mb(typed.rssMb)} | ${s(untyped.wallMs)} / ${s(untyped.cpuMs)} / ${mb(untyped.rssMb)} | ${ratio(typed.wallMs, tsc.wallMs)}, ${ratio(typed.rssMb, tsc.rssMb)} | ${ratio(untyped.wallMs, tsc.wallMs)} | ${typedFindings} / ${untypedFindings} |`,
  );
}
