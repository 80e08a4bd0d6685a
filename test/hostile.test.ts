/**
 * Hostile inputs: special files as targets and outputs, huge and deep inputs, unreadable files.
 * Each block is one case of the hostile-input review; each fails without the guard it names.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, closeSync, constants, lstatSync, openSync, readFileSync, readSync, readlinkSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { Linter, type ESLint } from "eslint";
import { describe, expect, it } from "vitest";
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
    const started = performance.now();
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
    const seconds = (performance.now() - started) / 1000;
    expect(messages).toHaveLength(10_000);
    expect(messages[9_999]).toMatchObject({ ruleId: "grpc-review/no-retry-non-idempotent", line: 10_000 });
    // Quadratic, 10,000 entries ran past 120 s; linear, a few seconds (the bound leaves room for a loaded machine).
    expect(seconds).toBeLessThan(45);
  }, 120_000);
});
