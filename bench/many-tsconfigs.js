#!/usr/bin/env node
// A monorepo shaped like the one that ran out of heap: many small fixture-like projects, each
// with its own tsconfig.json, next to a few packages, some of which use @grpc/grpc-js. Generates
// it into a temp folder and runs `grpc-review --format json --stats` on it in a fresh process,
// printing wall time, CPU time, peak RSS, the findings and the command's own --stats phases.
//
//   npm run build
//   node bench/many-tsconfigs.js [--tsconfigs 1000] [--files 3000] [--grpc-packages 4]
//                                [--grpc-fixtures 20] [--keep] [--node-flag <flag>]... [-- <extra grpc-review args>]
//
// --node-flag passes a flag to the command's Node (for instance --max-old-space-size=1024 to
// try a smaller heap than the default, or --heapsnapshot-near-heap-limit=1). --keep leaves the
// generated repository in place and prints its path. Exits 1 when the command did not finish
// with a report (a crash, an out-of-memory abort).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const bin = resolve(here, "../bin/grpc-review.js");

function parseArgs(argv) {
  const options = { tsconfigs: 1000, files: 3000, grpcPackages: 4, grpcFixtures: 20, keep: false, nodeFlags: [], extra: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      options.extra = argv.slice(i + 1);
      break;
    }
    if (arg === "--keep") options.keep = true;
    else if (arg === "--tsconfigs") options.tsconfigs = Number(argv[++i]);
    else if (arg === "--files") options.files = Number(argv[++i]);
    else if (arg === "--grpc-packages") options.grpcPackages = Number(argv[++i]);
    else if (arg === "--grpc-fixtures") options.grpcFixtures = Number(argv[++i]);
    else if (arg === "--node-flag") options.nodeFlags.push(argv[++i]);
    else {
      console.error(`unknown argument ${arg}`);
      process.exit(2);
    }
  }
  return options;
}

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Code with some types to check and nothing gRPC about it, as test fixtures are. */
function plainModule(name, index, importFrom) {
  return `${importFrom ? `import { helper${index - 1} } from "${importFrom}";\n` : ""}
export interface Record${index} {
  id: string;
  tags: readonly string[];
  meta: Map<string, number>;
}

export class Store${index}<T extends Record${index}> {
  private readonly items = new Map<string, T>();

  put(item: T): void {
    this.items.set(item.id, item);
  }

  find(predicate: (item: T) => boolean): T | undefined {
    for (const item of this.items.values()) if (predicate(item)) return item;
    return undefined;
  }

  get size(): number {
    return this.items.size;
  }
}

export function helper${index}(values: number[]): number {
  ${importFrom ? `const base = helper${index - 1}(values);` : "const base = 0;"}
  return values.reduce((sum, value) => sum + value * 2, base);
}

export const ${name.replace(/[^A-Za-z0-9]/g, "_")}_${index} = new Store${index}<Record${index}>();
`;
}

/** A module that makes grpc-js calls without a deadline (require-deadline reports each). */
function grpcModule(index) {
  return `import * as grpc from "@grpc/grpc-js";

const client${index} = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());
const serialize = (value: string) => Buffer.from(value);
const deserialize = (bytes: Buffer) => bytes.toString();

export function lookup${index}(key: string): Promise<string> {
  return new Promise((resolve, reject) => {
    client${index}.makeUnaryRequest("/store.Store/Lookup", serialize, deserialize, key, (error, value) => {
      if (error) reject(error);
      else resolve(value ?? "");
    });
  });
}

export function lookupWithDeadline${index}(key: string): Promise<string> {
  return new Promise((resolve, reject) => {
    client${index}.makeUnaryRequest("/store.Store/Lookup", serialize, deserialize, key, new grpc.Metadata(), { deadline: Date.now() + 1000 }, (error, value) => {
      if (error) reject(error);
      else resolve(value ?? "");
    });
  });
}
`;
}

/** Imports the grpc module of its package: reaches gRPC through the module graph only. */
function grpcUser(index, grpcIndex) {
  return `import { lookup${grpcIndex} } from "./grpc-${grpcIndex}.js";

export async function use${index}(keys: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const key of keys) found.push(await lookup${grpcIndex}(key));
  return found;
}
`;
}

const TSCONFIG_BASE = {
  compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, skipLibCheck: true, noEmit: true, types: [] },
};

