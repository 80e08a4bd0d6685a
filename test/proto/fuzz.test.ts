import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { parseProto } from "../../proto-checks/parser.js";
import plugin from "../../src/index.js";
import { pick, seededRandom } from "../helpers/seeded-random.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

function protoFixtures(dir = FIXTURES): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...protoFixtures(path));
    else if (entry.name.endsWith(".proto")) found.push(readFileSync(path, "utf8"));
  }
  return found;
}

const JUNK = ["{", "}", "{{{{", "}}}}", ";", "=", "\"", "'", "/*", "*/", "//", "\u0000", "\uFFFD", "\u00ff\u00fe", "<", ">", "[", "]", "(", ")", "max", "to", "-", ".", "0x", "999999999999999999999", "message", "oneof", "group", "map<", "reserved", "option (", "rpc", "\\"];

function mutate(text: string, next: () => number): string {
  const at = () => Math.floor(next() * (text.length + 1));
  switch (Math.floor(next() * 6)) {
    case 0:
      return text.slice(0, at()); // truncated
    case 1: {
      const from = at();
      return text.slice(0, from) + text.slice(from + Math.floor(next() * 40));
    }
    case 2: {
      const where = at();
      return text.slice(0, where) + pick(next, JUNK) + text.slice(where);
    }
    case 3: {
      let bytes = "";
      for (let i = 0; i < 1 + next() * 30; i++) bytes += String.fromCharCode(Math.floor(next() * 256));
      const where = at();
      return text.slice(0, where) + bytes + text.slice(where);
    }
    case 4: {
      const from = at();
      const piece = text.slice(from, from + Math.floor(next() * 200));
      const where = at();
      return text.slice(0, where) + piece + text.slice(where);
    }
    default:
      return text.replace(/[{}]/g, (brace) => (next() < 0.1 ? "" : brace));
  }
}

describe("parser fuzzing", () => {
  const seeds = protoFixtures();

  it("never throws on 3,000 mutated inputs, and every error lies inside the text", () => {
    const next = seededRandom(20261125);
    for (let i = 0; i < 3000; i++) {
      let text = seeds[i % seeds.length]!;
      for (let round = 0; round < 1 + Math.floor(next() * 3); round++) text = mutate(text, next);
      let result;
      try {
        result = parseProto(text);
      } catch (error) {
        throw new Error(`case ${i} threw ${(error as Error).stack}\n---\n${text}`);
      }
      for (const error of result.errors) {
        expect(error.start).toBeGreaterThanOrEqual(0);
        expect(error.end).toBeLessThanOrEqual(text.length);
        expect(error.end).toBeGreaterThanOrEqual(error.start);
      }
      expect(result.file.lineStarts.length).toBe(text.split("\n").length);
    }
  });

  it("runs every proto rule on mutated inputs that still parse, without a rule throwing", () => {
    const linter = new Linter({ configType: "flat" });
    const config = [...(plugin.configs.all as never[])];
    const next = seededRandom(7);
    let parsed = 0;
    for (let i = 0; i < 600; i++) {
      let text = seeds[i % seeds.length]!;
      text = mutate(text, next);
      const messages = linter.verify(text, config, { filename: `fuzz/case${i}.proto` });
      for (const message of messages) {
        if (message.fatal) expect(message.message).toMatch(/^Parsing error: /);
        expect(message.line).toBeGreaterThanOrEqual(1);
      }
      if (!messages.some((message) => message.fatal)) parsed++;
    }
    expect(parsed).toBeGreaterThan(50);
  });

  it("gives a 10 MB binary file a positioned fatal error", () => {
    const next = seededRandom(99);
    const chars: string[] = [];
    for (let i = 0; i < 10 * 1024 * 1024; i++) chars.push(String.fromCharCode(Math.floor(next() * 256)));
    const text = chars.join("");
    const result = parseProto(text);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(50);
  });

  it("parses a valid 10 MB file without errors (time is measured in bench/proto.js, not here)", () => {
    const message = (i: number) => `message M${i} {\n  string a = 1;\n  repeated int64 b = 2 [packed = true];\n  oneof c { string d = 3; bytes e = 4; }\n  map<string, M${i}> f = 5;\n  reserved 6 to 10, 100 to max;\n}\n`;
    const parts = ['syntax = "proto3";\npackage big.v1;\n'];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const chunk = message(i);
      parts.push(chunk);
      size += chunk.length;
    }
    const text = parts.join("");
    const result = parseProto(text);
    expect(result.errors).toEqual([]);
    expect(result.file.body.length).toBeGreaterThan(50_000);
  });

  it("survives a file of nothing but opening braces or quotes", () => {
    for (const text of ["{".repeat(1_000_000), "message A {".repeat(100_000), "\"".repeat(100_000), "/*".repeat(100_000), "option x = {".repeat(100_000)]) {
      const result = parseProto(text);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});
