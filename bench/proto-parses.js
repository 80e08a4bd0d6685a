#!/usr/bin/env node
// How many times the command parses each .proto file in one review, and its CPU time: runs the
// built command in this process (`grpc-review --format json -o <out> .` in <dir>) and reads the
// proto summary cache's parse counts afterwards.
//
//   npm run build && node bench/proto-parses.js <dir> <out.json>
//
// Compare two builds' findings with `node bench/same-findings.js --files before.json after.json`.
import { resolve } from "node:path";

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: node bench/proto-parses.js <dir> <out.json>   (run `npm run build` first)");
  process.exit(2);
}
const { main } = await import("../dist/src/cli/main.js");
const { protoParseCounts, resetProtoParseCounts } = await import("../dist/proto-checks/summary-cache.js");
resetProtoParseCounts();
const sink = { write: () => true, isTTY: false };
const started = process.cpuUsage();
const code = await main(["--format", "json", "--no-progress", "-o", resolve(out), "."], { cwd: resolve(dir), stdout: sink, stderr: sink });
const cpu = process.cpuUsage(started);
const counts = [...protoParseCounts().values()];
const twice = counts.filter((count) => count > 1).length;
console.log(`exit ${code}; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; ${counts.length} proto file(s) parsed, ${counts.reduce((sum, count) => sum + count, 0)} parse(s), ${twice} file(s) more than once`);
