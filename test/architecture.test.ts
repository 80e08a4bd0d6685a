/**
 * The import graph of the shipped sources (src/, rules/, proto-checks/), read with TypeScript's own
 * pre-processor: no cycles, and only the arrows docs/architecture.md allows.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const SOURCE_FOLDERS = ["src", "rules", "proto-checks"];

function sourceFiles(folder: string, out: string[] = []): string[] {
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|mts|cts)$/.test(entry) && !entry.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** Each file's relative imports, as repo-relative paths of the files they name. */
function importGraph(): Map<string, string[]> {
  const files = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
  const known = new Set(files.map((file) => relative(ROOT, file)));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets: string[] = [];
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const base = relative(ROOT, resolve(dirname(file), fileName.replace(/\.(m|c)?js$/, "")));
      const target = [`${base}.ts`, `${base}.mts`, `${base}.cts`, join(base, "index.ts")].find((candidate) => known.has(candidate));
      if (target) targets.push(target);
    }
    graph.set(relative(ROOT, file), targets);
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The room (or layer) a file belongs to, as docs/architecture.md names them. */
function layerOf(file: string): string {
  const core = /^src\/core\/([^/]+)\//.exec(file);
  if (core) return `core/${core[1]}`;
  if (file.startsWith("src/cli/")) return "cli";
  if (file.startsWith("src/config-language/")) return "config-language";
  if (file.startsWith("src/util/")) return "util";
  if (file.startsWith("src/report/")) return "report";
  if (file.startsWith("rules/")) return "rules";
  if (file.startsWith("proto-checks/")) return "proto-checks";
  return "plugin"; // src/index.ts, src/configs.ts, src/languages.ts: the plugin object
}

/** Which layers each layer may import (besides itself). Everything not listed is a backward arrow. */
const ALLOWED: Record<string, readonly string[]> = {
  util: [],
  "proto-checks": ["util"],
  "core/syntax": ["util"],
  "core/policy": ["proto-checks"],
  "core/calls": ["core/syntax"],
  "core/deadlines": ["core/calls", "core/syntax"],
  "core/streams": ["core/calls", "core/syntax"],
  "core/retries": ["core/calls", "core/deadlines", "core/policy", "core/syntax"],
  "core/service-config": ["core/policy", "proto-checks"],
  "config-language": ["core/service-config", "core/policy", "core/syntax", "proto-checks", "util"],
  rules: ["core/syntax", "core/calls", "core/deadlines", "core/streams", "core/retries", "core/policy", "core/service-config", "config-language", "proto-checks", "util"],
  plugin: ["rules", "config-language", "proto-checks", "util"],
  report: ["core/syntax", "core/calls", "core/deadlines", "core/streams", "core/policy", "core/service-config", "proto-checks", "util"],
  // core/calls: the module-graph prefilter asks the same "can this file hold gRPC code?" as the rules.
  cli: ["plugin", "rules", "config-language", "core/calls", "core/service-config", "report", "proto-checks", "util"],
};

describe("import graph", () => {
  const graph = importGraph();

  it("reads the shipped sources", () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(graph.get("rules/require-deadline.ts")).toContain("src/core/deadlines/index.ts");
  });

  it("has no import cycles", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one (the checker itself can fail)", () => {
    const looped = new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]], ["d.ts", ["a.ts"]]]);
    expect(cycles(looped)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("has only the arrows the architecture allows", () => {
    const backward: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      for (const target of targets) {
        const to = layerOf(target);
        if (to !== from && !ALLOWED[from]?.includes(to)) backward.push(`${file} -> ${target} (${from} -> ${to})`);
      }
    }
    expect(backward).toEqual([]);
  });

  it("reaches a core room from outside only through its index", () => {
    const sideDoors: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const room = layerOf(target);
        if (room.startsWith("core/") && layerOf(file) !== room && !target.endsWith("/index.ts")) sideDoors.push(`${file} -> ${target}`);
      }
    }
    expect(sideDoors).toEqual([]);
  });
});
