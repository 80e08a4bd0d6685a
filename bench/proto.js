#!/usr/bin/env node
/**
 * Benchmark: grpc-review's proto rules (through ESLint's Node API, from the built dist/) against
 * buf over the same directory, in one run. Prints wall times, the ratio, and our peak RSS.
 *
 *   npm run build
 *   node bench/proto.js <dir>                       # proto rules vs `buf lint`
 *   node bench/proto.js <dir> --against <ref>       # + history rules vs `buf breaking --against`
 *        [--buf-against <input>]                    #   buf's input for the old side (default: <repo>/.git#ref=<ref>,subdir=<dir>)
 *        [--runs <n>]                               #   repeat and keep the fastest wall time of each tool
 *        [--buf-exclude <subdir>]                   #   leave a folder out of buf's module (repeatable)
 *        [--preset recommended|strict|all]          #   which of our presets' proto rules run (default recommended)
 *
 * googleapis as a single buf module does not compile: preview/ duplicates google/api, so buf
 * stops at "declared multiple times". `--buf-exclude preview` gives buf a module it can lint.
 *
 * Nothing is written into <dir>: buf gets its configuration inline (--config), ESLint gets an
 * override config and no cache.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv) {
  const args = { dir: undefined, against: undefined, bufAgainst: undefined, bufExcludes: [], runs: 1, child: false, preset: "recommended" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--against") args.against = argv[++i];
    else if (arg === "--buf-against") args.bufAgainst = argv[++i];
    else if (arg === "--runs") args.runs = Number(argv[++i]);
    else if (arg === "--buf-exclude") args.bufExcludes.push(argv[++i]);
    else if (arg === "--preset") args.preset = argv[++i];
    else if (arg === "--child-lint") args.child = true;
    else args.dir = arg;
  }
  if (!args.dir) {
    console.error("usage: node bench/proto.js <dir> [--against <ref>] [--buf-against <input>] [--runs <n>]");
    process.exit(2);
  }
  args.dir = resolve(args.dir);
  return args;
}

/** Runs in a child process so its peak RSS is ours alone. */
async function childLint(args) {
  const { ESLint } = await import("eslint");
  const { default: plugin } = await import(join(root, "dist", "src", "index.js"));
  const protoBlocks = plugin.configs[args.preset].filter((block) => block.language === "grpc-review/proto");
  const started = performance.now();
  const eslint = new ESLint({
    cwd: args.dir,
    overrideConfigFile: true,
    overrideConfig: [...protoBlocks, { files: ["**/*.proto"], settings: { "grpc-review": args.against ? { against: args.against } : {} } }],
  });
  const results = await eslint.lintFiles(["**/*.proto"]);
  const byRule = {};
  let fatal = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      const key = message.ruleId ?? "(fatal)";
      byRule[key] = (byRule[key] ?? 0) + 1;
    }
  }
  process.stdout.write(
    JSON.stringify({
      files: results.length,
      fatal,
      byRule,
      lintMs: Math.round(performance.now() - started),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

function timed(command, commandArgs, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { encoding: "utf8", maxBuffer: 1 << 30, ...options });
  return { ms: performance.now() - started, result };
}

function runOurs(args) {
  const childArgs = [fileURLToPath(import.meta.url), "--child-lint", args.dir, "--preset", args.preset];
  if (args.against) childArgs.push("--against", args.against);
  const { ms, result } = timed(process.execPath, childArgs, { cwd: args.dir });
  if (result.status !== 0) throw new Error(`grpc-review run failed: ${result.stderr}`);
  return { ms, ...JSON.parse(result.stdout) };
}

function bufBinary() {
  const binary = join(root, "node_modules", ".bin", "buf");
  if (!existsSync(binary)) throw new Error("buf not found: install the @bufbuild/buf devDependency");
  return binary;
}

function runBuf(bufArgs, cwd) {
  const { ms, result } = timed(bufBinary(), bufArgs, { cwd });
  // 0: clean, 100: findings; anything else is a failure to run.
  if (result.status !== 0 && result.status !== 100) throw new Error(`buf ${bufArgs[0]} failed (${result.status}): ${result.stderr.slice(0, 2000)}`);
  const lines = result.stdout.split("\n").filter(Boolean);
  return { ms, findings: lines.length, compileErrors: lines.filter((line) => /declared multiple times|used more than once/.test(line)).length };
}

function gitRoot(dir) {
  const result = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function fastest(runs, run) {
  let best;
  for (let i = 0; i < runs; i++) {
    const outcome = run();
    if (!best || outcome.ms < best.ms) best = outcome;
  }
  return best;
}

function report(title, ours, buf) {
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\n${title}`);
  console.log(`  grpc-review (ESLint API, whole process): ${seconds(ours.ms)}  (lintFiles ${seconds(ours.lintMs)}), peak RSS ${ours.peakRssMB} MB`);
  console.log(`    files ${ours.files}, fatal ${ours.fatal}, findings ${JSON.stringify(ours.byRule)}`);
  console.log(`  buf: ${seconds(buf.ms)}  (${buf.findings} output lines${buf.compileErrors ? `, of which ${buf.compileErrors} compile errors: buf stopped before checking` : ""})`);
  console.log(`  ratio grpc-review / buf: ${(ours.ms / buf.ms).toFixed(3)}`);
}

const args = parseArgs(process.argv.slice(2));
if (args.child) {
  await childLint(args);
} else {
  const lintOurs = fastest(args.runs, () => runOurs({ ...args, against: undefined }));
  const bufConfig = (extra) =>
    JSON.stringify({ version: "v2", ...(args.bufExcludes.length ? { modules: [{ path: ".", excludes: args.bufExcludes }] } : {}), ...extra });
  // buf resolves module paths against the working directory, so it runs inside <dir> on ".".
  const lintBuf = fastest(args.runs, () => runBuf(["lint", ".", "--config", bufConfig({})], args.dir));
  report(`proto rules (${args.preset}) vs buf lint over ${args.dir}`, lintOurs, lintBuf);

  if (args.against) {
    const repository = gitRoot(args.dir);
    if (!repository && !args.bufAgainst) throw new Error(`${args.dir} is not in a git repository; --against needs one`);
    const subdir = repository ? relative(repository, args.dir) : "";
    const bufAgainst = args.bufAgainst ?? `${join(repository, ".git")}#ref=${args.against}${subdir ? `,subdir=${subdir}` : ""}`;
    const historyOurs = fastest(args.runs, () => runOurs(args));
    const historyBuf = fastest(args.runs, () =>
      runBuf(
        ["breaking", ".", "--against", bufAgainst, "--config", bufConfig({ breaking: { use: ["WIRE"] } }), "--against-config", bufConfig({})],
        args.dir,
      ),
    );
    report(`history against ${args.against} vs buf breaking --against (WIRE)`, historyOurs, historyBuf);
  }
}