export function generate(root, { tsconfigs, files, grpcPackages, grpcFixtures }) {
  // Packages: about one in fifty tsconfigs, holding about a third of the files; the rest are
  // fixture projects of two or three files each, which is what most tsconfigs of such a repo are.
  const packages = Math.max(grpcPackages, Math.round(tsconfigs / 50));
  const fixtures = tsconfigs - packages;
  const perFixture = Math.max(1, Math.floor((files * 2) / 3 / fixtures));
  const fixtureFiles = fixtures * perFixture;
  const perPackage = Math.max(1, Math.floor((files - fixtureFiles) / packages));
  let extraFiles = files - fixtureFiles - perPackage * packages;
  write(join(root, "package.json"), JSON.stringify({ name: "generated-monorepo", private: true, type: "module" }, null, 2));
  write(join(root, ".gitignore"), "node_modules/\n");
  write(join(root, "tsconfig.base.json"), JSON.stringify(TSCONFIG_BASE, null, 2));
  // The real package, so module resolution and the program see grpc-js as a project would.
  const grpcJs = resolve(here, "../node_modules/@grpc/grpc-js");
  mkdirSync(join(root, "node_modules/@grpc"), { recursive: true });
  symlinkSync(grpcJs, join(root, "node_modules/@grpc/grpc-js"), "dir");
  for (const dep of ["@types/node", "@js-sdsl/ordered-map", "@grpc/proto-loader"]) {
    const source = resolve(here, "../node_modules", dep);
    mkdirSync(dirname(join(root, "node_modules", dep)), { recursive: true });
    try {
      symlinkSync(source, join(root, "node_modules", dep), "dir");
    } catch {
      // Not installed here: grpc-js's declarations then miss a type or two, which changes no finding.
    }
  }
  let written = 0;
  for (let p = 0; p < packages; p++) {
    const dir = join(root, "packages", `pkg-${String(p).padStart(3, "0")}`);
    const grpc = p < grpcPackages;
    write(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../tsconfig.base.json", compilerOptions: grpc ? { types: ["node"] } : {}, include: ["src"] }, null, 2));
    const count = perPackage + (extraFiles-- > 0 ? 1 : 0);
    for (let f = 0; f < count; f++) {
      const file = join(dir, "src", `module-${f}.ts`);
      if (grpc && f === 0) write(join(dir, "src", "grpc-0.ts"), grpcModule(0));
      else if (grpc && f < 4) write(file, grpcUser(f, 0));
      else write(file, plainModule(`pkg${p}`, f, f > 0 && f % 5 !== 0 ? `./module-${f - 1}.js` : undefined));
      written++;
    }
  }
  // Spread over the fixtures, as the fixtures of a gRPC plugin's tests would be.
  const grpcEvery = grpcFixtures > 0 ? Math.max(1, Math.floor(fixtures / grpcFixtures)) : Infinity;
  for (let x = 0; x < fixtures; x++) {
    const dir = join(root, "test", "fixtures", `case-${String(x).padStart(4, "0")}`);
    const grpc = x % grpcEvery === 0 && x / grpcEvery < grpcFixtures;
    write(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.base.json", compilerOptions: grpc ? { types: ["node"] } : {}, include: ["*.ts"] }, null, 2));
    for (let f = 0; f < perFixture; f++) {
      if (grpc && f === 0) write(join(dir, "grpc-0.ts"), grpcModule(0));
      else write(join(dir, `input-${f}.ts`), plainModule(`case${x}`, f, f > 0 ? `./input-${f - 1}.js` : undefined));
      written++;
    }
  }
  return { packages, fixtures, files: written, tsconfigs: packages + fixtures };
}

function run(options) {
  const root = mkdtempSync(join(tmpdir(), "grpc-review-many-tsconfigs-"));
  const shape = generate(join(root, "repo"), options);
  const repo = join(root, "repo");
  const preload = join(root, "usage.cjs");
  const usageFile = join(root, "usage.json");
  writeFileSync(
    preload,
    `process.on("exit", () => { const u = process.resourceUsage(); const h = require("node:v8").getHeapStatistics(); require("node:fs").writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssKb: u.maxRSS, heapLimitMb: h.heap_size_limit / 1048576 })); });\n`,
  );
  console.log(`generated ${shape.files} TypeScript files, ${shape.tsconfigs} tsconfig.json files (${shape.packages} packages, ${options.grpcPackages} using @grpc/grpc-js; ${shape.fixtures} fixture projects, ${options.grpcFixtures} using it)`);
  const args = [...options.nodeFlags, "--require", preload, bin, "--format", "json", "--stats", "--no-progress", ...options.extra, "."];
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: repo, env: { ...process.env, FORCE_COLOR: "0" }, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
  const wallMs = performance.now() - started;
  let usage;
  try {
    usage = JSON.parse(readFileSync(usageFile, "utf8"));
  } catch {
    usage = undefined; // aborted before its exit handler (out of memory)
  }
  let findings;
  try {
    findings = JSON.parse(child.stdout.toString()).reduce((sum, result) => sum + result.messages.length, 0);
  } catch {
    findings = undefined;
  }
  console.log(`node ${args.filter((arg) => arg !== preload && arg !== "--require").join(" ")}`);
  console.log(`exit ${child.status ?? child.signal}; wall ${(wallMs / 1000).toFixed(1)} s` + (usage ? `; CPU ${(usage.cpuMs / 1000).toFixed(1)} s; peak RSS ${(usage.rssKb / 1024).toFixed(0)} MB; heap limit ${usage.heapLimitMb.toFixed(0)} MB` : "; no usage (the process aborted)"));
  console.log(`findings: ${findings ?? "none (no JSON report)"}`);
  process.stdout.write(child.stderr.toString());
  if (options.keep) console.log(`kept ${repo}`);
  else rmSync(root, { recursive: true, force: true });
  return findings === undefined ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = run(parseArgs(process.argv.slice(2)));
}
