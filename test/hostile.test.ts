/**
 * Hostile inputs: special files as targets and outputs, huge and deep inputs, unreadable files.
 * Each block is one case of the hostile-input review; each fails without the guard it names.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, constants, lstatSync, openSync, readFileSync, readSync, readlinkSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import AjvDraft04 from "ajv-draft-04";
import { Linter, type ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { parseProto } from "../proto-checks/parser.js";
import plugin from "../src/index.js";
import { runCli, tempProject } from "./helpers/cli.js";

const IS_ROOT = process.getuid?.() === 0;

function mkfifo(path: string): void {
  execFileSync("mkfifo", [path]);
}

describe("case 1: -o never replaces what is not a regular file", () => {
  it("writes into a FIFO in place: it is still a FIFO and its reader gets the report", async () => {
    const root = tempProject({ "bad.ts": "export const = ;\n" });
    const fifo = join(root, "report.fifo");
    mkfifo(fifo);
    // A non-blocking reader lets the command's open for writing go through.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const run = await runCli(["--format", "json", "-o", fifo, "bad.ts"], root);
      expect(run.code, run.stderr).toBe(1);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      const buffer = Buffer.alloc(65536);
      const read = readSync(reader, buffer, 0, buffer.length, null);
      expect(JSON.parse(buffer.subarray(0, read).toString("utf8"))[0].messages[0].fatal).toBe(true);
    } finally {
      closeSync(reader);
    }
  });

  it("writes through a symlink to a device node: the link and the device stay", async () => {
    const root = tempProject({ "good.ts": "export const ok = 1;\n" });
    // A device node of our own when we may make one (CI runs as root), else the machine's /dev/null.
    const device = IS_ROOT ? join(root, "null") : "/dev/null";
    if (IS_ROOT) execFileSync("mknod", ["-m", "666", device, "c", "1", "3"]);
    const link = join(root, "stdout-like");
    symlinkSync(device, link);
    const run = await runCli(["-o", link, "good.ts"], root);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(device);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    const direct = await runCli(["-o", device, "good.ts"], root);
    expect(direct.code, direct.stderr).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it("replaces a regular file atomically through a symlink, keeping the link and the file's mode", async () => {
    const root = tempProject({ "bad.ts": "export const = ;\n", "reports/old.json": "old" });
    const target = join(root, "reports/old.json");
    chmodSync(target, 0o600);
    const link = join(root, "report.json");
    symlinkSync("reports/old.json", link);
    const run = await runCli(["--format", "json", "-o", link, "bad.ts"], root);
    expect(run.code, run.stderr).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(target, "utf8"))[0].messages[0].fatal).toBe(true);
  });

  it("creates the file a dangling symlink points to", async () => {
    const root = tempProject({ "good.ts": "export const ok = 1;\n" });
    symlinkSync("out/made.json", join(root, "report.json"));
    const run = await runCli(["--format", "json", "-o", "report.json", "good.ts"], root);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(join(root, "report.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(root, "out/made.json"), "utf8"))).toHaveLength(1);
  });
});

describe("case 4: a large array in a service config", () => {
  it("is checked for duplicate keys without overflowing the stack, and the other files keep their findings", async () => {
    const elements = Array.from({ length: 250_000 }, () => "1").join(",");
    const root = tempProject({
      "big.service-config.json": `{"methodConfig": [], "x-annotations": [${elements}]}`,
      "bad.ts": "export const = ;\n",
    });
    const run = await runCli(["--format", "json", "."], root);
    expect(run.stderr).not.toMatch(/call stack/);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(results.map((result) => result.filePath.slice(root.length + 1))).toEqual(["bad.ts", "big.service-config.json"]);
    expect(results[1]!.messages.every((message) => !message.fatal)).toBe(true);
  });
});


describe("case 5: passes over a config are linear", () => {
  it("no-retry-non-idempotent checks 10,000 retried method configs in seconds, not minutes", () => {
    const entries = Array.from({ length: 10_000 }, (_, i) =>
      JSON.stringify({ name: [{ service: `shop.S${i % 50}`, method: `CreateOrder${i}` }], retryPolicy: { maxAttempts: 3, initialBackoff: "0.1s", maxBackoff: "1s", backoffMultiplier: 2, retryableStatusCodes: ["UNAVAILABLE"] } }),
    );
    const text = `{"methodConfig": [${entries.join(",\n")}]}`;
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      text,
      [
        {
          files: ["**/*.json"],
          plugins: { "grpc-review": plugin as never },
          language: "grpc-review/service-config",
          // An empty proto root: the verdicts come from the method names alone.
          settings: { "grpc-review": { protoRoots: [tempProject({})] } },
          rules: { "grpc-review/no-retry-non-idempotent": "error" },
        },
      ],
      "big.service-config.json",
    );
    expect(messages).toHaveLength(10_000);
    expect(messages[9_999]).toMatchObject({ ruleId: "grpc-review/no-retry-non-idempotent", line: 10_000 });
    // No clock in the assertion: quadratic, 10,000 entries ran past 120 s, so the timeout is what fails.
  }, 60_000);

  it("reviews 200,000 method configs, one per line, and reports each repeated name and key where it is", () => {
    // Every thousandth entry names the method of the entry 999 lines up again; every ten-thousandth
    // writes its `timeout` key twice.
    const method = (i: number) => `M${i % 1_000 === 999 ? i - 999 : i}`;
    const entries = Array.from({ length: 200_000 }, (_, i) => `{"name": [{"service": "s.S", "method": "${method(i)}"}]${i % 10_000 === 0 ? ', "timeout": "1s", "timeout": "2s"' : ""}}`);
    const text = `{"methodConfig": [\n${entries.join(",\n")}\n]}`;
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      text,
      [
        {
          files: ["**/*.json"],
          plugins: { "grpc-review": plugin as never },
          language: "grpc-review/service-config",
          rules: { "grpc-review/valid-service-config": "error", "grpc-review/no-silent-service-config-change": "error" },
        },
      ],
      "big.service-config.json",
    );
    const at = (ruleId: string) => messages.filter((message) => message.ruleId === `grpc-review/${ruleId}`).map((message) => [message.line, message.column]);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    // Entry i is on line i + 2; the repeated name is its `{"service": ...}` object, the key its second `timeout`.
    expect(at("valid-service-config")).toEqual(Array.from({ length: 200 }, (_, k) => [1_000 * k + 999 + 2, 11]));
    expect(at("no-silent-service-config-change")).toEqual(Array.from({ length: 20 }, (_, k) => [10_000 * k + 2, entries[10_000 * k]!.lastIndexOf('"timeout"') + 1]));
  }, 60_000);
});

