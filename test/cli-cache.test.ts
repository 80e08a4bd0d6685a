import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { runCli, tempProject, tempProjectWithPackages } from "./helpers/cli.js";
import { git } from "./helpers/git-repo.js";

const PROTO = (chargeOption: string) => `syntax = "proto3";
package shop;
service Payments {
  rpc GetPayment(GetPaymentRequest) returns (Payment) { option idempotency_level = NO_SIDE_EFFECTS; }
  rpc Charge(ChargeRequest) returns (Payment)${chargeOption}
}
message GetPaymentRequest { string name = 1; }
message ChargeRequest { string account = 1; int64 amount_micros = 2; }
message Payment { string name = 1; }
`;
const NOT_MARKED = ";";
const IDEMPOTENT = " { option idempotency_level = IDEMPOTENT; }";
const SERVICE_CONFIG = JSON.stringify(
  {
    retryThrottling: { maxTokens: 10, tokenRatio: 0.1 },
    methodConfig: [
      {
        name: [{ service: "shop.Payments", method: "Charge" }],
        timeout: "10s",
        retryPolicy: { maxAttempts: 3, initialBackoff: "0.2s", maxBackoff: "2s", backoffMultiplier: 2, retryableStatusCodes: ["UNAVAILABLE"] },
      },
    ],
  },
  null,
  2,
);

function findings(stdout: string): string[] {
  return (JSON.parse(stdout) as ESLint.LintResult[])
    .flatMap((result) => result.messages.map((message) => `${result.filePath.split("/").pop()}:${message.line}:${message.column} ${message.ruleId}`))
    .sort();
}

const cacheOf = (root: string, file = ".grpc-review-cache") =>
  JSON.parse(readFileSync(join(root, file), "utf8")) as { entries: Record<string, { key: string; result: ESLint.LintResult }> };

/**
 * Replaces the cached message of one file with a marker: a run that shows the marker reused the
 * entry, a run that shows the rule's real message linted the file again.
 */
function markCachedMessages(root: string, file: string): void {
  const cache = cacheOf(root);
  for (const message of cache.entries[join(root, file)]!.result.messages) message.message = "FROM THE CACHE";
  writeFileSync(join(root, ".grpc-review-cache"), JSON.stringify(cache));
}
const messages = (stdout: string) => (JSON.parse(stdout) as ESLint.LintResult[]).flatMap((result) => result.messages.map((message) => message.message));

