import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { runCli, tempProject } from "./helpers/cli.js";

// The command with the project's own eslint.config.js: choices made on the command line or in
// grpc-review.config.json reach it, or a line says why they cannot.

const pluginUrl = pathToFileURL(join(import.meta.dirname, "../dist/src/index.js")).href;
const importPlugin = `import grpcReview from ${JSON.stringify(pluginUrl)};\n`;
const SERVER = 'import * as grpc from "@grpc/grpc-js";\nexport const server = new grpc.Server();\n';
const CLIENT = 'import * as grpc from "@grpc/grpc-js";\nconst C = grpc.makeGenericClientConstructor({}, "S");\nconst c = new C("localhost:1", grpc.credentials.createInsecure());\nc.GetA({}, () => {});\n';
const PROTO = 'syntax = "proto3";\nmessage A {\n  string a = 1;\n  string b = 1;\n}\n';

function found(stdout: string): string[] {
  return (JSON.parse(stdout) as ESLint.LintResult[]).flatMap((result) => result.messages.map((message) => `${result.filePath.split("/").pop()}:${message.line}:${message.ruleId}:${message.severity}`)).sort();
}

describe("grpc-review with the project's eslint.config.js", () => {
  it("lints a single file (as lint-staged runs it) with the project's config found above it", async () => {
    const root = tempProject({
      "eslint.config.js": `${importPlugin}export default [...grpcReview.configs.recommended, { files: ["**/*.ts"], rules: { "grpc-review/require-deadline": "warn" } }];\n`,
      "src/client.ts": CLIENT,
      "src/other.ts": CLIENT,
    });
    const run = await runCli(["--format", "json", "src/client.ts"], root);
    expect(run.stderr).toBe("");
    // "warn" comes from the project's config; the built-in preset would say "error". Only the file given is linted.
    expect(found(run.stdout)).toEqual(["client.ts:4:grpc-review/require-deadline:1"]);
    expect(run.code).toBe(0);
  });

  it("applies --preset and the config file's preset on top of the project's config", async () => {
    const root = tempProject({ "eslint.config.js": `${importPlugin}export default [...grpcReview.configs.recommended];\n`, "server.ts": SERVER });
    expect(found((await runCli(["--format", "json", "."], root)).stdout)).toEqual([]);
    const strict = await runCli(["--format", "json", "--preset", "strict", "."], root);
    expect(found(strict.stdout)).toEqual(["server.ts:2:grpc-review/require-server-connection-age:2"]);
    expect(strict.stderr).toBe("");

    const pinned = tempProject({ "eslint.config.js": `${importPlugin}export default [...grpcReview.configs.all];\n`, "grpc-review.config.json": JSON.stringify({ preset: "recommended" }), "server.ts": SERVER });
    expect(found((await runCli(["--format", "json", "."], pinned)).stdout)).toEqual([]);
  });

  it("says why a preset or a rule override cannot reach files the config does not lint with the plugin", async () => {
    const tsOnly = `${importPlugin}export default grpcReview.configs.recommended.filter((block) => !block.language);\n`;
    const root = tempProject({ "eslint.config.js": tsOnly, "server.ts": SERVER, "api.proto": PROTO });
    const run = await runCli(["--format", "json", "--preset", "strict", "--rule", "no-reused-tag=warn", "."], root);
    expect(found(run.stdout)).toEqual(["server.ts:2:grpc-review/require-server-connection-age:2"]);
    expect(run.stderr.trim().split("\n")).toEqual([
      "grpc-review: warning: --preset strict: eslint.config.js does not lint .proto files with grpc-review, so the preset does not reach them",
      "grpc-review: warning: --rule no-reused-tag=warn: eslint.config.js does not lint .proto files with grpc-review, so the override does not apply",
    ]);
  });

  it("reviews service configs recognised by content that the config's name patterns miss, and says so", async () => {
    const retry = { methodConfig: [{ name: [{ service: "shop.Orders" }], retryPolicy: { maxAttempts: 3, initialBackoff: "0.1s", maxBackoff: "1s", backoffMultiplier: 2, retryableStatusCodes: ["INVALID_ARGUMENT"] } }] };
    const root = tempProject({ "eslint.config.js": `${importPlugin}export default [...grpcReview.configs.recommended];\n`, "deploy/channel.json": JSON.stringify(retry, null, 2), "client.ts": "export {};\n" });
    const run = await runCli(["--format", "json", "."], root);
    expect(found(run.stdout), run.stdout).toContain("channel.json:15:grpc-review/no-non-retryable-status:2");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^grpc-review: warning: 1 service config\(s\) recognised by their content are not linted by .*eslint\.config\.js \(deploy\/channel\.json\); grpc-review reviewed them with the built-in recommended preset/);
  });

  it("keeps proto roots the config sets, and settings from grpc-review.config.json win", async () => {
    // The service config retries CreateOrder; only the proto under protos/ says it is idempotent.
    const retry = { methodConfig: [{ name: [{ service: "shop.Orders", method: "CreateOrder" }], retryPolicy: { maxAttempts: 3, initialBackoff: "0.1s", maxBackoff: "1s", backoffMultiplier: 2, retryableStatusCodes: ["UNAVAILABLE"] } }], retryThrottling: { maxTokens: 10, tokenRatio: 0.1 } };
    const proto = 'syntax = "proto3";\npackage shop;\nservice Orders {\n  rpc CreateOrder(Req) returns (Res) {\n    option idempotency_level = IDEMPOTENT;\n  }\n}\nmessage Req { string key = 1; }\nmessage Res {}\n';
    const config = (roots: string) => `${importPlugin}export default [...grpcReview.configs.recommended, { settings: { "grpc-review": { protoRoots: [${roots}] } } }];\n`;
    const files = { "deploy/orders.service-config.json": JSON.stringify(retry, null, 2), "protos/orders.proto": proto };
    const covered = tempProject({ ...files, "eslint.config.js": config('import.meta.dirname + "/protos"') });
    expect(found((await runCli(["--format", "json", "."], covered)).stdout)).toEqual([]);
    const elsewhere = tempProject({ ...files, "eslint.config.js": config('import.meta.dirname + "/nowhere"') });
    const far = await runCli(["--format", "json", "."], elsewhere);
    expect(found(far.stdout), far.stdout + far.stderr).toContain("orders.service-config.json:10:grpc-review/no-retry-non-idempotent:2");
  });
});
