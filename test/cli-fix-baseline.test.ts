import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { runCli, tempProject, tempProjectWithPackages } from "./helpers/cli.js";

// A config with one fix of each kind, and a finding (no retryThrottling) that only has a suggestion.
const CONFIG = `{
  "methodConfig": [
    {
      "name": [{ "service": "shop.Orders" }],
      "timeout": "0.5s",
      "retryPolicy": { "maxAttempts": 3, "initialBackoff": "0.1s", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE", "NOT_FOUND"] }
    }
  ]
}
`;
const FIXED = CONFIG.replace('"0.5s"', '"0.500000000s"').replace('["UNAVAILABLE", "NOT_FOUND"]', '["UNAVAILABLE"]');

describe("grpc-review --fix", () => {
  it("applies fixes, never suggestions, keeps the file's mode, and touches nothing without --fix", async () => {
    const root = tempProject({ "orders.service-config.json": CONFIG });
    const file = join(root, "orders.service-config.json");
    chmodSync(file, 0o640);

    const plain = await runCli(["--format", "json", "."], root);
    expect(plain.code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(CONFIG);

    const fixed = await runCli(["--fix", "--format", "json", "."], root);
    expect(readFileSync(file, "utf8")).toBe(FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(fixed.stderr).toContain("grpc-review: fixed 1 file(s)");
    // Left: the retryThrottling warning, whose edit is a suggestion only.
    const results = JSON.parse(fixed.stdout) as ESLint.LintResult[];
    expect(results[0]!.messages.map((message) => [message.ruleId, message.suggestions?.length])).toEqual([["grpc-review/require-retry-throttling", 1]]);
    expect(fixed.code).toBe(0);
    expect(readFileSync(file, "utf8")).not.toContain("retryThrottling");

    const again = await runCli(["--fix", "."], root);
    expect(again.stderr).not.toContain("fixed");
  });

  it("with --quiet fixes errors only, as ESLint's CLI does", async () => {
    const root = tempProject({ "orders.service-config.json": CONFIG });
    await runCli(["--fix", "--quiet", "--rule", "no-misread-timeout=warn", "."], root);
    expect(readFileSync(join(root, "orders.service-config.json"), "utf8")).toBe(CONFIG.replace('["UNAVAILABLE", "NOT_FOUND"]', '["UNAVAILABLE"]'));
  });
});

describe("grpc-review baselines (ESLint 10's suppressions)", () => {
  const call = 'import * as grpc from "@grpc/grpc-js";\nconst C = grpc.makeGenericClientConstructor({}, "S");\nconst c = new C("localhost:1", grpc.credentials.createInsecure()) as any;\nc.GetA({}, () => {});\n';
  const baselineOf = (root: string) => readFileSync(join(root, "eslint-suppressions.json"), "utf8");

  it("--suppress-rule records one rule and keeps other entries; ESLint reads and writes the same file", async () => {
    const root = tempProjectWithPackages({ "a.ts": call, "orders.service-config.json": CONFIG });
    writeFileSync(join(root, "eslint-suppressions.json"), JSON.stringify({ "gone.ts": { "grpc-review/require-deadline": { count: 1 } } }));
    // gone.ts is not linted, so its entry is neither unused nor touched (ESLint checks linted files only).
    const run = await runCli(["--suppress-rule", "require-deadline", "--format", "json", "."], root);
    expect(run.stderr).toContain("grpc-review: suppressed 1 error(s) in");
    // The config's errors are not that rule's: still reported.
    expect(run.code).toBe(1);
    const expected = '{\n  "a.ts": {\n    "grpc-review/require-deadline": {\n      "count": 1\n    }\n  },\n  "gone.ts": {\n    "grpc-review/require-deadline": {\n      "count": 1\n    }\n  }\n}';
    expect(baselineOf(root)).toBe(expected);

    // ESLint's own service, given the same results and file, writes the same bytes.
    const { SuppressionsService } = createRequire(import.meta.url)(join(import.meta.dirname, "../node_modules/eslint/lib/services/suppressions-service.js")) as {
      SuppressionsService: new (options: { filePath: string; cwd: string }) => { suppress(results: unknown[], rules?: string[]): Promise<void> };
    };
    const other = tempProject({ "eslint-suppressions.json": JSON.stringify({ "gone.ts": { "grpc-review/require-deadline": { count: 1 } } }) });
    const service = new SuppressionsService({ filePath: join(other, "eslint-suppressions.json"), cwd: root });
    await service.suppress(
      [{ filePath: join(root, "a.ts"), messages: [{ ruleId: "grpc-review/require-deadline", severity: 2 }, { ruleId: "grpc-review/x", severity: 2 }] }],
      ["grpc-review/require-deadline"],
    );
    expect(readFileSync(join(other, "eslint-suppressions.json"), "utf8")).toBe(expected);
  });

  it("fails on suppressions that no longer occur unless pruned or passed, and keeps suppressed findings in SARIF", async () => {
    const root = tempProjectWithPackages({ "a.ts": `${call}c.GetB({}, () => {});\n` });
    expect((await runCli(["--suppress-all", "."], root)).code).toBe(0);
    expect(JSON.parse(baselineOf(root))).toEqual({ "a.ts": { "grpc-review/require-deadline": { count: 2 } } });

    const sarif = JSON.parse((await runCli(["--format", "sarif", "."], root)).stdout) as { runs: { results: { suppressions?: { kind: string }[] }[] }[] };
    expect(sarif.runs[0]!.results.map((result) => result.suppressions)).toEqual([[{ kind: "external", status: "accepted" }], [{ kind: "external", status: "accepted" }]]);

    writeFileSync(join(root, "a.ts"), call);
    const stale = await runCli(["."], root);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain(
      "grpc-review: There are suppressions left that do not occur anymore. To resolve this, re-run the command with `--prune-suppressions` to remove unused suppressions. To ignore unused suppressions, use `--pass-on-unpruned-suppressions`.",
    );
    expect((await runCli(["--pass-on-unpruned-suppressions", "."], root)).code).toBe(0);

    expect((await runCli(["--prune-suppressions", "."], root)).code).toBe(0);
    expect(JSON.parse(baselineOf(root))).toEqual({ "a.ts": { "grpc-review/require-deadline": { count: 1 } } });
    writeFileSync(join(root, "a.ts"), "export {};\n");
    expect((await runCli(["--prune-suppressions", "."], root)).code).toBe(0);
    expect(baselineOf(root)).toBe("{}");
  });

  it("refuses the combinations ESLint refuses, and a named file that does not exist", async () => {
    const root = tempProject({ "a.ts": "export {};\n" });
    const cases: Array<[string[], string]> = [
      [["--suppress-all", "--suppress-rule", "require-deadline"], "The --suppress-all option and the --suppress-rule option cannot be used together."],
      [["--suppress-all", "--prune-suppressions"], "The --suppress-all option and the --prune-suppressions option cannot be used together."],
      [["--suppress-rule", "require-deadline", "--prune-suppressions"], "The --suppress-rule option and the --prune-suppressions option cannot be used together."],
      [["--suppressions-location", "missing.json"], "The suppressions file does not exist. Please run the command with `--suppress-all` or `--suppress-rule` to create it."],
    ];
    for (const [args, message] of cases) {
      const run = await runCli([...args, "."], root);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr.split("\n")[0], args.join(" ")).toBe(`grpc-review: ${message}`);
    }
    expect(existsSync(join(root, "missing.json"))).toBe(false);
  });
});
