#!/usr/bin/env node
// Scores grpc-review against the hand labels in bench/labels/*labels*.tsv (see bench/labels/README.md).
//
//   node bench/real-world.js [options] <corpus-dir>
//   node bench/real-world.js install <corpus-dir>
//
// <corpus-dir> holds one checkout per labelled repository, named <owner>+<name>, at the labelled
// commit. Scoring runs bin/grpc-review.js --format json once per checkout and per mode:
//   typed    the checkouts as they are (their dependencies installed by `install`), so the
//            project service sees the gRPC libraries' types;
//   untyped  a copy of each checkout without any node_modules folder (made under the temp folder
//            and removed afterwards), so every type from a dependency is unknown.
// Options:
//   --mode typed|untyped|both   (default both)
//   --repos owner/name,...      only these repositories
//   --json <file>               details (every miss, every false positive, unlabelled findings,
//                               per-run notices) (default: real-world-results.json in the cwd)
//   --labels <file>             a labels TSV (repeatable; default: bench/labels/*labels*.tsv)
//   --whole                     lint each whole checkout, not only the packages (nearest
//                               package.json folders) that hold labelled files
// `install` installs each checkout's dependencies where its labelled files live, with the
// repository's lockfile and --ignore-scripts, and records what failed in real-world-install.json.
//
// Needs `npm run build` first (the command runs from dist/). Plain Node, no other tools.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const bin = join(repoRoot, "bin", "grpc-review.js");

// ---------------------------------------------------------------------------------------------
// Labels

/** One row: { repo, commit, path, from, to, rule, verdict, library, reason, source }. */
export function parseLabels(text, source) {
  const labels = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trim() === "" || raw.startsWith("#")) continue;
    const cells = raw.split("\t");
    if (cells[0] === "repo") continue;
    const [repo, commit, path, lines, rule, verdict, library, ...reason] = cells;
    const match = /^(\d+)(?:-(\d+))?$/.exec(lines ?? "");
    if (!repo || !path || !rule || !match || !["flag", "clean", "unsure"].includes(verdict)) {
      throw new Error(`${source}:${index + 1}: malformed label row`);
    }
    const from = Number(match[1]);
    labels.push({ repo, commit, path, from, to: Number(match[2] ?? match[1]), rule, verdict, library, reason: reason.join("\t"), source: `${source}:${index + 1}` });
  }
  return labels;
}

function defaultLabelFiles() {
  const dir = join(here, "labels");
  return readdirSync(dir)
    .filter((name) => name.includes("labels") && name.endsWith(".tsv"))
    .sort()
    .map((name) => join(dir, name));
}

const checkoutName = (repo) => repo.replace("/", "+");

// ---------------------------------------------------------------------------------------------
// Running the command