describe("case 7: every message has a position, in every format", () => {
  // ~1,000 nested parentheses overflow the TypeScript parser: ESLint reports that with no line.
  const deep = `export const x = ${"(".repeat(3000)}1${")".repeat(3000)};\n`;

  it("places a message without one at 1:1, keeping the reason, in stylish, github, json and SARIF (schema-valid)", async () => {
    const root = tempProject({ "deep.ts": deep, "fine.ts": "export const ok = 1;\n" });
    const json = await runCli(["--format", "json", "."], root);
    expect(json.code).toBe(1);
    const results = JSON.parse(json.stdout) as ESLint.LintResult[];
    const message = results.find((result) => result.filePath.endsWith("deep.ts"))!.messages[0]!;
    expect(message).toMatchObject({ fatal: true, line: 1, column: 1 });
    expect(message.message).toMatch(/call stack|no position/);

    const stylish = await runCli(["--format", "stylish", "--no-progress", "."], root);
    expect(stylish.stdout).toMatch(/^\s+1:1\s+error/m);
    expect(stylish.stdout).not.toMatch(/\b0:0\b|undefined/);
    const github = await runCli(["--format", "github", "."], root);
    expect(github.stdout).toMatch(/^::error file=deep\.ts,line=1,col=1/m);
    expect(github.stdout).not.toMatch(/undefined/);

    const sarif = await runCli(["--format", "sarif", "."], root);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { locations: { physicalLocation: { region: { startLine: unknown } } }[] }[] }[] };
    expect(log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.region.startLine)).toEqual([1]);
    const schemaPath = createRequire(import.meta.url).resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    const validate = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false, logger: false }).compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  }, 60_000);
});

