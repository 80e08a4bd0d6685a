#!/usr/bin/env node
// How the command's time and memory grow with the size of one input: service configs of growing
// size, generated TypeScript files, and configs with more and more method configs. Prints one row
// per size (wall time, peak RSS, findings, exit code), so linear growth (or not) is visible.
//
//   npm run build && node bench/growth.js [--only config|ts|methods] [--max-mb 100] [--cap <MB>] [--keep]
//
// --cap passes --max-file-size: by default inputs past their cap (20 MB; TypeScript 5 MB) are one
// finding and not parsed, so `--cap 200` shows what parsing the 100 MB config itself costs.
// Each size runs the real command (`grpc-review -f json`) in a fresh child process over one file;
// the child reports its own peak RSS. Inputs are generated into a temporary folder, removed after.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
if (args[0] === "--child") await child(args.slice(1));
else await main();

async function child(cliArgs) {
  const { main: cli } = await import("../dist/src/cli/main.js");
  let findings = 0;
  const sink = { write: (chunk) => ((findings += (String(chunk).match(/"ruleId"/g) ?? []).length), true), isTTY: false };
  const started = process.hrtime.bigint();
  const code = await cli(cliArgs, { cwd: process.cwd(), stdout: sink, stderr: { write: () => true, isTTY: false } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.send({ ms, rssMb: process.resourceUsage().maxRSS / 1024, code, findings });
}

function option(name, fallback) {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
}

/** A method config with a retry policy: what large real configs are made of. */
function methodConfig(i) {
  return JSON.stringify({
    name: [{ service: `bench.v1.Service${i % 97}`, method: `GetThing${i}` }],
    timeout: "5s",
    retryPolicy: { maxAttempts: 3, initialBackoff: "0.1s", maxBackoff: "1s", backoffMultiplier: 2, retryableStatusCodes: ["UNAVAILABLE"] },
  });
}

function configOfMethods(count) {
  const entries = Array.from({ length: count }, (_, i) => methodConfig(i));
  return `{"methodConfig": [\n${entries.join(",\n")}\n], "retryThrottling": {"maxTokens": 10, "tokenRatio": 0.1}}\n`;
}

function configOfBytes(bytes) {
  const per = methodConfig(0).length + 2;
  return configOfMethods(Math.max(1, Math.round(bytes / per)));
}

/** grpc-js calls with deadlines written every way the deadline rules read, repeated to size. */
function typescriptOfBytes(bytes) {
  const head = `import * as grpc from "@grpc/grpc-js";\nconst client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\n`;
  const unit = (i) =>
    `export function call${i}(request: unknown, timeoutMs: number): void {\n` +
    `  const deadline = Date.now() + timeoutMs;\n` +
    `  client.makeUnaryRequest("/bench.v1.Service/Get${i}", (x: unknown) => Buffer.from(String(x)), (b: Buffer) => b, request, { deadline }, () => {});\n` +
    `  client.makeUnaryRequest("/bench.v1.Service/Put${i}", (x: unknown) => Buffer.from(String(x)), (b: Buffer) => b, request, { deadline: ${i % 7 === 0 ? "5000" : "deadline"} }, () => {});\n` +
    `}\n`;
  // Just under the size asked for, so that "5 MB" stays within a 5 MB cap.
  const parts = [head];
  let size = head.length;
  for (let i = 0; size + unit(i).length <= bytes; i++) {
    const text = unit(i);
    parts.push(text);
    size += text.length;
  }
  return parts.join("");
}

function run(file) {
  const cap = option("--cap", undefined);
  const cliArgs = ["--no-progress", "--format", "json", "--preset", "all", ...(cap ? ["--max-file-size", cap] : []), file];
  return new Promise((resolve, reject) => {
    const worker = fork(new URL(import.meta.url).pathname, ["--child", ...cliArgs], {
      cwd: join(file, ".."),
      execArgv: ["--max-old-space-size=8192"],
    });
    let report;
    worker.on("message", (message) => (report = message));
    worker.on("error", reject);
    worker.on("exit", (code, signal) => resolve(report ?? { ms: NaN, rssMb: NaN, code: signal ?? code, findings: 0 }));
  });
}

async function main() {
  const only = option("--only", undefined);
  const maxMb = Number(option("--max-mb", "100"));
  const dir = mkdtempSync(join(tmpdir(), "grpc-review-growth-"));
  const MB = 1024 * 1024;
  const plans = [
    ...[1, 10, 100].filter((mb) => mb <= maxMb).map((mb) => ({ group: "config", label: `${mb} MB config`, name: `c${mb}.service-config.json`, make: () => configOfBytes(mb * MB) })),
    ...[1, 2, 5, 10, 20].filter((mb) => mb <= maxMb).map((mb) => ({ group: "ts", label: `${mb} MB TypeScript`, name: `t${mb}.ts`, make: () => typescriptOfBytes(mb * MB) })),
    ...[1e3, 1e4, 1e5].map((count) => ({ group: "methods", label: `${count} method configs`, name: `m${count}.service-config.json`, make: () => configOfMethods(count) })),
  ].filter((plan) => !only || plan.group === only);
  console.log("| input | bytes | time (s) | peak RSS (MB) | findings | exit |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  try {
    for (const plan of plans) {
      const file = join(dir, plan.name);
      writeFileSync(file, plan.make());
      const bytes = statSync(file).size;
      const result = await run(file);
      console.log(`| ${plan.label} | ${bytes} | ${(result.ms / 1000).toFixed(2)} | ${Math.round(result.rssMb)} | ${result.findings} | ${result.code} |`);
      if (!args.includes("--keep")) rmSync(file, { force: true });
    }
  } finally {
    if (!args.includes("--keep")) rmSync(dir, { recursive: true, force: true });
  }
}