describe("grpc-review --cache", () => {
  it("gives the same findings on a second run, from the cache", async () => {
    const root = tempProject({ "shop.proto": PROTO(NOT_MARKED), "payments.service-config.json": SERVICE_CONFIG });
    const first = await runCli(["--format", "json", "--cache", "."], root);
    expect(first.code).toBe(1);
    expect(findings(first.stdout)).toEqual(["payments.service-config.json:15:7 grpc-review/no-retry-non-idempotent"]);
    expect(existsSync(join(root, ".grpc-review-cache"))).toBe(true);
    const second = await runCli(["--format", "json", "--cache", "."], root);
    expect(second.code).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe("");

    markCachedMessages(root, "payments.service-config.json");
    const reused = await runCli(["--format", "json", "--cache", "."], root);
    expect(messages(reused.stdout)).toEqual(["FROM THE CACHE"]);
    // Without --cache the file is always linted.
    expect(messages((await runCli(["--format", "json", "."], root)).stdout)[0]).toMatch(/covers methods with side effects/);
  });

  it("lints a service config again when a .proto's idempotency_level changes", async () => {
    const root = tempProject({ "protos/shop.proto": PROTO(NOT_MARKED), "payments.service-config.json": SERVICE_CONFIG });
    const flagged = await runCli(["--format", "json", "--cache", "."], root);
    expect(findings(flagged.stdout)).toEqual(["payments.service-config.json:15:7 grpc-review/no-retry-non-idempotent"]);

    writeFileSync(join(root, "protos/shop.proto"), PROTO(IDEMPOTENT));
    const marked = await runCli(["--format", "json", "--cache", "."], root);
    expect(marked.code).toBe(0);
    expect(findings(marked.stdout)).toEqual([]);

    writeFileSync(join(root, "protos/shop.proto"), PROTO(NOT_MARKED));
    const unmarked = await runCli(["--format", "json", "--cache", "."], root);
    expect(findings(unmarked.stdout)).toEqual(["payments.service-config.json:15:7 grpc-review/no-retry-non-idempotent"]);
  });

  it("lints a service config again when a .proto it does not name is added or deleted", async () => {
    const root = tempProject({ "payments.service-config.json": SERVICE_CONFIG });
    // No protos: the method name's verb decides.
    const byName = await runCli(["--format", "json", "--cache", "."], root);
    expect(findings(byName.stdout)).toEqual(["payments.service-config.json:15:7 grpc-review/no-retry-non-idempotent"]);
    mkdirSync(join(root, "api"));
    writeFileSync(join(root, "api/shop.proto"), PROTO(IDEMPOTENT));
    const marked = await runCli(["--format", "json", "--cache", "."], root);
    expect(findings(marked.stdout)).toEqual([]);
    rmSync(join(root, "api/shop.proto"));
    const removed = await runCli(["--format", "json", "--cache", "."], root);
    expect(findings(removed.stdout)).toEqual(["payments.service-config.json:15:7 grpc-review/no-retry-non-idempotent"]);
  });

  it("does not reuse results when an option, the preset or the project config changes", async () => {
    const root = tempProject({ "shop.proto": PROTO(NOT_MARKED), "payments.service-config.json": SERVICE_CONFIG });
    await runCli(["--format", "json", "--cache", "."], root);
    markCachedMessages(root, "payments.service-config.json");
    const off = await runCli(["--format", "json", "--cache", "--rule", "no-retry-non-idempotent=off", "."], root);
    expect(findings(off.stdout)).toEqual([]);

    await runCli(["--format", "json", "--cache", "."], root);
    markCachedMessages(root, "payments.service-config.json");
    const strict = await runCli(["--format", "json", "--cache", "--preset", "strict", "."], root);
    expect(messages(strict.stdout)).not.toContain("FROM THE CACHE");
    expect(findings(strict.stdout)).toContain("payments.service-config.json:15:7 grpc-review/no-retry-non-idempotent");

    await runCli(["--format", "json", "--cache", "."], root);
    markCachedMessages(root, "payments.service-config.json");
    writeFileSync(join(root, "grpc-review.config.json"), JSON.stringify({ settings: { idempotency: { safeVerbs: ["Charge"] } } }));
    const configured = await runCli(["--format", "json", "--cache", "."], root);
    expect(findings(configured.stdout)).toEqual([]);
  });

  it("treats a corrupt or foreign cache file as a notice and a full run, and rewrites it", async () => {
    const root = tempProject({ "shop.proto": PROTO(NOT_MARKED), "payments.service-config.json": SERVICE_CONFIG });
    const expected = findings((await runCli(["--format", "json", "."], root)).stdout);
    for (const content of ['{"format":1,"entries":', "[1, 2, 3]", "\u0000\u0001binary", '{"format":1,"entries":{"x":{"key":1}},"rulesMeta":{}}']) {
      writeFileSync(join(root, ".grpc-review-cache"), content);
      const run = await runCli(["--format", "json", "--cache", "."], root);
      expect(run.code, content).toBe(1);
      expect(findings(run.stdout), content).toEqual(expected);
      if (!content.includes('"rulesMeta"')) {
        expect(run.stderr, content).toMatch(/^grpc-review: warning: the cache file .*\.grpc-review-cache could not be used \(.+\); every file was linted and the cache rewritten\n$/);
      }
      expect(Object.keys(cacheOf(root).entries).sort(), content).toEqual([join(root, "payments.service-config.json"), join(root, "shop.proto")]);
    }
  });

  it("writes where --cache-location says: a file, or a folder to hold .grpc-review-cache", async () => {
    const root = tempProject({ "payments.service-config.json": SERVICE_CONFIG });
    await runCli(["--format", "json", "--cache", "--cache-location", "build/review.json", "."], root);
    expect(Object.keys(cacheOf(root, "build/review.json").entries)).toEqual([join(root, "payments.service-config.json")]);
    await runCli(["--format", "json", "--cache", "--cache-location", "tmp-cache/", "."], root);
    expect(existsSync(join(root, "tmp-cache/.grpc-review-cache"))).toBe(true);
    expect(existsSync(join(root, ".grpc-review-cache"))).toBe(false);
  });

  it("lints a TypeScript file again when a module it imports changes what it returns", async () => {
    const root = tempProjectWithPackages({
      "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true, types: [] }, include: ["**/*.ts"] }),
      "src/make.ts": 'import { Client, credentials } from "@grpc/grpc-js";\nexport const make = (): Client => new Client("localhost:1", credentials.createInsecure());\n',
      "src/use.ts": 'import { make } from "./make.js";\nexport function ping(): void {\n  make().makeUnaryRequest("/p.S/Ping", () => Buffer.alloc(0), () => ({}), {}, () => {});\n}\n',
    });
    const typed = await runCli(["--format", "json", "--cache", "."], root);
    expect(findings(typed.stdout)).toEqual(["use.ts:3:10 grpc-review/require-deadline"]);
    expect((await runCli(["--format", "json", "--cache", "."], root)).stdout).toBe(typed.stdout);

    // make() now returns something that is no gRPC client: use.ts's text is unchanged, its finding goes.
    writeFileSync(join(root, "src/make.ts"), "export const make = () => ({ makeUnaryRequest: (..._args: unknown[]) => undefined });\n");
    const untyped = await runCli(["--format", "json", "--cache", "."], root);
    expect(findings(untyped.stdout)).toEqual([]);
  });

  it("keys on the project's own eslint.config.js and the protos when it lints with that config", () => {
    // Its own process per run, as the command runs: the config loads the built plugin, whose proto
    // index would otherwise live on between runs in this test process.
    const bin = join(import.meta.dirname, "../bin/grpc-review.js");
    const run = (cwd: string) => spawnSync(process.execPath, [bin, "--format", "json", "--no-progress", "--cache", "."], { cwd, encoding: "utf8" }).stdout;
    const pluginUrl = pathToFileURL(join(import.meta.dirname, "../dist/src/index.js")).href;
    const config = (severity: string) =>
      `import grpcReview from ${JSON.stringify(pluginUrl)};\nexport default [...grpcReview.configs.recommended, { rules: { "grpc-review/no-retry-non-idempotent": "${severity}" } }];\n`;
    const root = tempProject({ "eslint.config.js": config("error"), "shop.proto": PROTO(NOT_MARKED), "payments.service-config.json": SERVICE_CONFIG });
    expect(findings(run(root))).toEqual(["payments.service-config.json:15:7 grpc-review/no-retry-non-idempotent"]);
    writeFileSync(join(root, "shop.proto"), PROTO(IDEMPOTENT));
    expect(findings(run(root))).toEqual([]);
    writeFileSync(join(root, "shop.proto"), PROTO(NOT_MARKED));
    expect(findings(run(root))).toEqual(["payments.service-config.json:15:7 grpc-review/no-retry-non-idempotent"]);
    writeFileSync(join(root, "eslint.config.js"), config("off"));
    expect(findings(run(root))).toEqual([]);
  });

  it("keeps the other files' entries when one file is reviewed", async () => {
    const root = tempProject({ "shop.proto": PROTO(NOT_MARKED), "a.service-config.json": SERVICE_CONFIG, "b.service-config.json": SERVICE_CONFIG });
    await runCli(["--format", "json", "--cache", "."], root);
    await runCli(["--format", "json", "--cache", "a.service-config.json"], root);
    expect(Object.keys(cacheOf(root).entries).sort()).toEqual(["a.service-config.json", "b.service-config.json", "shop.proto"].map((file) => join(root, file)));
  });
});

describe("grpc-review --cache --against", () => {
  it("lints a .proto again when the ref it is compared with moves", async () => {
    const before = 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n  string note = 2;\n}\n';
    const after = 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n}\n';
    const root = tempProject({ "shop.proto": before });
    git(root, "init", "-q", "-b", "main");
    git(root, "add", "-A");
    git(root, "commit", "-qm", "with note");
    git(root, "branch", "base");
    writeFileSync(join(root, "shop.proto"), after);
    const deleted = await runCli(["--format", "json", "--cache", "--against", "base", "."], root);
    expect(findings(deleted.stdout)).toEqual(["shop.proto:3:9 grpc-review/require-reserved-on-delete"]);
    expect((await runCli(["--format", "json", "--cache", "--against", "base", "."], root)).stdout).toBe(deleted.stdout);

    // The branch moves to a commit where the field is gone already: nothing was deleted since.
    git(root, "commit", "-qam", "drop note");
    git(root, "branch", "-f", "base");
    const moved = await runCli(["--format", "json", "--cache", "--against", "base", "."], root);
    expect(findings(moved.stdout)).toEqual([]);
  });
});
