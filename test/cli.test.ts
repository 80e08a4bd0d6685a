import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { runCli, tempProject, tempProjectWithPackages } from "./helpers/cli.js";

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "NodeNext", moduleResolution: "NodeNext" }, include: ["**/*.ts"] });

describe("grpc-review command: usage", () => {
  it("prints help and version with exit 0", async () => {
    const help = await runCli(["--help"], process.cwd());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: grpc-review");
    const version = await runCli(["--version"], process.cwd());
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("exits 2 with one line for an unknown option, a bad value, or a missing path", async () => {
    for (const args of [["--bogus"], ["--format", "xml"], ["--rule", "require-deadline"], ["--rule", "no-such-rule=error", "."], ["does/not/exist"]]) {
      const run = await runCli(args, tempProject({ "a.ts": "export {};\n" }));
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr.split("\n")[0], args.join(" ")).toMatch(/^grpc-review: \S/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("grpc-review command: discovery", () => {
  it("exits 0 on a clean folder and skips node_modules, dist and .gitignore'd files", async () => {
    const root = tempProject({
      "src/a.ts": "export const a = 1;\n",
      "node_modules/x/index.ts": "export const b = ;\n",
      "dist/out.ts": "export const c = ;\n",
      "generated/skip.ts": "export const d = ;\n",
      ".gitignore": "generated/\n",
    });
    const run = await runCli(["--format", "json", "."], root);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(results.map((result) => result.filePath)).toEqual([join(root, "src/a.ts")]);
  });

  it("finds service configs by name and by content, and leaves other JSON and YAML alone", async () => {
    const retry = { methodConfig: [{ name: [{ service: "shop.Orders", method: "GetOrder" }], retryPolicy: { maxAttempts: 3, initialBackoff: "0.1s", maxBackoff: "1s", backoffMultiplier: 2, retryableStatusCodes: ["INVALID_ARGUMENT"] } }] };
    const root = tempProject({
      "deploy/channel.json": JSON.stringify(retry, null, 2),
      "deploy/channel.yaml": "retryThrottling:\n  maxTokens: 10\n  tokenRatio: 0.1\nmethodConfig: []\n",
      "orders_service_config.json": "{}",
      "package.json": JSON.stringify({ name: "x" }),
      "deploy/values.yaml": "replicas: 3\n",
    });
    const run = await runCli(["--format", "json", "."], root);
    const results = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(results.map((result) => result.filePath.slice(root.length + 1))).toEqual(["deploy/channel.json", "deploy/channel.yaml", "orders_service_config.json"]);
    const channel = results[0]!.messages.map((message) => [message.ruleId, message.line]);
    expect(channel).toContainEqual(["grpc-review/no-non-retryable-status", 16]);
  });

  it("reports a file that does not parse as a fatal message and goes on with the others", async () => {
    const root = tempProject({ "bad.ts": "export const = ;\n", "good.ts": "export const ok = 1;\n" });
    const run = await runCli(["--format", "json", "."], root);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(results).toHaveLength(2);
    const bad = results.find((result) => result.filePath.endsWith("bad.ts"))!;
    expect(bad.messages[0]).toMatchObject({ fatal: true, severity: 2, line: 1 });
  });

  it("ignores inline directives for plugins it does not load, and lints paths outside the cwd", async () => {
    const root = tempProject({ "a.ts": '// eslint-disable-next-line foo/bar -- theirs\nexport const a = 1;\n/* eslint foo/baz: "error" */\n' });
    const elsewhere = tempProject({ "b.ts": "export const = ;\n" });
    const run = await runCli(["--format", "json", ".", elsewhere], root);
    const results = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(results.map((result) => [result.filePath, result.messages.length])).toEqual(
      [[join(root, "a.ts"), 0], [join(elsewhere, "b.ts"), 1]].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)),
    );
    expect(results.find((result) => result.filePath === join(root, "a.ts"))!.errorCount).toBe(0);
  });

  it("degrades to untyped analysis with one warning when a tsconfig is broken", async () => {
    const root = tempProject({ "tsconfig.json": JSON.stringify({ extends: "./missing.json" }), "a.ts": "export const a = 1;\n" });
    const run = await runCli(["--format", "json", "."], root);
    expect(run.code).toBe(0);
    expect(run.stderr.match(/warning:/g)).toHaveLength(1);
    expect(run.stderr).toContain("tsconfig.json");
    expect((JSON.parse(run.stdout) as ESLint.LintResult[])[0]!.messages).toEqual([]);
  });

  describe("type information", () => {
    // Only the type checker knows `make()` returns a grpc-js Client: untyped, another module is out of sight.
    const typedOnly = {
      "tsconfig.json": TSCONFIG.replace('"noEmit": true', '"noEmit": true, "skipLibCheck": true, "types": []'),
      "src/sub/make.ts": 'import { Client, credentials } from "@grpc/grpc-js";\nexport const make = (): Client => new Client("localhost:1", credentials.createInsecure());\n',
      "src/sub/use.ts": 'import { make } from "./make.js";\nexport function ping(): void {\n  make().makeUnaryRequest("/p.S/Ping", () => Buffer.alloc(0), () => ({}), {}, () => {});\n}\n',
    };
    const findings = (stdout: string) => (JSON.parse(stdout) as ESLint.LintResult[]).flatMap((result) => result.messages.map((message) => `${message.ruleId}:${message.line}`));

    it("is used when a tsconfig covers the files: from the root, from a folder below it, and for a file path", async () => {
      const root = tempProjectWithPackages(typedOnly);
      for (const [cwd, target] of [[root, "."], [join(root, "src/sub"), "."], [root, "src/sub/use.ts"]] as const) {
        const run = await runCli(["--format", "json", target], cwd);
        expect(run.stderr, `${cwd} ${target}`).toBe("");
        expect(findings(run.stdout), `${cwd} ${target}`).toEqual(["grpc-review/require-deadline:3"]);
      }
    });

    it("is missing, with one warning, when no tsconfig covers the files", async () => {
      const root = tempProjectWithPackages({ "src/sub/use.ts": typedOnly["src/sub/use.ts"] });
      const run = await runCli(["--format", "json", "."], root);
      expect(findings(run.stdout)).toEqual([]);
      expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/1 TypeScript file\(s\) are in no usable tsconfig/)]);
    });
  });
});

describe("grpc-review command: configuration", () => {
  it("lints with the target's own eslint.config.js when it loads the plugin, and with the built-in setup under --no-eslint-config", async () => {
    const pluginUrl = pathToFileURL(join(import.meta.dirname, "../dist/src/index.js")).href;
    const root = tempProject({
      "eslint.config.js": `import grpcReview from ${JSON.stringify(pluginUrl)};\nexport default [...grpcReview.configs.recommended, { files: ["**/*.ts"], rules: { "no-debugger": "error" } }];\n`,
      "a.ts": "debugger;\n",
    });
    const own = await runCli(["--format", "json", "."], root);
    expect(own.code).toBe(1);
    expect((JSON.parse(own.stdout) as ESLint.LintResult[])[0]!.messages.map((message) => message.ruleId)).toEqual(["no-debugger"]);
    const builtIn = await runCli(["--format", "json", "--no-eslint-config", "."], root);
    expect(builtIn.code).toBe(0);
  });

  it("falls back to the built-in setup, with a notice, when the target's ESLint config does not load the plugin", async () => {
    const root = tempProject({ "eslint.config.js": 'export default [{ files: ["**/*.js"], rules: { "no-debugger": "error" } }];\n', "a.js": "debugger;\n" });
    const run = await runCli(["--format", "json", "."], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("does not load eslint-plugin-grpc-review");
  });

  it("reads grpc-review.config.json: ignores apply, and a broken file is a one-line usage error", async () => {
    const root = tempProject({ "grpc-review.config.json": JSON.stringify({ ignores: ["generated/"] }), "generated/x.ts": "export const = ;\n", "a.ts": "export {};\n" });
    const run = await runCli(["--format", "json", "."], root);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ESLint.LintResult[]).map((result) => result.filePath)).toEqual([join(root, "a.ts")]);

    for (const content of ['{ "preset": "loose" }', '{ "rule": {} }', "{ not json"]) {
      const broken = tempProject({ "grpc-review.config.json": content, "a.ts": "export {};\n" });
      const failed = await runCli(["."], broken);
      expect(failed.code, content).toBe(2);
      expect(failed.stderr, content).toMatch(/^grpc-review: .*grpc-review\.config\.json: .+\n/);
    }
  });

  it("follows git's ignore rules inside a work tree", async () => {
    const root = tempProject({ ".gitignore": "out/\n", "src/a.ts": "export const a = 1;\n", "out/b.ts": "export const = ;\n", "sub/.gitignore": "c.ts\n", "sub/c.ts": "export const = ;\n" });
    execFileSync("git", ["init", "-q"], { cwd: root });
    const run = await runCli(["--format", "json", "."], root);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ESLint.LintResult[]).map((result) => result.filePath)).toEqual([join(root, "src/a.ts")]);
  });
});

