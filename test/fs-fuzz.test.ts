/**
 * Fuzzing the file system rather than file contents: seeded trees of regular files, FIFOs, device
 * nodes (when root), symlinks in and out of the tree (dangling, looping, to folders), unreadable,
 * huge and deeply nested files, reviewed by the real command in a child process. Every run must
 * end within a time limit, exit 0 or 1 (these are all valid invocations), print a report whose
 * every message has a position, and leave every special file and link exactly as it was.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pick, seededRandom } from "./helpers/seeded-random.js";

const BIN = join(import.meta.dirname, "..", "bin", "grpc-review.js");
const IS_ROOT = process.getuid?.() === 0;
const RUN_LIMIT_MS = 60_000;
const SEEDS = [11, 22, 37, 44];
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const RETRY = JSON.stringify({ methodConfig: [{ name: [{ service: "fz.S" }], retryPolicy: { maxAttempts: 3, initialBackoff: "0.1s", maxBackoff: "1s", backoffMultiplier: 2, retryableStatusCodes: ["UNAVAILABLE"] } }] });
const CONTENTS: Record<string, (random: () => number) => string> = {
  ts: () => 'import * as grpc from "@grpc/grpc-js";\nexport const c = new grpc.Client("dns:///x:443", grpc.credentials.createInsecure());\n',
  brokenTs: () => "export const = ;\n",
  deepTs: () => `export const x = ${"(".repeat(3000)}1${")".repeat(3000)};\n`,
  proto: (random) =>
    `syntax = "proto3";\npackage fz;\nimport "${pick(random, ["other.proto", "/etc/passwd", "../outside/fifo.proto", "../../x.proto", "up.proto"])}";\nservice S { rpc CreateThing(R) returns (R); }\nmessage R { string name = 1; }\n`,
  config: () => RETRY,
  deepConfig: () => `{"methodConfig": [], "x": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`,
  // Past the 1 MB cap these runs set: one finding, no read.
  hugeConfig: () => `{"methodConfig": [], "x": "${"a".repeat(1_200_000)}"}`,
  bigArray: () => `{"methodConfig": [], "x": [${Array.from({ length: 100_000 }, () => "0").join(",")}]}`,
};
const NAMES: Record<string, string[]> = {
  ts: ["a.ts", "b.mts"],
  brokenTs: ["broken.ts"],
  deepTs: ["deep.ts"],
  proto: ["one.proto", "two.proto"],
  config: ["retry.service-config.json"],
  deepConfig: ["deep.service-config.json"],
  hugeConfig: ["huge.service-config.json"],
  bigArray: ["array.service-config.json"],
};
const SPECIAL_NAMES = ["stuck.proto", "pipe.ts", "pipe.service-config.json", "channel.yaml"];

interface Snapshot {
  path: string;
  kind: string;
  ino: number;
  mode: number;
  rdev: number;
  link?: string;
}

function snapshot(path: string): Snapshot {
  const stat = lstatSync(path);
  const kind = stat.isFIFO() ? "fifo" : stat.isCharacterDevice() ? "char" : stat.isSymbolicLink() ? "link" : stat.isFile() ? "file" : "other";
  return { path, kind, ino: stat.ino, mode: stat.mode, rdev: stat.rdev, ...(kind === "link" ? { link: readlinkSync(path) } : {}) };
}

/** A seeded tree under a fresh folder: `<base>/tree` is reviewed, `<base>/outside` must never be read. */
function buildTree(seed: number): { base: string; tree: string; specials: string[]; output: string; unreadable?: string } {
  const random = seededRandom(seed);
  const base = mkdtempSync(join(tmpdir(), `grpc-review-fsfuzz-${seed}-`));
  scratch.push(base);
  chmodSync(base, 0o755);
  const tree = join(base, "tree");
  const outside = join(base, "outside");
  mkdirSync(join(tree, "sub", "deeper"), { recursive: true });
  mkdirSync(outside);
  execFileSync("mkfifo", [join(outside, "fifo.proto")]);
  execFileSync("mkfifo", [join(base, "up.proto")]);
  writeFileSync(join(outside, "secret.proto"), 'syntax = "proto3"; package fz; message R { string request_id = 1; }\n');
  const folders = [tree, join(tree, "sub"), join(tree, "sub", "deeper")];
  for (const [kind, names] of Object.entries(NAMES)) {
    for (const name of names) if (random() < 0.7) writeFileSync(join(pick(random, folders), name), CONTENTS[kind]!(random));
  }
  writeFileSync(join(tree, "other.proto"), 'syntax = "proto3"; package fz; message Other {}\n');
  const specials: string[] = [join(outside, "fifo.proto"), join(base, "up.proto")];
  for (const name of SPECIAL_NAMES) {
    if (random() < 0.6) {
      const path = join(pick(random, folders), name);
      execFileSync("mkfifo", [path]);
      specials.push(path);
    }
  }
  if (IS_ROOT) {
    // Device nodes of our own in the scratch folder: /dev/null's and /dev/zero's numbers.
    for (const [name, minor] of [["null.proto", "3"], ["zero.service-config.json", "5"]] as const) {
      const path = join(pick(random, folders), name);
      execFileSync("mknod", ["-m", "666", path, "c", "1", minor]);
      specials.push(path);
    }
  }
  const links: Array<[string, string]> = [
    ["in.proto", "other.proto"],
    ["out.proto", join(outside, "secret.proto")],
    ["out-fifo.proto", join(outside, "fifo.proto")],
    ["dangling.ts", "nowhere.ts"],
    ["loop-a.ts", "loop-b.ts"],
    ["loop-b.ts", "loop-a.ts"],
    ["outdir", outside],
    ["indir", "sub"],
  ];
  for (const [name, target] of links) {
    if (random() < 0.75) {
      symlinkSync(target, join(tree, name));
      specials.push(join(tree, name));
    }
  }
  let unreadable: string | undefined;
  if (random() < 0.8) {
    unreadable = join(pick(random, folders), "locked.ts");
    writeFileSync(unreadable, "export const locked = 1;\n");
    chmodSync(unreadable, 0o000);
  }
  const output = join(tree, "report.fifo");
  execFileSync("mkfifo", [output]);
  specials.push(output);
  if (IS_ROOT) {
    const device = join(tree, "out.null");
    execFileSync("mknod", ["-m", "666", device, "c", "1", "3"]);
    specials.push(device);
  }
  return { base, tree, specials, output, unreadable };
}

