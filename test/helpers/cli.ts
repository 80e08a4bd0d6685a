import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.js";

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing its output. */
export async function runCli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const sink = (append: (text: string) => void) => ({ write: (chunk: string) => (append(chunk), true), isTTY: false });
  const code = await main(args, {
    cwd,
    stdout: sink((text) => (stdout += text)) as unknown as NodeJS.WritableStream,
    stderr: sink((text) => (stderr += text)) as unknown as NodeJS.WriteStream,
  });
  return { code, stdout, stderr };
}

/** A temporary folder with the given files (path → content). */
export function tempProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "grpc-review-"));
  created.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A temporary project that resolves this repository's packages (gRPC libraries and their types). */
export function tempProjectWithPackages(files: Record<string, string>): string {
  const root = tempProject(files);
  symlinkSync(join(import.meta.dirname, "../../node_modules"), join(root, "node_modules"), "dir");
  return root;
}
