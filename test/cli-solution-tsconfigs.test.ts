/**
 * Solution-style layouts: a root tsconfig.json with `files: []` whose `references` name the real
 * projects (tsconfig.lib.json, tsconfig.spec.json). Their files must be typed by those projects,
 * and when two of them include the same files with the same checking options, one program must
 * serve both instead of one each, with the same findings as the project service's own choice.
 */
import type ts from "typescript";
import { afterEach, describe, expect, it } from "vitest";
import { ONE_PROJECT_SERVICE_ENV, servesLike, shareOverlappingPrograms } from "../src/cli/program-groups.js";
import { resolveTypeScriptProjects } from "../src/cli/typescript-projects.js";
import type { UsableProject } from "../src/cli/typescript-projects.js";
import { runCli, tempProjectWithPackages } from "./helpers/cli.js";

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; messageId?: string; fatal?: boolean }> }>;

function findings(stdout: string, root: string): string[] {
  return (JSON.parse(stdout) as Report)
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(root.length)}:${message.line}:${message.column} ${message.ruleId} ${message.messageId ?? (message.fatal ? "fatal" : "")}`))
    .sort();
}

const compilerOptions = { module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: true, types: ["node"], composite: true };
const call = `client.makeUnaryRequest("/a.B/C", (x: Buffer) => x, (x: Buffer) => x, Buffer.alloc(0), () => {});\n`;

function solution(spec: Record<string, unknown> = {}): string {
  return tempProjectWithPackages({
    "package.json": JSON.stringify({ name: "solution", type: "module" }),
    "tsconfig.json": JSON.stringify({ files: [], references: [{ path: "./tsconfig.lib.json" }, { path: "./tsconfig.spec.json" }] }),
    "tsconfig.lib.json": JSON.stringify({ compilerOptions: { ...compilerOptions, outDir: "out/lib" }, include: ["src/**/*.ts"], exclude: ["src/**/*.spec.ts"] }),
    "tsconfig.spec.json": JSON.stringify({ compilerOptions: { ...compilerOptions, outDir: "out/spec", ...spec }, include: ["src/**/*.ts"] }),
    "src/factory.ts": `import * as grpc from "@grpc/grpc-js";\nexport function makeClient() {\n  return new grpc.Client("localhost:50051", grpc.credentials.createInsecure());\n}\n`,
    // The client's type comes only through the program: without types nothing is reported here.
    "src/caller.ts": `import { makeClient } from "./factory.js";\nconst client = makeClient();\n${call}`,
    "src/caller.spec.ts": `import { makeClient } from "./factory.js";\nexport function check() {\n  const client = makeClient();\n  ${call}}\n`,
  });
}

const args = ["--stats", "--format", "json", "--no-progress", "."];

afterEach(() => {
  delete process.env[ONE_PROJECT_SERVICE_ENV];
});

describe("solution-style tsconfigs", () => {
  it("follows references to projects not named tsconfig.json", () => {
    const root = solution();
    const projects = resolveTypeScriptProjects([`${root}/tsconfig.json`]);
    expect(projects.usable.map((project) => project.tsconfig.slice(root.length + 1))).toEqual(["tsconfig.json", "tsconfig.lib.json", "tsconfig.spec.json"]);
    expect([...projects.covered].map((file) => file.slice(root.length + 1)).sort()).toEqual(["src/caller.spec.ts", "src/caller.ts", "src/factory.ts"]);
  });

  it("types their files and serves two overlapping projects with one program, with the same findings", { timeout: 120_000 }, async () => {
    const root = solution();
    const shared = await runCli(args, root);
    expect(shared.stderr).not.toContain("in no usable tsconfig");
    expect(shared.stderr).toContain("TypeScript files linted: 3 typed, 0 untyped");
    expect(shared.stderr).toContain("programs built: 1\n    tsconfig.spec.json: 3 file(s)");
    expect(shared.stderr).toMatch(/tsconfig\.spec\.json +\d+\.\d\d s +\d+ MB {2}3 file\(s\), also for tsconfig\.lib\.json/);
    const expected = ["/src/caller.spec.ts:4:10 grpc-review/require-deadline missingDeadline", "/src/caller.ts:3:8 grpc-review/require-deadline missingDeadline"];
    expect(findings(shared.stdout, root)).toEqual(expected);
    // The project service's own choice, one program per project, finds the same.
    process.env[ONE_PROJECT_SERVICE_ENV] = "1";
    const perProject = await runCli(args, root);
    expect(perProject.stderr).toContain("programs built: 2");
    expect(findings(perProject.stdout, root)).toEqual(expected);
  });

  it("keeps a program per project when their checking options differ", { timeout: 120_000 }, async () => {
    const root = solution({ strict: false });
    const run = await runCli(args, root);
    expect(run.stderr).toContain("programs built: 2");
    expect(run.stderr).not.toContain("also for");
  });
});

describe("which tsconfig may serve another's files", () => {
  const project = (tsconfig: string, fileNames: string[], options: ts.CompilerOptions, references: string[] = []): UsableProject => ({ tsconfig, options, fileNames, references });

  it("ignores emit options, allows more @types, and refuses references and other checking options", () => {
    const lib = project("/r/tsconfig.lib.json", ["/r/a.ts"], { strict: true, outDir: "/r/out/lib", types: ["node"] });
    expect(servesLike(project("/r/tsconfig.spec.json", [], { strict: true, outDir: "/r/out/spec", declaration: true, types: ["node", "jest"] }), lib)).toBe(true);
    expect(servesLike(project("/r/tsconfig.spec.json", [], { strict: true, types: ["jest"] }), lib)).toBe(false);
    expect(servesLike(project("/r/tsconfig.spec.json", [], { strict: false, types: ["node"] }), lib)).toBe(false);
    expect(servesLike(project("/r/tsconfig.spec.json", [], { strict: true, types: ["node"] }, ["/r/tsconfig.lib.json"]), lib)).toBe(false);
  });

  it("moves a part into the larger tsconfig that includes all its files, and only then", () => {
    const projects = [
      project("/r/tsconfig.lib.json", ["/r/a.ts", "/r/b.ts"], {}),
      project("/r/tsconfig.spec.json", ["/r/a.ts", "/r/b.ts", "/r/a.spec.ts"], {}),
      project("/r/other/tsconfig.json", ["/r/other/c.ts"], {}),
    ];
    const groups = [
      { tsconfig: "/r/other/tsconfig.json", files: ["/r/other/c.ts"] },
      { tsconfig: "/r/tsconfig.lib.json", files: ["/r/a.ts"] },
      { tsconfig: "/r/tsconfig.spec.json", files: ["/r/a.spec.ts"] },
    ];
    expect(shareOverlappingPrograms(groups, projects)).toEqual([
      { tsconfig: "/r/other/tsconfig.json", files: ["/r/other/c.ts"] },
      { tsconfig: "/r/tsconfig.spec.json", files: ["/r/a.spec.ts", "/r/a.ts"], shares: ["/r/tsconfig.lib.json"] },
    ]);
  });
});
