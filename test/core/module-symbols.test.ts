import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectModulePath } from "../../src/core/syntax/index.js";

const base = mkdtempSync(join(tmpdir(), "grpc-review-modules-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("projectModulePath", () => {
  const root = join(base, "project");
  const outside = join(base, "outside");
  mkdirSync(join(root, "node_modules", "pkg"), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(root, "client.ts"), "");
  writeFileSync(join(root, "base.ts"), "");
  writeFileSync(join(outside, "secret.ts"), "");
  symlinkSync(join(outside, "secret.ts"), join(root, "linked.ts"));
  const from = join(root, "client.ts");

  it("resolves a relative import to the project's own module", () => {
    expect(projectModulePath(from, "./base.js", root)).toBe(join(root, "base.ts"));
  });

  it("follows no package, no path outside the root and no symlink that leaves it", () => {
    expect(projectModulePath(from, "pkg", root)).toBeUndefined();
    expect(projectModulePath(from, "../outside/secret", root)).toBeUndefined();
    expect(projectModulePath(from, "./linked", root)).toBeUndefined();
  });
});
