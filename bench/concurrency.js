#!/usr/bin/env node
// What ESLint's own multithreaded linting (`grpc-review --concurrency`) buys on this machine:
// runs `grpc-review --format json --concurrency <mode> .` in <dir> for each mode, alternating
// modes run after run (so load drifts hit every mode alike), and prints the median wall time,
// CPU time (all threads) and peak RSS per mode, and whether every run reported the same findings.
//
//   npm run build
//   node bench/concurrency.js <dir> [--runs 3] [--modes off,2,auto] [-- <extra grpc-review args>]
//
// Each run is a fresh Node process that reports its own resourceUsage() at exit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const bin = resolve(fileURLToPath(new URL(".", import.meta.url)), "../bin/grpc-review.js");
const argv = process.argv.slice(2);
const dashes = argv.indexOf("--");
const extra = dashes >= 0 ? argv.slice(dashes + 1) : [];
const own = dashes >= 0 ? argv.slice(0, dashes) : argv;
let dir;
let runs = 3;
let modes = ["off", "2", "auto"];
for (let i = 0; i < own.length; i++) {
  if (own[i] === "--runs") runs = Number(own[++i]);
  else if (own[i] === "--modes") modes = own[++i].split(",");
  else dir = resolve(own[i]);
}
if (!dir) {
  console.error("usage: node bench/concurrency.js <dir> [--runs 3] [--modes off,2,auto] [-- <extra args>]");
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), "grpc-review-concurrency-"));
const preload = join(scratch, "usage.cjs");
writeFileSync(preload, `process.on("exit", () => { const u = process.resourceUsage(); require("node:fs").writeFileSync(process.env.USAGE_FILE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssKb: u.maxRSS })); });\n`);

function findings(stdout) {
  try {
    return JSON.parse(stdout)
      .flatMap((result) => result.messages.map((m) => [result.filePath, m.line, m.column, m.ruleId, m.messageId, m.message].join("\t")))
      .sort()
      .join("\n");
  } catch {
    return undefined;
  }
}

const samples = Object.fromEntries(modes.map((mode) => [mode, []]));
let reference;
let same = true;
console.log(`${dir}: ${runs} run(s) per mode, ${availableParallelism()} CPU(s) available, load average ${loadavg()[0].toFixed(1)} at the start`);
for (let run = 0; run < runs; run++) {
  for (const mode of modes) {
    const usageFile = join(scratch, `usage-${run}-${mode}.json`);
    const started = performance.now();
    const child = spawnSync(process.execPath, ["--require", preload, bin, "--format", "json", "--no-progress", "--concurrency", mode, ...extra, "."], {
      cwd: dir,
      env: { ...process.env, USAGE_FILE: usageFile, FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 1 << 30,
    });
    const wallMs = performance.now() - started;
    const usage = JSON.parse(readFileSync(usageFile, "utf8"));
    const found = findings(child.stdout.toString());
    if (found === undefined) {
      console.error(`--concurrency ${mode}: no JSON report (exit ${child.status}): ${child.stderr.toString().slice(0, 500)}`);
      process.exit(1);
    }
    reference ??= found;
    if (found !== reference) same = false;
    samples[mode].push({ wallMs, cpuMs: usage.cpuMs, rssMb: usage.rssKb / 1024 });
    console.log(`  run ${run + 1} --concurrency ${mode}: wall ${(wallMs / 1000).toFixed(1)} s, CPU ${(usage.cpuMs / 1000).toFixed(1)} s, peak RSS ${(usage.rssKb / 1024).toFixed(0)} MB`);
  }
}
rmSync(scratch, { recursive: true, force: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const base = median(samples[modes[0]].map((sample) => sample.wallMs));
console.log(`load average ${loadavg()[0].toFixed(1)} at the end; findings ${same ? "identical in every run" : "DIFFER between runs"}`);
console.log("| --concurrency | median wall | median CPU | median peak RSS | wall vs " + modes[0] + " |");
console.log("| --- | --- | --- | --- | --- |");
for (const mode of modes) {
  const wall = median(samples[mode].map((sample) => sample.wallMs));
  const cpu = median(samples[mode].map((sample) => sample.cpuMs));
  const rss = median(samples[mode].map((sample) => sample.rssMb));
  console.log(`| ${mode} | ${(wall / 1000).toFixed(1)} s | ${(cpu / 1000).toFixed(1)} s | ${rss.toFixed(0)} MB | ${(wall / base).toFixed(2)}x |`);
}
process.exitCode = same ? 0 : 1;