function runCommand(argv: string[], cwd: string, asNobody: boolean): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }> {
  const [command, ...prefix] = asNobody ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath] : [process.execPath];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command!, [...prefix, BIN, ...argv], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_LIMIT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

describe("file-system fuzzing", () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: ends in time, exits 0 or 1, positions every message, leaves special files alone`, async () => {
      const random = seededRandom(seed * 7919);
      const { tree, specials, output } = buildTree(seed);
      const before = specials.map(snapshot);
      // Every other seed writes its report into a FIFO (with a reader) or a device node: in place, never renamed over.
      const toFifo = seed % 2 === 1;
      const target = toFifo || !IS_ROOT ? output : join(tree, "out.null");
      const reader = spawn("cat", [target], { stdio: ["ignore", "pipe", "ignore"] });
      let report = "";
      reader.stdout.on("data", (chunk: Buffer) => (report += chunk.toString("utf8")));
      const readerDone = new Promise((resolve) => reader.on("close", resolve));
      const argv = ["--format", "json", "--no-progress", "--max-file-size", "1", "--preset", pick(random, ["recommended", "strict", "all"]), "-o", target, "."];
      const run = await runCommand(argv, tree, IS_ROOT && seed % 2 === 0);
      reader.kill();
      await readerDone;
      expect(run.signal, `seed ${seed} ran past ${RUN_LIMIT_MS} ms`).toBeNull();
      expect([0, 1], `seed ${seed}: ${run.stderr}`).toContain(run.code);
      for (const line of run.stderr.split("\n").filter(Boolean)) expect(line).toMatch(/^grpc-review: warning: /);
      if (target === output) {
        const results = JSON.parse(report) as Array<{ filePath: string; messages: Array<{ line: number; column: number }> }>;
        for (const result of results) {
          expect(result.filePath.startsWith(tree), result.filePath).toBe(true);
          for (const message of result.messages) expect(message.line >= 1 && message.column >= 1, JSON.stringify(message)).toBe(true);
        }
      }
      expect(specials.map(snapshot)).toEqual(before);
    }, RUN_LIMIT_MS + 30_000);
  }
});