describe("grpc-review command: output", () => {
  it("writes the report atomically to --output-file", async () => {
    const root = tempProject({ "bad.ts": "export const = ;\n" });
    const run = await runCli(["--format", "json", "--output-file", "report.json", "."], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const written = JSON.parse(readFileSync(join(root, "report.json"), "utf8")) as ESLint.LintResult[];
    expect(written[0]!.messages[0]!.fatal).toBe(true);
  });

  it("prints GitHub annotations with escaped properties", async () => {
    const root = tempProject({ "bad.ts": "export const = ;\n" });
    const run = await runCli(["--format", "github", "."], root);
    expect(run.stdout).toMatch(/^::error file=bad\.ts,line=1,col=\d+,title=grpc-review\/parse-error::/);
  });

  it("baselines rule errors with --suppress-all, also for targets outside the cwd, and reports only new ones", async () => {
    const call = 'import * as grpc from "@grpc/grpc-js";\nconst C = grpc.makeGenericClientConstructor({}, "S");\nconst c = new C("localhost:1", grpc.credentials.createInsecure()) as any;\nc.GetA({}, () => {});\n';
    const root = tempProjectWithPackages({ "a.ts": call });
    const elsewhere = tempProjectWithPackages({ "b.ts": call });
    expect((await runCli([".", elsewhere], root)).code).toBe(1);
    const baseline = await runCli(["--suppress-all", ".", elsewhere], root);
    expect(baseline.code).toBe(0);
    const recorded = JSON.parse(readFileSync(join(root, "eslint-suppressions.json"), "utf8")) as Record<string, unknown>;
    expect(new Set(Object.keys(recorded))).toEqual(new Set(["a.ts", `../${elsewhere.split("/").pop()}/b.ts`]));
    const again = await runCli(["--format", "json", ".", elsewhere], root);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as ESLint.LintResult[]).every((result) => result.suppressedMessages.length === 1)).toBe(true);

    writeFileSync(join(root, "a.ts"), `${call}c.GetB({}, () => {});\n`);
    const grown = await runCli(["--format", "json", ".", elsewhere], root);
    expect(grown.code).toBe(1);
    expect((JSON.parse(grown.stdout) as ESLint.LintResult[]).find((result) => result.filePath.endsWith("a.ts"))!.errorCount).toBe(2);
  });

  it("keeps parse errors out of the baseline", async () => {
    const root = tempProject({ "bad.ts": "export const = ;\n" });
    // Parse errors have no rule id, so ESLint's baseline cannot hold them: they are always reported,
    // also by the run that records the baseline (as ESLint's CLI does).
    const baseline = await runCli(["--suppress-all", "."], root);
    expect(baseline.code).toBe(1);
    expect(existsSync(join(root, "eslint-suppressions.json"))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, "eslint-suppressions.json"), "utf8"))).toEqual({});
    expect((await runCli(["."], root)).code).toBe(1);
  });
});

