/**
 * The shape of a monorepo with hundreds of tsconfig.json files, most of them small fixture
 * projects that hold no gRPC code (bench/many-tsconfigs.js generates the 1,000-tsconfig version):
 * a tsconfig none of whose files can reach gRPC must cost no program, so memory does not grow
 * with the number of tsconfigs. Only the tsconfigs holding gRPC code get one.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../bench/many-tsconfigs.js";
import { runCli } from "./helpers/cli.js";

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; messageId?: string }> }>;

const scratch = mkdtempSync(join(tmpdir(), "grpc-review-many-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("a repository of many small tsconfigs", () => {
  it("builds programs only for the tsconfigs that hold gRPC code", { timeout: 120_000 }, async () => {
    const root = join(scratch, "repo");
    const shape = generate(root, { tsconfigs: 40, files: 90, grpcPackages: 2, grpcFixtures: 2 });
    expect(shape.tsconfigs).toBe(40);
    const run = await runCli(["--stats", "--format", "json", "--no-progress", "."], root);
    expect(run.stderr).toMatch(/discovery .*90 file\(s\), 40 tsconfig\(s\)/);
    expect(run.stderr).toContain("4 of 40 tsconfig(s) hold typed files");
    const programs = /programs built: (\d+)\n((?: {4}.*\n)*)/.exec(run.stderr);
    expect(programs?.[1]).toBe("4");
    expect(programs?.[2].trim().split("\n").map((line) => line.trim().split(":")[0]).sort()).toEqual([
      "packages/pkg-000/tsconfig.json",
      "packages/pkg-001/tsconfig.json",
      "test/fixtures/case-0000/tsconfig.json",
      "test/fixtures/case-0019/tsconfig.json",
    ]);
    // One call without a deadline per gRPC module, wherever it lives.
    const found = (JSON.parse(run.stdout) as Report)
      .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length + 1)}:${message.line}:${message.column} ${message.ruleId} ${message.messageId}`))
      .sort();
    expect(found).toEqual([
      "packages/pkg-000/src/grpc-0.ts:9:13 grpc-review/require-deadline missingDeadline",
      "packages/pkg-001/src/grpc-0.ts:9:13 grpc-review/require-deadline missingDeadline",
      "test/fixtures/case-0000/grpc-0.ts:9:13 grpc-review/require-deadline missingDeadline",
      "test/fixtures/case-0019/grpc-0.ts:9:13 grpc-review/require-deadline missingDeadline",
    ]);
  });
});