describe("case 8: suppressions files, proto statements, deep JSON", () => {
  it("rejects a suppressions file that is not an object of objects of { count }, in one line naming the file", async () => {
    for (const content of ["null", "[1,2]", '{"a.ts": 3}', '{"a.ts": {"grpc-review/x": {"count": "many"}}}', '"text"']) {
      const root = tempProject({ "bad.ts": "export const = ;\n", "eslint-suppressions.json": content });
      for (const args of [["."], ["--suppress-all", "."]]) {
        const run = await runCli(args, root);
        expect(run.code, `${content} ${args.join(" ")}`).toBe(2);
        const lines = run.stderr.trim().split("\n");
        expect(lines, `${content}: ${run.stderr}`).toHaveLength(1);
        expect(lines[0]).toContain(join(root, "eslint-suppressions.json"));
        expect(readFileSync(join(root, "eslint-suppressions.json"), "utf8")).toBe(content);
      }
    }
  }, 60_000);

  it("reports unknown syntax and edition values, a second package, and enum values outside int32", () => {
    const errorsOf = (text: string) => parseProto(text).errors.map((error) => error.message);
    expect(errorsOf('syntax = "proto7";')).toEqual([expect.stringMatching(/Unknown syntax "proto7"/)]);
    expect(errorsOf('edition = "2099";')).toEqual([expect.stringMatching(/Unknown edition "2099"/)]);
    expect(errorsOf('syntax = "proto3"; package a; package b;')).toEqual(["Multiple package definitions."]);
    expect(errorsOf('syntax = "proto3"; enum E { A = 0; B = 2147483648; C = -2147483649; D = -2147483648; }')).toEqual([
      expect.stringMatching(/B = 2147483648 is outside int32/),
      expect.stringMatching(/C = -2147483649 is outside int32/),
    ]);
    expect(errorsOf('syntax = "proto2"; package a; enum E { A = 2147483647; }')).toEqual([]);
    expect(errorsOf('edition = "2023"; package a;')).toEqual([]);
  });

  it("reports a service config nested deeper than the parser goes as such, not as invalid JSON", async () => {
    const depth = 100_000;
    const text = `{"methodConfig": [], "x": ${"[".repeat(depth)}${"]".repeat(depth)}}`;
    expect(() => JSON.parse(text)).not.toThrow();
    const root = tempProject({ "deep.service-config.json": text });
    const run = await runCli(["--format", "json", "."], root);
    const [result] = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]!.message).toMatch(/nested deeper than \d+ levels/);
    expect(result!.messages[0]!.message).not.toMatch(/JSON\.parse throws|Unexpected/);
  }, 60_000);
});

describe("case 5: TypeScript passes are linear too", () => {
  it("no-relative-deadline over 2,500 calls on one client does not rescan the client's references per call", () => {
    const calls = Array.from(
      { length: 2_500 },
      (_, i) => `  client.makeUnaryRequest("/s.S/M${i}", (x: Buffer) => x, (x: Buffer) => x, request, { deadline: ${i % 5 === 0 ? "5000" : "Date.now() + 5000"} }, () => {});`,
    );
    const text = `import * as grpc from "@grpc/grpc-js";\nconst client = new grpc.Client("localhost:1", grpc.credentials.createInsecure());\nexport function run(request: Buffer): void {\n${calls.join("\n")}\n}\n`;
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      text,
      [{ files: ["**/*.ts"], plugins: { "grpc-review": plugin as never }, languageOptions: { parser: tsParser as never }, rules: { "grpc-review/no-relative-deadline": "error" } }],
      "calls.ts",
    );
    expect(messages.map((message) => message.ruleId)).toEqual(Array.from({ length: 500 }, () => "grpc-review/no-relative-deadline"));
    expect(messages[0]).toMatchObject({ line: 4 });
    // Each call used to walk every reference of `client`: 2,500 calls took minutes. The timeout fails it.
  }, 40_000);
});

describe("case 3: a special file under a name the command reads itself never blocks the run", () => {
  const BIN = join(import.meta.dirname, "..", "bin", "grpc-review.js");
  const CLIENT = [
    'import * as grpc from "@grpc/grpc-js";',
    'const client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());',
    'export function call(): void {',
    '  client.makeUnaryRequest("/shop.Orders/Get", (x: Buffer) => x, (x: Buffer) => x, Buffer.alloc(0), () => {});',
    "}",
    "",
  ].join("\n");

  /** The command in a child process: a read of a FIFO blocks a whole process, so only a kill ends it. */
  function runChild(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, "--no-progress", ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      // Not a clock on the review: a run that blocks on a FIFO never ends, and this kill is what fails it.
      const kill = setTimeout(() => child.kill("SIGKILL"), 90_000);
      child.on("close", (code) => {
        clearTimeout(kill);
        resolve({ code, stdout, stderr });
      });
    });
  }

  for (const name of ["tsconfig.json", ".gitignore", "package.json", "eslint.config.js"]) {
    it(`reviews the other files when ${name} is a FIFO`, async () => {
      const root = tempProject({ "client.ts": CLIENT });
      mkfifo(join(root, name));
      const run = await runChild(["--format", "json", "."], root);
      expect(run.code, run.stderr).toBe(1);
      const results = JSON.parse(run.stdout) as ESLint.LintResult[];
      const client = results.find((result) => result.filePath === join(root, "client.ts"));
      expect(client?.messages.map((message) => message.ruleId)).toContain("grpc-review/require-deadline");
      expect(lstatSync(join(root, name)).isFIFO()).toBe(true);
    }, 120_000);
  }

  it("names a grpc-review.config.json that is a FIFO in one line, exit 2", async () => {
    const root = tempProject({ "client.ts": CLIENT });
    mkfifo(join(root, "grpc-review.config.json"));
    const run = await runChild(["."], root);
    expect(run.code, run.stderr).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(join(root, "grpc-review.config.json"));
    expect(lines[0]).toMatch(/FIFO/);
  }, 120_000);

  it("writes SARIF for a FIFO named on the command line without reading it", async () => {
    const root = tempProject({});
    mkfifo(join(root, "named.proto"));
    const run = await runChild(["--format", "sarif", "named.proto"], root);
    expect(run.code, run.stderr).toBe(1);
    const log = JSON.parse(run.stdout) as { runs: { results: { message: { text: string } }[] }[] };
    expect(log.runs[0]!.results.map((result) => result.message.text)).toEqual([expect.stringMatching(/a FIFO, not a regular file/)]);
  }, 120_000);
});