function git(cwd, ...args) {
  const run = spawnSync("git", ["-C", cwd, ...args], { encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/**
 * Every TypeScript rule the labels do not name is switched off, so the command reports only what
 * is scored; `--preset all` so a labelled rule outside `recommended` still runs.
 */
function commandArgs(rulesOfInterest, allRules, outFile, paths) {
  const args = [bin, "--format", "json", "--no-eslint-config", "--no-progress", "--preset", "all", "-o", outFile];
  for (const id of allRules) args.push("--rule", `${id}=${rulesOfInterest.has(id) ? "warn" : "off"}`);
  args.push(...paths);
  return args;
}

/**
 * The folders to lint in a checkout: each labelled file's package (nearest package.json), since
 * only findings in labelled files are scored; the whole checkout with --whole.
 */
function lintPaths(checkout, repoLabels, whole) {
  if (whole) return ["."];
  const dirs = [...new Set(repoLabels.map((label) => relative(checkout, packageDir(checkout, label.path)) || "."))].sort();
  // A folder inside another listed folder is linted with it already.
  return dirs.filter((dir) => !dirs.some((other) => other !== dir && (other === "." || dir.startsWith(`${other}/`))));
}

function runOne(target, rulesOfInterest, allRules, paths) {
  const scratch = mkdtempSync(join(tmpdir(), "grpc-review-real-world-"));
  const outFile = join(scratch, "report.json");
  const started = performance.now();
  const run = spawnSync(process.execPath, commandArgs(rulesOfInterest, allRules, outFile, paths), {
    cwd: target,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  let results = [];
  if (existsSync(outFile)) results = JSON.parse(readFileSync(outFile, "utf8"));
  rmSync(scratch, { recursive: true, force: true });
  const notices = (run.stderr ?? "").split("\n").filter((line) => line.trim() !== "");
  const findings = [];
  let fatal = 0;
  for (const result of results) {
    const path = relative(target, result.filePath).split(sep).join("/");
    for (const message of result.messages) {
      if (message.fatal) {
        fatal++;
        continue;
      }
      const rule = message.ruleId?.replace(/^grpc-review\//, "");
      if (!rule || !rulesOfInterest.has(rule)) continue;
      findings.push({ path, line: message.line, column: message.column, rule, messageId: message.messageId, message: message.message });
    }
  }
  return { exit: run.status, seconds, files: results.length, fatal, notices, findings };
}

/** A copy of the checkout without node_modules, so no dependency's types can be found. */
function untypedCopy(source, scratchRoot) {
  const target = join(scratchRoot, relative(dirname(source), source));
  cpSync(source, target, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (path) => !path.split(sep).includes("node_modules"),
  });
  return target;
}

// ---------------------------------------------------------------------------------------------
// Scoring

/**
 * Matches findings to labels of the same repository, path and rule whose line range holds the
 * finding's line. A flag label with at least one finding is a TP (once), without one an FN; a
 * clean label with a finding is an FP; unsure labels count neither way. A finding on no label of
 * its rule is an FP only in a file the labels cover (some label of any rule names the file): the
 * labellers read those files whole. Those are listed as "unlabelled" so they can be labelled.
 */
export function score(labels, findingsByRepo) {
  const rows = [];
  const details = { misses: [], falsePositives: [], unlabelled: [], outsideCoverage: 0 };
  const bump = (rule, library, key) => {
    for (const lib of [library, "all"]) {
      let row = rows.find((entry) => entry.rule === rule && entry.library === lib);
      if (!row) rows.push((row = { rule, library: lib, tp: 0, fn: 0, fp: 0 }));
      row[key]++;
    }
  };
  for (const [repo, findings] of findingsByRepo) {
    const repoLabels = labels.filter((label) => label.repo === repo);
    const coveredFiles = new Set(repoLabels.map((label) => label.path));
    const claimed = new Set();
    for (const label of repoLabels) {
      const hits = findings.filter((finding) => finding.path === label.path && finding.rule === label.rule && finding.line >= label.from && finding.line <= label.to);
      for (const hit of hits) claimed.add(hit);
      if (label.verdict === "unsure") continue;
      if (label.verdict === "flag") {
        if (hits.length > 0) bump(label.rule, label.library, "tp");
        else {
          bump(label.rule, label.library, "fn");
          details.misses.push({ ...label });
        }
      } else if (hits.length > 0) {
        bump(label.rule, label.library, "fp");
        details.falsePositives.push({ ...label, findings: hits });
      }
    }
    for (const finding of findings) {
      if (claimed.has(finding)) continue;
      if (!coveredFiles.has(finding.path)) {
        details.outsideCoverage++;
        continue;
      }
      // The file's labels say which library it uses; the most common one stands for the finding.
      const counts = new Map();
      for (const label of repoLabels) if (label.path === finding.path) counts.set(label.library, (counts.get(label.library) ?? 0) + 1);
      const library = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "?";
      bump(finding.rule, library, "fp");
      details.unlabelled.push({ repo, library, ...finding });
    }
  }
  // Every labelled rule and library gets a row, even with nothing found.
  for (const label of labels) if (label.verdict !== "unsure") for (const lib of [label.library, "all"]) {
    if (!rows.some((row) => row.rule === label.rule && row.library === lib)) rows.push({ rule: label.rule, library: lib, tp: 0, fn: 0, fp: 0 });
  }
  rows.sort((a, b) => a.rule.localeCompare(b.rule) || (a.library === "all") - (b.library === "all") || a.library.localeCompare(b.library));
  for (const row of rows) {
    row.recall = row.tp + row.fn === 0 ? null : row.tp / (row.tp + row.fn);
    row.precision = row.tp + row.fp === 0 ? null : row.tp / (row.tp + row.fp);
  }
  return { rows, details };
}

function table(rows) {
  const fmt = (value) => (value === null ? "-" : value.toFixed(2));
  const lines = [["rule", "library", "TP", "FN", "FP", "recall", "precision"]];
  for (const row of rows) lines.push([row.rule, row.library, row.tp, row.fn, row.fp, fmt(row.recall), fmt(row.precision)].map(String));
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  return lines.map((line) => line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ")).join("\n");
}

// ---------------------------------------------------------------------------------------------
// Installing the checkouts' dependencies

/** The folder whose package.json is nearest to the file, at or below the checkout. */
function packageDir(checkout, file) {
  let dir = dirname(join(checkout, file));
  while (dir.length > checkout.length && !existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

/** A workspace root above the package installs it, so climb to the highest one that declares workspaces. */
function installRoot(checkout, dir) {
  let root = dir;
  for (let up = dir; up.length >= checkout.length; up = dirname(up)) {
    const manifest = join(up, "package.json");
    if (existsSync(join(up, "pnpm-workspace.yaml"))) root = up;
    else if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).workspaces) root = up;
      } catch {
        // An unreadable manifest declares nothing.
      }
    }
    if (up === checkout) break;
  }
  return root;
}

function installCommands(dir) {
  const fallback = ["npm", "install", "--ignore-scripts", "--no-package-lock", "--no-audit", "--no-fund", "--legacy-peer-deps"];
  if (existsSync(join(dir, "pnpm-lock.yaml"))) {
    const lock = readFileSync(join(dir, "pnpm-lock.yaml"), "utf8");
    const major = /^lockfileVersion: '?(\d+)/m.exec(lock)?.[1] === "9" ? "9" : "8";
    let pinned;
    try {
      pinned = /^pnpm@([\d.]+)/.exec(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).packageManager ?? "")?.[1];
    } catch {
      pinned = undefined;
    }
    return [["npx", "--yes", `pnpm@${pinned ?? major}`, "install", "--frozen-lockfile", "--ignore-scripts"]];
  }
  if (existsSync(join(dir, "yarn.lock"))) {
    let pinned;
    try {
      pinned = /^yarn@([\d.]+)/.exec(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).packageManager ?? "")?.[1];
    } catch {
      pinned = undefined;
    }
    // Yarn 2+ lockfiles use the `workspace:` protocol npm cannot read; its CLI ships on npm.
    if (pinned && !pinned.startsWith("1.")) return [["npx", "--yes", "-p", `@yarnpkg/cli-dist@${pinned}`, "yarn", "install", "--immutable", "--mode=skip-build"]];
    return [["npx", "--yes", "yarn@1", "install", "--frozen-lockfile", "--ignore-scripts"], fallback];
  }
  if (existsSync(join(dir, "package-lock.json"))) return [["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], fallback];
  return [fallback];
}

function install(corpus, labels) {
  const report = [];
  for (const repo of [...new Set(labels.map((label) => label.repo))]) {
    const checkout = join(corpus, checkoutName(repo));
    if (!existsSync(checkout)) {
      report.push({ repo, status: "no checkout" });
      continue;
    }
    const roots = new Set(labels.filter((label) => label.repo === repo).map((label) => installRoot(checkout, packageDir(checkout, label.path))));
    for (const root of roots) {
      const where = relative(corpus, root);
      let status = "failed";
      const tried = [];
      for (const command of installCommands(root)) {
        process.stderr.write(`${where}: ${command.join(" ")}\n`);
        // Yarn 2+ would otherwise ask its own registry host; npm's configured registry serves the same packages.
        const registry = spawnSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).stdout?.trim();
        const env = { ...process.env, ...(registry ? { YARN_NPM_REGISTRY_SERVER: registry } : {}) };
        const run = spawnSync(command[0], command.slice(1), { cwd: root, env, encoding: "utf8", timeout: 20 * 60 * 1000, maxBuffer: 64 * 1024 * 1024 });
        tried.push({ command: command.join(" "), exit: run.status, tail: `${run.stderr ?? ""}`.trim().split("\n").slice(-5).join("\n") });
        if (run.status === 0) {
          status = "installed";
          break;
        }
      }
      // Installing must leave the checkout's own files as they were.
      const changed = git(checkout, "status", "--porcelain", "--untracked-files=no");
      report.push({ repo, dir: where, status, tried, trackedFilesChanged: changed ? changed.split("\n") : [] });
      process.stderr.write(`${where}: ${status}\n`);
    }
  }
  return report;
}

// ---------------------------------------------------------------------------------------------

async function main(argv) {
  const positional = [];
  const labelFiles = [];
  let mode = "both";
  let only;
  let jsonOut = "real-world-results.json";
  let whole = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--mode") mode = argv[++index];
    else if (arg === "--repos") only = argv[++index].split(",");
    else if (arg === "--json") jsonOut = argv[++index];
    else if (arg === "--labels") labelFiles.push(argv[++index]);
    else if (arg === "--whole") whole = true;
    else positional.push(arg);
  }
  const subcommand = positional[0] === "install" ? positional.shift() : "score";
  if (positional.length !== 1 || !["typed", "untyped", "both"].includes(mode)) {
    console.error("usage: node bench/real-world.js [install] [--mode typed|untyped|both] [--whole] [--repos a/b,...] [--json out.json] [--labels f.tsv] <corpus-dir>");
    return 2;
  }
  const corpus = resolve(positional[0]);
  let labels = (labelFiles.length ? labelFiles : defaultLabelFiles()).flatMap((file) => parseLabels(readFileSync(file, "utf8"), relative(repoRoot, resolve(file))));
  if (only) labels = labels.filter((label) => only.includes(label.repo));

  if (subcommand === "install") {
    const report = install(corpus, labels);
    writeFileSync("real-world-install.json", JSON.stringify(report, null, 2));
    for (const entry of report) console.log(`${entry.status.padEnd(11)} ${entry.dir ?? entry.repo}${entry.trackedFilesChanged?.length ? " (tracked files changed!)" : ""}`);
    return 0;
  }

  if (!existsSync(join(repoRoot, "dist", "src", "cli", "main.js"))) {
    console.error("real-world: run `npm run build` first");
    return 2;
  }
  const { default: plugin } = await import(join(repoRoot, "dist", "src", "index.js"));
  const allRules = Object.entries(plugin.rules)
    .filter(([, rule]) => [rule.meta.docs.input].flat().includes("typescript"))
    .map(([id]) => id);
  const rulesOfInterest = new Set(labels.map((label) => label.rule));
  for (const rule of rulesOfInterest) if (!allRules.includes(rule)) throw new Error(`labels name an unknown TypeScript rule: ${rule}`);

  const repos = [...new Set(labels.map((label) => label.repo))];
  const output = { labelsUsed: labels.length, corpus, modes: {} };
  for (const which of mode === "both" ? ["typed", "untyped"] : [mode]) {
    const scratchRoot = which === "untyped" ? mkdtempSync(join(tmpdir(), "grpc-review-untyped-")) : undefined;
    const findingsByRepo = new Map();
    const runs = [];
    try {
      for (const repo of repos) {
        const checkout = join(corpus, checkoutName(repo));
        if (!existsSync(checkout)) {
          runs.push({ repo, error: "no checkout" });
          console.error(`${which} ${repo}: no checkout at ${checkout}`);
          continue;
        }
        const wanted = [...new Set(labels.filter((label) => label.repo === repo).map((label) => label.commit))];
        const head = git(checkout, "rev-parse", "HEAD");
        const target = scratchRoot ? untypedCopy(checkout, scratchRoot) : checkout;
        const paths = lintPaths(checkout, labels.filter((label) => label.repo === repo), whole);
        const run = runOne(target, rulesOfInterest, allRules, paths);
        if (scratchRoot) rmSync(target, { recursive: true, force: true });
        findingsByRepo.set(repo, run.findings);
        const hasModules = existsSync(join(checkout, "node_modules"));
        runs.push({ repo, paths, head, commitMatches: head !== undefined && wanted.includes(head), nodeModulesAtRoot: which === "typed" ? hasModules : false, ...run, findings: run.findings.length });
        console.error(
          `${which} ${repo}: ${run.files} files, ${run.findings.length} findings, ${run.fatal} unparsable, exit ${run.exit}, ${run.seconds.toFixed(1)}s` +
            (head !== undefined && !wanted.includes(head) ? ` (checkout at ${head}, labels at ${wanted.join(",")})` : ""),
        );
      }
    } finally {
      if (scratchRoot) rmSync(scratchRoot, { recursive: true, force: true });
    }
    const { rows, details } = score(labels, findingsByRepo);
    output.modes[which] = { rows, runs, ...details };
    console.log(`\n${which} (${which === "typed" ? "dependencies installed" : "no node_modules"})`);
    console.log(table(rows));
    console.log(`unlabelled findings in labelled files: ${details.unlabelled.length} (counted as FP; listed in ${jsonOut}); findings in unlabelled files: ${details.outsideCoverage}`);
  }
  writeFileSync(jsonOut, JSON.stringify(output, null, 2));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
