/**
 * Hostile file systems: imports that point outside the reviewed folders, FIFOs among the inputs,
 * files that cannot be read. Each case hung, read outside the tree, or aborted the run before.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { runCli, tempProject } from "./helpers/cli.js";

const BIN = join(import.meta.dirname, "..", "bin", "grpc-review.js");
const IS_ROOT = process.getuid?.() === 0;
/** A FIFO nobody writes to: any read of it blocks forever, so a test that reads it times out. */
const mkfifo = (path: string) => execFileSync("mkfifo", [path]);

const RETRY_CONFIG = JSON.stringify({
  methodConfig: [{ name: [{ service: "shop.Orders" }], retryPolicy: { maxAttempts: 3, initialBackoff: "0.1s", maxBackoff: "1s", backoffMultiplier: 2, retryableStatusCodes: ["UNAVAILABLE"] } }],
});

function resultsOf(stdout: string): ESLint.LintResult[] {
  return JSON.parse(stdout) as ESLint.LintResult[];
}

describe("case 2: proto imports stay inside the reviewed folders", () => {
  it("reports absolute and `..` import paths and never opens them, nor files above the root", async () => {
    const outer = tempProject({ "outside/x.proto": "" });
    mkdirSync(join(outer, "project"));
    // Each of these would block the run if it were opened.
    mkfifo(join(outer, "outside", "fifo.proto"));
    mkfifo(join(outer, "above.proto"));
    const fifo = join(outer, "outside", "fifo.proto");
    writeFileSync(
      join(outer, "project", "orders.proto"),
      [
        'syntax = "proto3";',
        "package shop;",
        `import "${fifo}";`,
        'import "../outside/fifo.proto";',
        'import "above.proto";',
        "service Orders { rpc CreateOrder(CreateOrderRequest) returns (CreateOrderRequest); }",
        "message CreateOrderRequest { string name = 1; }",
        "",
      ].join("\n"),
    );
    const run = await runCli(["--format", "json", "--preset", "strict", "project"], outer);
    expect(run.code, run.stderr).toBe(1);
    const [result] = resultsOf(run.stdout);
    const imports = result!.messages.filter((message) => /Import path/.test(message.message));
    expect(imports.map((message) => [message.line, message.column])).toEqual([
      [3, 8],
      [4, 8],
    ]);
    expect(imports[0]!.message).toMatch(/is absolute/);
    expect(imports[1]!.message).toMatch(/`\.\.`/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, 30_000);
});

describe("case 3: FIFOs among the inputs", () => {
  it("skips a FIFO named *.proto in the tree with a notice, while the proto index is built", async () => {
    const root = tempProject({ "retry.service-config.json": RETRY_CONFIG, "orders.proto": 'syntax = "proto3"; package shop; service Orders { rpc CreateOrder(R) returns (R); } message R {}\n' });
    mkfifo(join(root, "stuck.proto"));
    const run = await runCli(["--format", "json", "."], root);
    expect(run.stderr).toMatch(/stuck\.proto: a FIFO, not a regular file; skipped/);
    const results = resultsOf(run.stdout);
    expect(results.map((result) => result.filePath.slice(root.length + 1))).toEqual(["orders.proto", "retry.service-config.json"]);
    expect(results[1]!.messages.map((message) => message.ruleId)).toContain("grpc-review/no-retry-non-idempotent");
    expect(lstatSync(join(root, "stuck.proto")).isFIFO()).toBe(true);
  }, 30_000);

  it("reports a FIFO named on the command line as a finding (exit 1), not silence", async () => {
    const root = tempProject({});
    mkfifo(join(root, "named.proto"));
    const run = await runCli(["--format", "json", "named.proto"], root);
    expect(run.code, run.stderr).toBe(1);
    const [result] = resultsOf(run.stdout);
    expect(result!.filePath).toBe(join(root, "named.proto"));
    expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, severity: 2, line: 1, column: 1, message: expect.stringMatching(/a FIFO, not a regular file/) })]);
  }, 30_000);
});

describe("case 6: an unreadable file is one finding and the run goes on", () => {
  it("reports the file that cannot be opened and still reviews the others", () => {
    const root = tempProject({ "secret.ts": "export const a = 1;\n", "bad.ts": "export const = ;\n", "sub/ok.ts": "export const b = 2;\n" });
    chmodSync(root, 0o755);
    chmodSync(join(root, "secret.ts"), 0o000);
    // Root reads anything: run the command as an unprivileged user then, so the open really fails.
    const command = IS_ROOT ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath] : [process.execPath];
    const run = spawnSync(command[0]!, [...command.slice(1), BIN, "--format", "json", "--no-progress", "."], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(run.status, run.stderr).toBe(1);
    const results = resultsOf(run.stdout);
    expect(results.map((result) => result.filePath.slice(root.length + 1))).toEqual(["bad.ts", "secret.ts", "sub/ok.ts"]);
    expect(results[1]!.messages).toEqual([
      expect.objectContaining({ fatal: true, severity: 2, line: 1, column: 1, message: expect.stringMatching(/cannot be read: permission denied/) }),
    ]);
    expect(results[0]!.messages[0]).toMatchObject({ fatal: true, line: 1 });
  }, 60_000);
});

void symlinkSync;
