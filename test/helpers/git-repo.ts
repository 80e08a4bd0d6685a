import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll } from "vitest";
import { clearSnapshots } from "../../proto-checks/git-history.js";
import plugin from "../../src/index.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    // Hermetic: no user or system config (signing, hooks, default branch) leaks into the fixture repos.
    env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
  });
}

/**
 * A throwaway repository whose commit tagged `v1` holds `fixtures/<rule>/before`, and whose work
 * tree then holds `fixtures/<rule>/after` (uncommitted), the state a reviewer lints.
 */
export function repoWithHistory(rule: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${rule}-`));
  git(dir, "init", "-q", "-b", "main");
  cpSync(join(FIXTURES, rule, "before"), dir, { recursive: true });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "before");
  git(dir, "tag", "v1");
  git(dir, "rm", "-rq", ".");
  cpSync(join(FIXTURES, rule, "after"), dir, { recursive: true });
  return dir;
}

export function removeRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Throwaway directories for one test file, all removed after its tests: `newRepo()` is a fresh
 * `repoWithHistory(rule)` with the snapshot cache cleared (a new repository may reuse a path),
 * `tempDir(prefix)` an empty directory.
 */
export function historyRepos(rule: string): { newRepo(): string; tempDir(prefix: string): string } {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeRepo));
  const keep = (dir: string): string => {
    dirs.push(dir);
    return dir;
  };
  return {
    newRepo() {
      clearSnapshots();
      return keep(repoWithHistory(rule));
    },
    tempDir: (prefix) => keep(mkdtempSync(join(tmpdir(), prefix))),
  };
}

/** Lints every .proto under `cwd` with the recommended preset and the given shared settings. */
export async function lintProtos(cwd: string, settings: Record<string, unknown>, rules?: Record<string, unknown>) {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      ...(plugin.configs.recommended as never[]),
      { files: ["**/*.proto"], settings, ...(rules ? { rules } : {}) } as never,
    ],
  });
  const results = await eslint.lintFiles(["**/*.proto"]);
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      file: result.filePath.slice(cwd.length + 1),
      ruleId: message.ruleId,
      messageId: message.messageId,
      line: message.line,
      column: message.column,
      message: message.message,
    })),
  );
}

const MARKER = /\/\/ flagged: ([A-Za-z0-9]+) @(\d+)/g;

/**
 * The findings the `after/` files of a history fixture claim with `// flagged: <messageId> @<column>`
 * markers, as `[file, line, column, messageId]` sorted like ESLint's results (file, then position).
 */
export function markedFindings(rule: string): Array<[file: string, line: number, column: number, messageId: string]> {
  const after = join(FIXTURES, rule, "after");
  const found: Array<[string, number, number, string]> = [];
  for (const file of (readdirSync(after, { recursive: true }) as string[]).filter((name) => name.endsWith(".proto")).sort()) {
    readFileSync(join(after, file), "utf8")
      .split("\n")
      .forEach((text, index) => {
        for (const match of text.matchAll(MARKER)) found.push([file.split("\\").join("/"), index + 1, Number(match[2]), match[1]!]);
      });
  }
  return found;
}
