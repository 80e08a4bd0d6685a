/**
 * `--shard <i>/<n>` reviews one of n parts of the files, split by path, so a monorepo can spread
 * a review over n CI jobs: every file is in exactly one shard, the same one wherever the checkout
 * lies, and the n JSON outputs together are the unsharded report.
 */
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../src/cli/args.js";
import { inShard } from "../src/cli/shard.js";
import { runCli, tempProjectWithPackages } from "./helpers/cli.js";

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; messageId?: string }> }>;

const call = `client.makeUnaryRequest("/a.B/C", (x: Buffer) => x, (x: Buffer) => x, Buffer.alloc(0), () => {});\n`;
const clientFile = `import * as grpc from "@grpc/grpc-js";\nconst client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\n${call}`;

describe("--shard", () => {
  it("puts each file in exactly one shard, by its path relative to the run's folder", () => {
    const paths = Array.from({ length: 200 }, (_, i) => `pkg${i % 7}/src/file-${i}.ts`);
    for (const count of [1, 2, 3, 8]) {
      const sizes = Array.from({ length: count }, () => 0);
      for (const path of paths) {
        const shards = sizes.map((_, i) => i + 1).filter((index) => inShard(`/one/checkout/${path}`, { index, count }, "/one/checkout"));
        expect(shards).toHaveLength(1);
        expect(inShard(`/elsewhere/${path}`, { index: shards[0]!, count }, "/elsewhere")).toBe(true);
        sizes[shards[0]! - 1]++;
      }
      // A hash split, not all files in one part.
      for (const size of sizes) expect(size).toBeGreaterThan(200 / count / 3);
    }
  });

  it("rejects shards that do not exist and suppression runs, as usage errors", () => {
    for (const text of ["0/2", "3/2", "1/0", "a/b", "1"]) expect(() => parseCliArgs(["--shard", text])).toThrow(/--shard expects <index>\/<count>/);
    expect(parseCliArgs(["--shard", "2/3"]).shard).toEqual({ index: 2, count: 3 });
    expect(() => parseCliArgs(["--shard", "1/2", "--suppress-all"])).toThrow(/--shard cannot be used with --suppress-all/);
  });

  it("gives, over all shards, exactly the unsharded findings", { timeout: 240_000 }, async () => {
    const files: Record<string, string> = {
      "package.json": JSON.stringify({ name: "shards", type: "module" }),
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: ["node"] }, include: ["**/*.ts"] }),
      "api.proto": 'syntax = "proto3";\npackage a;\nmessage M {\n  string x = 1;\n  string y = 1;\n}\n',
      "other.proto": 'syntax = "proto3";\npackage b;\nmessage N {\n  int32 n = 1;\n}\n',
      "plain.ts": "export const answer = 42;\n",
    };
    for (let i = 0; i < 6; i++) files[`src/client-${i}.ts`] = clientFile;
    const root = tempProjectWithPackages(files);
    const results = async (extra: string[]) => JSON.parse((await runCli(["--format", "json", "--no-progress", ...extra, "."], root)).stdout) as Report;
    const whole = await results([]);
    const shards = [await results(["--shard", "1/3"]), await results(["--shard", "2/3"]), await results(["--shard", "3/3"])];

    const filesOf = (report: Report) => report.map((result) => result.filePath.slice(root.length));
    const union = shards.flatMap(filesOf);
    expect(new Set(union).size).toBe(union.length);
    expect(union.sort()).toEqual(filesOf(whole).sort());
    expect(shards.filter((shard) => shard.length > 0).length).toBeGreaterThanOrEqual(2);

    const findings = (report: Report) =>
      report.flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length)}:${message.line}:${message.column} ${message.ruleId} ${message.messageId}`)).sort();
    expect(findings(whole)).toContain("/src/client-0.ts:3:8 grpc-review/require-deadline missingDeadline");
    expect(findings(whole).filter((finding) => finding.startsWith("/api.proto:5:") && finding.includes(" grpc-review/no-reused-tag "))).toHaveLength(1);
    expect(shards.flatMap(findings).sort()).toEqual(findings(whole));
  });
});
