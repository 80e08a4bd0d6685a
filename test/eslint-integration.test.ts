import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { runCli, tempProjectWithPackages } from "./helpers/cli.js";

// These tests run the built package (dist/) the way users do: `npm test` builds first.
const root = join(import.meta.dirname, "..");

interface Finding {
  file: string;
  ruleId: string | null;
  line: number;
  column: number;
  severity: number;
  message: string;
}

function findings(results: ESLint.LintResult[], only?: (ruleId: string | null) => boolean): Finding[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: result.filePath.slice(root.length + 1),
        ruleId: message.ruleId,
        line: message.line,
        column: message.column,
        severity: message.severity,
        message: message.message,
      })),
    )
    .filter((finding) => !only || only(finding.ruleId))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)));
}

function eslintJson(bin: string, args: string[], env: Record<string, string> = {}): ESLint.LintResult[] {
  const run = spawnSync(process.execPath, [bin, "--format", "json", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });
  expect(run.stderr).toBe("");
  expect([0, 1]).toContain(run.status);
  return JSON.parse(run.stdout) as ESLint.LintResult[];
}

describe("the same findings through every front door", () => {
  it("grpc-review, flat-config ESLint 10, and legacy .eslintrc ESLint 8 agree on examples/", async () => {
    const cli = await runCli(["--format", "json", "examples/"], root);
    expect(cli.code).toBe(1);
    const viaCli = findings(JSON.parse(cli.stdout) as ESLint.LintResult[]);
    expect(viaCli.length).toBeGreaterThan(0);

    const viaFlat = findings(eslintJson(join(root, "node_modules/eslint/bin/eslint.js"), ["examples/"]));
    expect(viaFlat).toEqual(viaCli);

    // ESLint 8 prefers eslint.config.js when one exists; this forces the .eslintrc.cjs path. No --ext:
    // the legacy preset's overrides make ESLint 8 pick up .ts files the way a user's `eslint .` would.
    const viaLegacy = findings(eslintJson(join(root, "node_modules/eslint8/bin/eslint.js"), ["examples/"], { ESLINT_USE_FLAT_CONFIG: "false" }));
    const typescriptOnly = (ruleId: string | null) => viaCli.some((finding) => finding.ruleId === ruleId && finding.file.endsWith(".ts"));
    expect(viaLegacy).toEqual(viaCli.filter((finding) => typescriptOnly(finding.ruleId)));
    expect(viaLegacy.length).toBeGreaterThan(0);
  });

  it("the README's flat-config snippet with type information works as written", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const importLine = /^import grpcReview from "eslint-plugin-grpc-review";$/m.exec(readme)![0];
    const typedSnippet = /```js\n(export default \[\n  \.\.\.grpcReview\.configs\.recommended,[\s\S]*?projectService[\s\S]*?)```/.exec(readme)![1]!;
    const project = tempProjectWithPackages({
      "eslint.config.js": `${importLine.replace("eslint-plugin-grpc-review", pathToFileURL(join(root, "dist/src/index.js")).href)}\n\n${typedSnippet}`,
      "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true, types: [] }, include: ["**/*.ts"] }),
      "use.ts": 'import type { Client } from "@grpc/grpc-js";\nexport function ping(client: Client): void {\n  client.makeUnaryRequest("/p.S/Ping", () => Buffer.alloc(0), () => ({}), {}, () => {});\n}\n',
      "api.proto": 'syntax = "proto3";\nmessage A {\n  string a = 1;\n  string b = 1;\n}\n',
    });
    const run = spawnSync(process.execPath, [join(root, "node_modules/eslint/bin/eslint.js"), "--format", "json", "."], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const found = (JSON.parse(run.stdout) as ESLint.LintResult[]).flatMap((result) => result.messages.map((message) => `${result.filePath.slice(project.length + 1)}:${message.line}:${message.ruleId}`));
    expect(found.sort()).toEqual(["api.proto:4:grpc-review/no-reused-tag", "use.ts:3:grpc-review/require-deadline"]);
  });

  it("the flat preset lints JavaScript with the user's parser (ESLint's default here) and TypeScript with typescript-eslint's", async () => {
    const { ESLint: FlatESLint } = await import("eslint");
    const plugin = (await import("../src/index.js")).default;
    const eslint = new FlatESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const code = 'import * as grpc from "@grpc/grpc-js";\nconst C = grpc.makeGenericClientConstructor({}, "S");\nconst c = new C("localhost:1", grpc.credentials.createInsecure());\nc.GetA({}, () => {});\n';
    const [js] = await eslint.lintText(code, { filePath: join(root, "fixtures/client.js") });
    const [ts] = await eslint.lintText(code.replace("());", "()) as any;"), { filePath: join(root, "fixtures/client.ts") });
    expect(js!.messages.map((message) => `${message.ruleId}:${message.line}`)).toEqual(["grpc-review/require-deadline:4"]);
    expect(ts!.messages.map((message) => `${message.ruleId}:${message.line}`)).toEqual(["grpc-review/require-deadline:4"]);
    type ParserInfo = { languageOptions: { parser?: { name?: string; meta?: { name?: string } } } };
    const parserOf = async (file: string) => {
      const { parser } = ((await eslint.calculateConfigForFile(join(root, file))) as ParserInfo).languageOptions;
      return parser?.meta?.name ?? parser?.name;
    };
    expect(await parserOf("fixtures/client.js")).toBe("espree");
    expect(await parserOf("fixtures/client.ts")).toBe("typescript-eslint/parser");
  });

  it("the installed bin exits 0, 1 and 2 as documented", () => {
    const bin = join(root, "bin/grpc-review.js");
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
    expect(run("--version").status).toBe(0);
    expect(run("examples/payments/payments.proto").status).toBe(1);
    expect(run("--rule", "no-reused-tag=off", "examples/payments/payments.proto").status).toBe(0);
    const usage = run("no/such/path");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("grpc-review: no such file or directory: no/such/path\n");
  });

  it("loads the CommonJS entry with require()", () => {
    const output = execFileSync(process.execPath, ["-e", "const p = require('eslint-plugin-grpc-review'); console.log(Object.keys(p.rules).length, Object.keys(p.configs).join(','))"], {
      cwd: root,
      encoding: "utf8",
    });
    const [count, configs] = output.trim().split(" ");
    expect(Number(count)).toBeGreaterThan(0);
    expect(configs!.split(",")).toEqual(expect.arrayContaining(["recommended", "strict", "all", "legacy-recommended"]));
  });
});
