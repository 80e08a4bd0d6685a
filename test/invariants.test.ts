import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { FILES_BY_INPUT, PLUGIN_NAME } from "../src/configs.js";
import { ruleDocsUrl } from "../src/util/create-rule.js";
import { ruleDocs } from "../src/util/rule-meta.js";

const root = join(import.meta.dirname, "..");
const ruleFiles = readdirSync(join(root, "rules"))
  .filter((file) => file.endsWith(".ts") && file !== "index.ts")
  .map((file) => file.slice(0, -3))
  .sort();
const ruleIds = Object.keys(plugin.rules).sort();

describe("rule invariants", () => {
  it("registers exactly the rule files, each under its file name", () => {
    expect(ruleIds.length).toBeGreaterThan(0);
    expect(ruleIds).toEqual(ruleFiles);
  });

  describe.each(ruleIds)("%s", (id) => {
    const rule = plugin.rules[id]!;
    const docs = ruleDocs(rule);

    it("has metadata: type, description, docs url, messages, schema", () => {
      expect(["problem", "suggestion", "layout"]).toContain(rule.meta?.type);
      expect(docs.description.length).toBeGreaterThan(10);
      expect(docs.url).toBe(ruleDocsUrl(id));
      expect(Object.keys(rule.meta?.messages ?? {}).length).toBeGreaterThan(0);
      expect(rule.meta?.schema).toBeDefined();
    });

    it("has docs/rules/<id>.md with the standard sections", () => {
      const path = join(root, "docs/rules", `${id}.md`);
      expect(existsSync(path)).toBe(true);
      const text = readFileSync(path, "utf8");
      expect(text.startsWith(`# ${PLUGIN_NAME}/${id}`)).toBe(true);
      for (const section of ["## Why", "## Examples", "## Options", "## When not to use it"]) expect(text).toContain(section);
    });

    it("has fixtures and a spec", () => {
      expect(readdirSync(join(root, "fixtures", id)).length).toBeGreaterThan(0);
      expect(existsSync(join(root, "test/rules", `${id}.test.ts`))).toBe(true);
    });

    it("is in the presets its metadata names, at its severity", () => {
      const key = `${PLUGIN_NAME}/${id}`;
      const inPreset = (preset: "recommended" | "strict" | "all") =>
        plugin.configs[preset].filter((block) => block.rules?.[key] !== undefined).map((block) => block.rules![key]);
      const inputs = typeof docs.input === "string" ? [docs.input] : docs.input;
      expect(inPreset("all")).toEqual(inputs.map(() => docs.severity));
      expect(inPreset("strict")).toEqual(inputs.map(() => docs.severity));
      expect(inPreset("recommended")).toEqual(docs.preset === "recommended" ? inputs.map(() => docs.severity) : []);
      const legacy = plugin.configs["legacy-all"] as { rules: Record<string, string> };
      expect(key in legacy.rules).toBe(inputs.includes("typescript"));
    });
  });
});

describe("preset invariants", () => {
  it("scopes every flat config block with files, and gives language blocks their language", () => {
    for (const preset of ["recommended", "strict", "all"] as const) {
      for (const block of plugin.configs[preset]) {
        expect(block.files, block.name).toBeDefined();
        if (block.name!.endsWith("/typescript-parser")) {
          expect(block.rules).toBeUndefined();
          expect(block.files!.every((pattern) => /\.[cm]?tsx?$/.test(pattern as string))).toBe(true);
          continue;
        }
        const input = block.name!.split("/").pop() as keyof typeof FILES_BY_INPUT;
        expect(block.files).toEqual(FILES_BY_INPUT[input]);
        if (input !== "typescript") expect(block.language).toBe(`${PLUGIN_NAME}/${input}`);
      }
    }
  });

  it("registers a language for every non-TypeScript input that has rules", () => {
    for (const id of ruleIds) {
      const { input } = ruleDocs(plugin.rules[id]!);
      for (const each of typeof input === "string" ? [input] : input) {
        if (each !== "typescript") expect(Object.keys(plugin.languages), id).toContain(each);
      }
    }
  });
});

describe("package invariants", () => {
  it("points exports and bin at files the build produces", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      exports: Record<string, Record<string, string>>;
      bin: Record<string, string>;
    };
    const entry = pkg.exports["."]!;
    for (const target of [entry.import!, entry.require!, entry.types!, pkg.bin["grpc-review"]!]) {
      expect(existsSync(join(root, target)), target).toBe(true);
    }
  });
});
