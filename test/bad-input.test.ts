import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { runCli, tempProject } from "./helpers/cli.js";

// What a project can get wrong around the command: its ESLint config, its ESLint and TypeScript
// installs. Each case gets one clear line on stderr and a review of what can still be checked.

const PROTO = 'syntax = "proto3";\nmessage A {\n  string a = 1;\n  string b = 1;\n}\n';
const CLIENT = 'import * as grpc from "@grpc/grpc-js";\nconst C = grpc.makeGenericClientConstructor({}, "S");\nconst c = new C("localhost:1", grpc.credentials.createInsecure());\nc.GetA({}, () => {});\n';

function foundRules(stdout: string): string[] {
  return (JSON.parse(stdout) as ESLint.LintResult[]).flatMap((result) => result.messages.map((message) => `${result.filePath.split("/").pop()}:${message.line}:${message.ruleId}`)).sort();
}

const BUILT_IN_FINDINGS = ["api.proto:4:grpc-review/no-reused-tag", "client.ts:4:grpc-review/require-deadline"];

describe("a target eslint.config.js that cannot be loaded", () => {
  // A config that does not parse is also a JavaScript file that does not parse: a fatal finding of its own.
  const broken: Record<string, { config: string; error: RegExp; findings: string[] }> = {
    "a syntax error": { config: "export default [;\n", error: /Unexpected token/, findings: [...BUILT_IN_FINDINGS, "eslint.config.js:1:null"] },
    "a throw at import": { config: 'throw new Error("needs the monorepo root");\nexport default [];\n', error: /needs the monorepo root/, findings: BUILT_IN_FINDINGS },
    "a missing plugin package": {
      config: 'import missing from "eslint-plugin-not-installed";\nexport default [missing.configs.recommended];\n',
      error: /Cannot find package 'eslint-plugin-not-installed'/,
      findings: BUILT_IN_FINDINGS,
    },
  };
  for (const [name, { config, error, findings }] of Object.entries(broken)) {
    it(`with ${name}: one notice naming the config and the error, then the built-in review`, async () => {
      const root = tempProject({ "eslint.config.js": config, "api.proto": PROTO, "client.ts": CLIENT });
      const run = await runCli(["--format", "json", "."], root);
      expect(run.code).toBe(1);
      expect(foundRules(run.stdout)).toEqual(findings);
      const lines = run.stderr.trim().split("\n");
      expect(lines.filter((line) => line.includes("eslint.config.js"))).toHaveLength(1);
      const notice = lines.find((line) => line.includes("eslint.config.js"))!;
      expect(notice).toContain(join(root, "eslint.config.js"));
      expect(notice).toMatch(error);
      expect(notice).toContain("built-in recommended preset");

      const strict = await runCli(["--format", "json", "--strict-config", "."], root);
      expect(strict.code).toBe(2);
      expect(strict.stdout).toBe("");
      expect(strict.stderr).toMatch(new RegExp(`^grpc-review: ${join(root, "eslint.config.js").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} could not be loaded: .+\n$`));
    });
  }

  it("named with --config, a config that cannot be loaded is a one-line error (exit 2)", async () => {
    const root = tempProject({ "custom.config.js": "export default [;\n", "api.proto": PROTO });
    const run = await runCli(["--config", "custom.config.js", "."], root);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^grpc-review: .*custom\.config\.js could not be loaded: Unexpected token/)]);
  });
});

describe("the project's own ESLint and TypeScript installs", () => {
  // The command never loads these: it reads their versions and reviews with its own ESLint and
  // TypeScript. A package.json with a version is all an install is to that check.
  const installed = (name: string, version: string) => ({ [`node_modules/${name}/package.json`]: JSON.stringify({ name, version }) });
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ["ESLint 7", installed("eslint", "7.32.0"), /^grpc-review: warning: the project's ESLint 7\.32\.0 is older than the plugin supports \(8\.57 or later\).*its own ESLint 10\.\d+\.\d+$/],
    ["no ESLint", {}, /^grpc-review: warning: no ESLint is installed in this project; grpc-review reviews with its own ESLint 10\.\d+\.\d+/],
    ["TypeScript 3.x", { ...installed("eslint", "9.39.0"), ...installed("typescript", "3.9.10") }, /^grpc-review: warning: the project's TypeScript 3\.9\.10 is outside typescript-eslint's supported range \(>=4\.8\.4 <6\.1\.0\); grpc-review type-checks with its own TypeScript 5\.9\.\d+$/],
    ["TypeScript 7", { ...installed("eslint", "9.39.0"), ...installed("typescript", "7.0.2") }, /^grpc-review: warning: the project's TypeScript 7\.0\.2 is outside typescript-eslint's supported range \(>=4\.8\.4 <6\.1\.0\); grpc-review type-checks with its own TypeScript 5\.9\.\d+$/],
  ];
  for (const [name, files, line] of cases) {
    it(`${name}: one line, and the whole review`, async () => {
      const root = tempProject({ ...files, "package.json": JSON.stringify({ name: "app", private: true }), "api.proto": PROTO, "client.ts": CLIENT });
      const run = await runCli(["--format", "json", "."], root);
      expect(run.code).toBe(1);
      expect(foundRules(run.stdout)).toEqual(BUILT_IN_FINDINGS);
      const lines = run.stderr.trim().split("\n").filter((each) => !each.includes("no usable tsconfig"));
      expect(lines).toEqual([expect.stringMatching(line)]);
    });
  }

  it("a supported ESLint and TypeScript: no line at all", async () => {
    const root = tempProject({ "node_modules/eslint/package.json": JSON.stringify({ name: "eslint", version: "8.57.1" }), "node_modules/typescript/package.json": JSON.stringify({ name: "typescript", version: "5.4.5" }), "package.json": "{}", "api.proto": PROTO });
    const run = await runCli(["."], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
  });
});

describe("internal errors", () => {
  // A -o target inside a regular file cannot be written: the error comes from deep inside the run.
  const project = () => tempProject({ "api.proto": PROTO, blocker: "a file\n" });

  it("exit 2 with one line from the installed bin", () => {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, "../bin/grpc-review.js"), "--no-progress", "-o", "blocker/report.txt", "."], { cwd: project(), encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^grpc-review: \S.*blocker/)]);
  });

  it("print the stack only with --debug", async () => {
    const root = project();
    const plain = await runCli(["-o", "blocker/report.txt", "."], root);
    expect(plain.code).toBe(2);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCli(["--debug", "-o", "blocker/report.txt", "."], root);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^grpc-review: .*blocker.*\n.*\n\s+at /);
  });
});
