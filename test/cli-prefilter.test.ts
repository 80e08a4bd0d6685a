/**
 * The module-graph prefilter lints with types only the files that can hold gRPC code. It must
 * change no finding: the same run with every covered file typed (GRPC_REVIEW_TYPE_EVERY_FILE=1)
 * reports exactly the same, on the rule fixtures and on a project whose client reaches a file
 * only through two re-exporting modules.
 */
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { discoverFiles } from "../src/cli/discover.js";
import { selectTypedFiles, TYPE_EVERY_FILE_ENV } from "../src/cli/prefilter.js";
import { resolveTypeScriptProjects } from "../src/cli/typescript-projects.js";
import { runCli, tempProjectWithPackages } from "./helpers/cli.js";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; messageId?: string; fatal?: boolean }> }>;

function findings(stdout: string, root: string): string[] {
  return (JSON.parse(stdout) as Report)
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length)}:${message.line}:${message.column} ${message.ruleId} ${message.messageId ?? (message.fatal ? "fatal" : "")}`))
    .sort();
}

async function bothWays(args: string[], root: string): Promise<{ filtered: string[]; everyFile: string[] }> {
  const filtered = await runCli(args, root);
  process.env[TYPE_EVERY_FILE_ENV] = "1";
  const everyFile = await runCli(args, root);
  delete process.env[TYPE_EVERY_FILE_ENV];
  return { filtered: findings(filtered.stdout, root), everyFile: findings(everyFile.stdout, root) };
}

async function selection(root: string) {
  const discovered = await discoverFiles([root], root);
  return selectTypedFiles(resolveTypeScriptProjects(discovered.tsconfigs), discovered.kindOf);
}

afterEach(() => {
  delete process.env[TYPE_EVERY_FILE_ENV];
});

describe("module-graph prefilter", () => {
  it("leaves files that cannot reach gRPC untyped and keeps those that can", async () => {
    const { typed, untyped } = await selection(FIXTURES);
    expect(untyped).toBeGreaterThan(0);
    // Message classes only: no import leads to a gRPC module.
    expect(typed.has(join(FIXTURES, "route-guide/messages.ts"))).toBe(false);
    expect(typed.has(join(FIXTURES, "require-deadline/origin-cycle-a.ts"))).toBe(false);
    expect(typed.has(join(FIXTURES, "route-guide/route-guide-grpc-js.ts"))).toBe(true);
    expect(typed.has(join(FIXTURES, "require-deadline/grpc-js-typed.ts"))).toBe(true);
  });

  it("changes no finding on the rule fixtures", { timeout: 300_000 }, async () => {
    const { filtered, everyFile } = await bothWays(["--format", "json", "--no-progress", "--no-eslint-config", "--preset", "all", "."], FIXTURES);
    expect(filtered.length).toBeGreaterThan(100);
    expect(filtered).toEqual(everyFile);
  });

  it("types a file whose client comes through modules that only re-export it", { timeout: 120_000 }, async () => {
    const root = tempProjectWithPackages({
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: ["node"] }, include: ["*.ts"] }),
      "package.json": JSON.stringify({ name: "chain", type: "module" }),
      "factory.ts": `import * as grpc from "@grpc/grpc-js";\nexport function makeClient() {\n  return new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\n}\n`,
      "middle.ts": `export { makeClient } from "./factory.js";\n`,
      "caller.ts": `import { makeClient } from "./middle.js";\nconst client = makeClient();\nclient.makeUnaryRequest("/a.B/C", (x: Buffer) => x, (x: Buffer) => x, Buffer.alloc(0), () => {});\n`,
      "unrelated.ts": `import { readFileSync } from "node:fs";\nexport const text = readFileSync("x", "utf8");\n`,
    });
    const { typed } = await selection(root);
    expect([...typed].map((file) => file.slice(root.length + 1)).sort()).toEqual(["caller.ts", "factory.ts", "middle.ts"]);
    const { filtered, everyFile } = await bothWays(["--format", "json", "--no-progress", "."], root);
    expect(filtered).toContain("/caller.ts:3:8 grpc-review/require-deadline missingDeadline");
    expect(filtered).toEqual(everyFile);
  });
});

describe("--stats", () => {
  it("prints the phases, the typed and untyped files and the programs built", { timeout: 120_000 }, async () => {
    const root = tempProjectWithPackages({
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: ["node"] }, include: ["*.ts"] }),
      "package.json": JSON.stringify({ name: "stats", type: "module" }),
      "client.ts": `import * as grpc from "@grpc/grpc-js";\nconst client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\nclient.makeUnaryRequest("/a.B/C", (x: Buffer) => x, (x: Buffer) => x, Buffer.alloc(0), () => {});\n`,
      "unrelated.ts": `export const answer = 42;\n`,
    });
    const run = await runCli(["--stats", "--format", "json", "--no-progress", "."], root);
    expect(run.stderr).toMatch(/^ {2}discovery +\d+\.\d\d s +\d+ MB/m);
    expect(run.stderr).toMatch(/^ {2}lint typescript-typed +\d+\.\d\d s +\d+ MB {2}1 file\(s\)/m);
    expect(run.stderr).toMatch(/^ {2}lint typescript-untyped +\d+\.\d\d s +\d+ MB {2}1 file\(s\)/m);
    expect(run.stderr).toContain("TypeScript files linted: 1 typed, 1 untyped");
    expect(run.stderr).toContain("programs built: 1\n    tsconfig.json: 1 file(s)");
    expect(run.stderr).toMatch(/^ {4}grpc-review\/require-deadline +\d+\.\d\d s$/m);
    // The report itself is unchanged: stats go to stderr only.
    expect(findings(run.stdout, root)).toEqual(["/client.ts:3:8 grpc-review/require-deadline missingDeadline"]);
  });
});
