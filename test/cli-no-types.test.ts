import { describe, expect, it } from "vitest";
import { runCli, tempProject } from "./helpers/cli.js";

const CLIENT = `import * as grpc from "@grpc/grpc-js";
const client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());
client.makeUnaryRequest("/a.B/C", (x: Buffer) => x, (x: Buffer) => x, Buffer.alloc(0), () => {});
`;

describe("--no-types", () => {
  it("reads no tsconfig and still reviews every TypeScript file", async () => {
    const root = tempProject({ "tsconfig.json": "{ broken", "client.ts": CLIENT });
    const typed = await runCli(["--format", "json", "--no-progress", "."], root);
    expect(typed.stderr).toMatch(/tsconfig\.json: .*checked without type information/);
    const untyped = await runCli(["--no-types", "--format", "json", "--no-progress", "."], root);
    expect(untyped.stderr).not.toMatch(/tsconfig/);
    const rules = (stdout: string) =>
      (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>).flatMap((result) => result.messages.map((message) => `${message.ruleId}:${message.line}`));
    expect(rules(untyped.stdout)).toEqual(rules(typed.stdout));
    expect(rules(untyped.stdout)).toContain("grpc-review/require-deadline:3");
  });
});