describe("grpc-review command: severity controls", () => {
  const call = 'import * as grpc from "@grpc/grpc-js";\nconst C = grpc.makeGenericClientConstructor({}, "S");\nconst c = new C("localhost:1", grpc.credentials.createInsecure()) as any;\nc.GetA({}, () => {});\n/* eslint-env node */\n';

  it("--rule changes a rule's severity; --max-warnings fails with a message; --quiet drops warnings like ESLint", async () => {
    const root = tempProjectWithPackages({ "a.ts": call, "clean.ts": "export {};\n" });
    const asError = await runCli(["--format", "json", "."], root);
    expect(asError.code).toBe(1);
    const asWarning = await runCli(["--format", "json", "--rule", "require-deadline=warn", "."], root);
    expect(asWarning.code).toBe(0);
    const warned = JSON.parse(asWarning.stdout) as ESLint.LintResult[];
    // The retired eslint-env comment is not a review finding.
    expect(warned.flatMap((result) => result.messages.map((message) => [message.ruleId, message.severity]))).toEqual([["grpc-review/require-deadline", 1]]);

    const tooMany = await runCli(["--rule", "grpc-review/require-deadline:1", "--max-warnings", "0", "--quiet", "."], root);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stdout).toBe("");
    expect(tooMany.stderr).toContain("too many warnings (1); the maximum is 0");

    const quietJson = await runCli(["--format", "json", "--quiet", "."], root);
    expect((JSON.parse(quietJson.stdout) as ESLint.LintResult[]).map((result) => result.filePath)).toEqual([join(root, "a.ts")]);
    const off = await runCli(["--rule", "require-deadline=off", "."], root);
    expect(off.code).toBe(0);
  });

  it("writes SARIF through the command, creating the report's folder", async () => {
    const root = tempProjectWithPackages({ "a.ts": call });
    const run = await runCli(["--format", "sarif", "--output-file", "reports/out/grpc.sarif", "."], root);
    expect(run.code).toBe(1);
    const log = JSON.parse(readFileSync(join(root, "reports/out/grpc.sarif"), "utf8")) as {
      runs: { results: { ruleId: string; ruleIndex: number }[]; tool: { driver: { rules: { helpUri?: string }[] } } }[];
    };
    expect(log.runs[0]!.results.map((result) => result.ruleId)).toEqual(["grpc-review/require-deadline"]);
    expect(log.runs[0]!.tool.driver.rules[log.runs[0]!.results[0]!.ruleIndex]!.helpUri).toMatch(/docs\/rules\/require-deadline\.md$/);
  });
});

