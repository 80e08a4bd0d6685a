/**
 * The typed files are linted one program at a time, and each program is released before the
 * next tsconfig's files are linted. That must change no finding: the same run with every typed
 * file in one project service that keeps all its programs (GRPC_REVIEW_ONE_PROJECT_SERVICE=1, as
 * before) reports exactly the same, and every file still gets the program of its own tsconfig.
 */
import { join } from "node:path";
import type ts from "typescript";
import { afterEach, describe, expect, it } from "vitest";
import { groupByProgram, ONE_PROJECT_SERVICE_ENV, typedLintOrder } from "../src/cli/program-groups.js";
import type { UsableProject } from "../src/cli/typescript-projects.js";
import { runCli, tempProjectWithPackages } from "./helpers/cli.js";

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; messageId?: string; fatal?: boolean }> }>;

function findings(stdout: string, root: string): string[] {
  return (JSON.parse(stdout) as Report)
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length)}:${message.line}:${message.column} ${message.ruleId} ${message.messageId ?? (message.fatal ? "fatal" : "")}`))
    .sort();
}

const project = (tsconfig: string, fileNames: string[], references: string[] = []): UsableProject => ({ tsconfig, options: {} as ts.CompilerOptions, fileNames, references });

afterEach(() => {
  delete process.env[ONE_PROJECT_SERVICE_ENV];
});

describe("typed files by program", () => {
  const root = "/repo";
  it("puts each file with the nearest tsconfig that includes it, in a stable order", () => {
    const projects = [
      project("/repo/tsconfig.json", ["/repo/src/a.ts", "/repo/src/b.ts", "/repo/packages/p/src/c.ts"]),
      project("/repo/packages/p/tsconfig.json", ["/repo/packages/p/src/c.ts"]),
    ];
    const groups = groupByProgram(["/repo/packages/p/src/c.ts", "/repo/src/b.ts", "/repo/src/a.ts"], projects, root);
    expect(groups).toEqual([
      { tsconfig: "/repo/packages/p/tsconfig.json", files: ["/repo/packages/p/src/c.ts"] },
      { tsconfig: "/repo/tsconfig.json", files: ["/repo/src/b.ts", "/repo/src/a.ts"] },
    ]);
  });

  it("follows a solution-style tsconfig's references to the project that includes the file", () => {
    const projects = [
      project("/repo/tsconfig.json", [], ["/repo/config/app/tsconfig.json"]),
      project("/repo/config/app/tsconfig.json", ["/repo/src/main.ts"]),
    ];
    expect(groupByProgram(["/repo/src/main.ts"], projects, root)).toEqual([{ tsconfig: "/repo/config/app/tsconfig.json", files: ["/repo/src/main.ts"] }]);
  });

  it("goes on up when the nearest tsconfig does not include the file, and keeps unowned files last", () => {
    const projects = [project("/repo/tsconfig.json", ["/repo/lib/x.ts"]), project("/repo/lib/tsconfig.json", [])];
    expect(groupByProgram(["/outside/y.ts", "/repo/lib/x.ts"], projects, root)).toEqual([
      { tsconfig: "/repo/tsconfig.json", files: ["/repo/lib/x.ts"] },
      { tsconfig: undefined, files: ["/outside/y.ts"] },
    ]);
  });

  it("keeps one part for every file when asked to lint as before", () => {
    process.env[ONE_PROJECT_SERVICE_ENV] = "1";
    const projects = [project("/repo/tsconfig.json", ["/repo/a.ts"]), project("/repo/p/tsconfig.json", ["/repo/p/b.ts"])];
    expect(typedLintOrder(["/repo/a.ts", "/repo/p/b.ts"], projects, root)).toEqual([{ tsconfig: undefined, files: ["/repo/a.ts", "/repo/p/b.ts"] }]);
  });
});

describe("releasing programs between tsconfigs", () => {
  const compilerOptions = { module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: true, types: ["node"] };
  const call = `client.makeUnaryRequest("/a.B/C", (x: Buffer) => x, (x: Buffer) => x, Buffer.alloc(0), () => {});\n`;

  it("gives the same findings as one project service for a tsconfig that references another", { timeout: 180_000 }, async () => {
    const root = tempProjectWithPackages({
      "package.json": JSON.stringify({ name: "refs", type: "module" }),
      "tsconfig.json": JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, include: ["app/*.ts"], references: [{ path: "./lib" }] }),
      "lib/tsconfig.json": JSON.stringify({ compilerOptions: { ...compilerOptions, composite: true, outDir: "out" }, include: ["*.ts"] }),
      "lib/client.ts": `import * as grpc from "@grpc/grpc-js";\nexport const client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\n${call}`,
      "app/main.ts": `import { client } from "../lib/client.js";\nexport function run() {\n  ${call}}\n`,
      "app/other.ts": `import * as grpc from "@grpc/grpc-js";\nconst client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\n${call}`,
    });
    const args = ["--stats", "--format", "json", "--no-progress", "."];
    const released = await runCli(args, root);
    process.env[ONE_PROJECT_SERVICE_ENV] = "1";
    const kept = await runCli(args, root);
    delete process.env[ONE_PROJECT_SERVICE_ENV];

    expect(findings(released.stdout, root)).toEqual([
      "/app/main.ts:3:10 grpc-review/require-deadline missingDeadline",
      "/app/other.ts:3:8 grpc-review/require-deadline missingDeadline",
      "/lib/client.ts:3:8 grpc-review/require-deadline missingDeadline",
    ]);
    expect(findings(released.stdout, root)).toEqual(findings(kept.stdout, root));
    // Each file got the program of its own tsconfig, the second one after the first was released.
    for (const run of [released, kept]) {
      expect(run.stderr).toContain("TypeScript files linted: 3 typed, 0 untyped");
      expect(run.stderr).toMatch(/^ {4}tsconfig\.json: 2 file\(s\)$/m);
      expect(run.stderr).toMatch(new RegExp(`^ {4}${join("lib", "tsconfig.json").replace(/\./g, "\\.")}: 1 file\\(s\\)$`, "m"));
    }
    expect(released.stderr).toMatch(/typed files by program[^\n]*\n {4}lib\/tsconfig\.json +\d+\.\d\d s +\d+ MB {2}1 file\(s\)\n {4}tsconfig\.json +\d+\.\d\d s +\d+ MB {2}2 file\(s\)/);
    expect(kept.stderr).toMatch(/typed files by program[^\n]*\n {4}\(any tsconfig\) +\d+\.\d\d s +\d+ MB {2}3 file\(s\)/);
  });

  it("reviews a second run in the same process with a fresh project service", { timeout: 180_000 }, async () => {
    const root = tempProjectWithPackages({
      "package.json": JSON.stringify({ name: "again", type: "module" }),
      "tsconfig.json": JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, include: ["*.ts"] }),
      "a/tsconfig.json": JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, include: ["*.ts"] }),
      "main.ts": `import * as grpc from "@grpc/grpc-js";\nconst client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\n${call}`,
      "a/main.ts": `import * as grpc from "@grpc/grpc-js";\nconst client = new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\n${call}`,
    });
    const first = await runCli(["--format", "json", "--no-progress", "."], root);
    const second = await runCli(["--format", "json", "--no-progress", "."], root);
    expect(findings(first.stdout, root)).toEqual(["/a/main.ts:3:8 grpc-review/require-deadline missingDeadline", "/main.ts:3:8 grpc-review/require-deadline missingDeadline"]);
    expect(findings(second.stdout, root)).toEqual(findings(first.stdout, root));
  });
});