describe("case 6: what cannot be read or written is named, and the run goes on", () => {
  const BIN = join(import.meta.dirname, "..", "bin", "grpc-review.js");

  it("names a folder that cannot be read instead of passing over it in silence", () => {
    const root = tempProject({ "locked/hidden.proto": 'syntax = "proto3";\n', "open/bad.proto": "syntax = \"proto3\";\nmessage {\n" });
    chmodSync(root, 0o755);
    chmodSync(join(root, "locked"), 0o000);
    // Root reads any folder: run the command as an unprivileged user then, so the read really fails.
    const command = IS_ROOT ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath] : [process.execPath];
    try {
      const run = spawnSync(command[0]!, [...command.slice(1), BIN, "--format", "json", "--no-progress", "."], { cwd: root, encoding: "utf8", timeout: 60_000 });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/locked: a folder that cannot be read \(permission denied\); its files are not reviewed/);
      const results = JSON.parse(run.stdout) as ESLint.LintResult[];
      expect(results.map((result) => result.filePath)).toEqual([join(root, "open", "bad.proto")]);
    } finally {
      chmodSync(join(root, "locked"), 0o755);
    }
  }, 60_000);

  it("a report that cannot be written is one line naming the -o file, exit 2", async () => {
    const root = tempProject({ "ok.proto": 'syntax = "proto3";\npackage a;\n' });
    // A kernel file is written in place and refuses the write (EIO as root, EACCES otherwise).
    const run = await runCli(["--format", "json", "-o", "/proc/version", "ok.proto"], root);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^grpc-review: cannot write the report to \/proc\/version: E[A-Z]+/);
  }, 60_000);
});

describe("case 5: a TypeScript file past its cap is one finding, not a parse that grows quadratically", () => {
  it("refuses TypeScript over 5 MB by default, naming the kind and the option, and reviews it under a raised cap", async () => {
    // Mostly one comment: over the cap by size, yet quick to parse once the cap is raised.
    const text = [
      `/*${"x".repeat(5 * 1024 * 1024)}*/`,
      'import * as grpc from "@grpc/grpc-js";',
      'const client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());',
      'client.makeUnaryRequest("/a.B/C", (x: unknown) => Buffer.from(String(x)), (b: Buffer) => b, {}, () => {});',
      "",
    ].join("\n");
    const root = tempProject({ "big.ts": text, "small.ts": text.slice(text.indexOf("*/") + 3) });
    const capped = await runCli(["--format", "json", "--no-progress", "."], root);
    const results = JSON.parse(capped.stdout) as ESLint.LintResult[];
    const big = results.find((result) => result.filePath.endsWith("big.ts"));
    expect(big?.messages.map((message) => [message.fatal, message.line, message.message])).toEqual([
      [true, 1, "file is 5.0 MB, over the 5.0 MB limit for TypeScript and JavaScript files; not reviewed (raise it with --max-file-size typescript=<MB>)"],
    ]);
    // The other file is reviewed all the same.
    const small = results.find((result) => result.filePath.endsWith("small.ts"));
    expect(small?.messages.map((message) => message.ruleId)).toContain("grpc-review/require-deadline");
    const raised = await runCli(["--format", "json", "--no-progress", "--max-file-size", "typescript=6", "big.ts"], root);
    const reviewed = (JSON.parse(raised.stdout) as ESLint.LintResult[])[0]!;
    expect(reviewed.messages.filter((message) => message.fatal)).toEqual([]);
    expect(reviewed.messages.find((message) => message.ruleId === "grpc-review/require-deadline")?.line).toBe(4);
  }, 60_000);
});
