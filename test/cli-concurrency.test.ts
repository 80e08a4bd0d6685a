/**
 * `--concurrency` hands linting to ESLint's own worker threads (ESLint 9.34+), through an options
 * module since this plugin's config cannot be cloned into a worker. Workers import the built
 * files, so this runs the built command (`npm test` builds first).
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "../src/cli/args.js";
import { tempProject } from "./helpers/cli.js";

const BIN = resolve(import.meta.dirname, "../bin/grpc-review.js");

function review(root: string, concurrency: string) {
  // ESLint's own debug log says how many workers it started.
  const child = spawnSync(process.execPath, [BIN, "--preset", "all", "--format", "json", "--no-progress", "--concurrency", concurrency, "."], {
    cwd: root,
    env: { ...process.env, DEBUG: "eslint:eslint", FORCE_COLOR: "0" },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const report = JSON.parse(child.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; messageId?: string }> }>;
  const findings = report.flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId} ${message.messageId}`)).sort();
  return { findings, stderr: child.stderr, status: child.status };
}

describe("--concurrency", () => {
  it("takes a thread count, auto or off", () => {
    expect(parseCliArgs(["--concurrency", "2"]).concurrency).toBe(2);
    expect(parseCliArgs(["--concurrency", "auto"]).concurrency).toBe("auto");
    expect(parseCliArgs(["--concurrency", "off"]).concurrency).toBe("off");
    expect(parseCliArgs([]).concurrency).toBeUndefined();
    for (const bad of ["0", "-1", "1.5", "many"]) expect(() => parseCliArgs(["--concurrency", bad])).toThrow(UsageError);
  });

  it("lints in ESLint's worker threads with the findings of one thread", { timeout: 120_000 }, () => {
    const root = tempProject({
      "a.proto": `syntax = "proto3";\npackage demo.v1;\nimport "b.proto";\n\nservice Store {\n  rpc Put(PutRequest) returns (PutReply);\n}\n`,
      "b.proto": `syntax = "proto3";\npackage demo.v1;\n\nmessage PutRequest {\n  string key = 1;\n}\nmessage PutReply {}\n`,
      "service_config.json": JSON.stringify({ methodConfig: [{ name: [{ service: "demo.v1.Store", method: "Missing" }], timeout: "1s" }] }),
      "one.ts": `import * as grpc from "@grpc/grpc-js";\nconst client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\nclient.makeUnaryRequest("/a.B/C", (x: Buffer) => x, (x: Buffer) => x, Buffer.alloc(0), () => {});\n`,
      "two.ts": `export const plain = 1;\n`,
    });
    const threaded = review(root, "2");
    expect(threaded.stderr).toContain("Linting using 2 worker thread(s).");
    // What the same project gives in one thread (checked with --concurrency off when written).
    expect(threaded.findings).toEqual([
      "a.proto:6:7 grpc-review/require-idempotency-level undeclared",
      "one.ts:3:8 grpc-review/require-deadline missingDeadline",
      "service_config.json:1:63 grpc-review/no-unmatched-method-config unknownMethod",
    ]);
    expect(threaded.status).toBe(1);
  });
});
