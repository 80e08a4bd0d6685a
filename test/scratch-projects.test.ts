import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Projects as users have them: this package packed and installed by npm next to the project's own
// ESLint (8, 9 or 10) and TypeScript (5.9, or 7, which typescript-eslint does not support), so npm
// lays out node_modules (hoisting, nesting) as it does for them. Then both front doors run with the
// README's configs: `npx eslint` on the project's ESLint and `npx grpc-review` on its own engine.
// npm needs only the registry (or its cache); the three installs run side by side.

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const workDir = mkdtempSync(join(tmpdir(), "grpc-review-scratch-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: "false" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const PROTO = 'syntax = "proto3";\nmessage A {\n  string a = 1;\n  string b = 1;\n}\n';
const CLIENT = 'import * as grpc from "@grpc/grpc-js";\nconst C = grpc.makeGenericClientConstructor({}, "S");\nconst c = new C("localhost:1", grpc.credentials.createInsecure()) as any;\nc.GetA({}, () => {});\n';
const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ["src"] });

function readmeBlock(pattern: RegExp): string {
  const match = pattern.exec(readme);
  if (!match) throw new Error(`README block not found: ${pattern}`);
  return match[1]!;
}

/** The README's flat config with type information, as a user pastes it. */
function flatConfig(): string {
  const importLine = /^import grpcReview from "eslint-plugin-grpc-review";$/m.exec(readme)![0];
  return `${importLine}\n\n${readmeBlock(/```js\n(export default \[\n  \.\.\.grpcReview\.configs\.recommended,[\s\S]*?projectService[\s\S]*?)```/)}`;
}

const legacyConfig = () => readmeBlock(/Legacy config \(ESLint 8\), `\.eslintrc\.cjs`:\n\n```js\n([\s\S]*?)```/);

interface Scratch {
  dir: string;
  install: Run;
}

const projects: Record<string, { eslint: string; typescript: string; config: Record<string, string> }> = {
  "eslint8-ts7": { eslint: "8.57.1", typescript: "7.0.2", config: { ".eslintrc.cjs": legacyConfig() } },
  "eslint9-ts59": { eslint: "9.39.5", typescript: "5.9.3", config: { "eslint.config.js": flatConfig() } },
  "eslint10-ts59": { eslint: "10.15.0", typescript: "5.9.3", config: { "eslint.config.js": flatConfig() } },
};
const scratch: Record<string, Scratch> = {};

beforeAll(async () => {
  const pack = await run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", workDir], root);
  expect(pack.code, pack.stderr).toBe(0);
  const tarball = join(workDir, pack.stdout.trim().split("\n").pop()!);
  await Promise.all(
    Object.entries(projects).map(async ([name, project]) => {
      const dir = join(workDir, name);
      const files = { "package.json": JSON.stringify({ name, private: true, type: "module" }), "tsconfig.json": TSCONFIG, "src/client.ts": CLIENT, "protos/api.proto": PROTO, ...project.config };
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      const started = Date.now();
      const install = await run(
        "npm",
        ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", `eslint@${project.eslint}`, `typescript@${project.typescript}`, tarball],
        dir,
      );
      scratch[name] = { dir, install };
      // The cost this suite adds to CI is mostly these installs; say what it was.
      process.stderr.write(`scratch project ${name}: npm install took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }),
  );
}, 240_000);

function findings(dir: string, stdout: string): string[] {
  return (JSON.parse(stdout) as ESLint.LintResult[])
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(dir.length + 1)}:${message.line}:${message.column}:${message.ruleId}`))
    .sort();
}

const TS_FINDING = "src/client.ts:4:3:grpc-review/require-deadline";
const PROTO_FINDING = "protos/api.proto:4:14:grpc-review/no-reused-tag";

describe("scratch projects installed by npm", () => {
  for (const [name, project] of Object.entries(projects)) {
    describe(name, () => {
      it("installs, and `npx eslint` is the project's own ESLint", async () => {
        const { dir, install } = scratch[name]!;
        expect(install.code, install.stderr).toBe(0);
        const version = await run("npx", ["--no", "--", "eslint", "--version"], dir);
        expect(version.stdout.trim()).toBe(`v${project.eslint}`);
      });

      it("`npx grpc-review` reviews TypeScript and .proto files on its own engine", async () => {
        const { dir } = scratch[name]!;
        const review = await run("npx", ["--no", "--", "grpc-review", "--format", "json", "--no-progress", "."], dir);
        expect(review.code, review.stderr).toBe(1);
        expect(findings(dir, review.stdout)).toEqual([PROTO_FINDING, TS_FINDING]);
        // The legacy project's .eslintrc.cjs is JavaScript no tsconfig includes: checked untyped, with a line.
        const notices = review.stderr.trim().split("\n").filter((line) => line !== "" && !line.includes("no usable tsconfig"));
        expect(notices).toEqual(
          project.typescript.startsWith("7")
            ? [`grpc-review: warning: the project's TypeScript ${project.typescript} is outside typescript-eslint's supported range (>=4.8.4 <6.1.0); grpc-review type-checks with its own TypeScript 5.9.3`]
            : [],
        );
      });

      it("`npx eslint` with the README's config reports through the plugin", async () => {
        const { dir } = scratch[name]!;
        const legacy = project.eslint.startsWith("8");
        const lint = await run("npx", ["--no", "--", "eslint", "--format", "json", "."], dir);
        expect(lint.code, lint.stderr).toBe(1);
        // ESLint 8 has no plugin languages: the legacy preset carries the TypeScript rules only.
        expect(findings(dir, lint.stdout)).toEqual(legacy ? [TS_FINDING] : [PROTO_FINDING, TS_FINDING]);
        expect(lint.stderr).toBe(
          project.typescript.startsWith("7")
            ? `eslint-plugin-grpc-review: TypeScript ${project.typescript} is outside typescript-eslint's supported range (>=4.8.4 <6.1.0); TypeScript files are parsed with the plugin's own TypeScript 5.9.3\n`
            : "",
        );
      });
    });
  }
});