describe("grpc-review command: --against", () => {
  const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.test", ...args], { cwd, stdio: "ignore" });

  it("compares .proto files with a git ref and reports wire breaks and unreserved deletions", async () => {
    const before = 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n  int64 total = 2;\n  string note = 3;\n}\n';
    const after = 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n  string total = 2;\n}\n';
    const root = tempProject({ "protos/order.proto": before });
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-qm", "v1");
    writeFileSync(join(root, "protos/order.proto"), after);

    const withoutRef = await runCli(["--format", "json", "."], root);
    expect(withoutRef.code).toBe(0);

    const run = await runCli(["--format", "json", "--against", "HEAD", "."], root);
    expect(run.code).toBe(1);
    const messages = (JSON.parse(run.stdout) as ESLint.LintResult[])[0]!.messages;
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual(
      expect.arrayContaining([
        ["grpc-review/no-wire-incompatible-change", 5],
        ["grpc-review/require-reserved-on-delete", expect.any(Number)],
      ]),
    );
  });

  it("turns an unknown ref, or a folder outside git, into a one-line usage error", async () => {
    const root = tempProject({ "a.proto": 'syntax = "proto3";\nmessage A { string id = 1; }\n' });
    const outside = await runCli(["--against", "HEAD", "."], root);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^grpc-review: --against HEAD: .* is not inside a git repository\n/);
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-qm", "v1");
    const unknown = await runCli(["--format", "json", "--against", "no-such-ref", "."], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("grpc-review: --against no-such-ref: no such commit, branch or tag\n");
  });
});
