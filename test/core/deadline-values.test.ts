import tsParser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { fileContext } from "../../src/core/syntax/file-context.js";
import { deadlineKind } from "../../src/core/deadlines/deadline-values.js";
import { grpcAnalysis } from "../../src/core/calls/grpc-calls.js";

/** The kind of every `deadline:` property value in the code, in order. */
function kinds(code: string): string[] {
  const found: string[] = [];
  const probe = {
    create(context: never) {
      const analysis = grpcAnalysis(fileContext(context));
      return {
        Property(node: TSESTree.Property) {
          if (analysis && node.key.type === "Identifier" && node.key.name === "deadline") found.push(deadlineKind(analysis, node.value));
        },
      };
    },
  };
  new Linter({ configType: "flat" }).verify(
    `import * as grpc from "@grpc/grpc-js";\n${code}`,
    [{ files: ["**/*.ts"], plugins: { probe: { rules: { kinds: probe as never } } }, languageOptions: { parser: tsParser as never }, rules: { "probe/kinds": "error" } }],
    "file.ts",
  );
  return found;
}

describe("deadline values", () => {
  it("calls durations relative", () => {
    expect(kinds(`
      const TIMEOUT_MS = 5000;
      f({ deadline: 5000 }); f({ deadline: TIMEOUT_MS }); f({ deadline: 30 * 1000 });
      f({ deadline: timeoutMs }); f({ deadline: config.requestTimeout }); f({ deadline: ok ? Date.now() + 1 : 500 });
    `)).toEqual(["relative", "relative", "relative", "relative", "relative", "relative"]);
  });

  it("calls clock-derived values absolute", () => {
    expect(kinds(`
      const until = Date.now() + 100;
      function later(ms) { return Date.now() + ms; }
      f({ deadline: Date.now() + 5000 }); f({ deadline: new Date(Date.now() + 1) }); f({ deadline: until });
      f({ deadline: performance.timeOrigin + performance.now() }); f({ deadline: start.getTime() + 5 });
      f({ deadline: later(5) }); f({ deadline: Infinity }); f({ deadline: Math.min(parentDeadline, Date.now() + 5) });
      f({ deadline: 1767225600000 });
    `)).toEqual(["absolute", "absolute", "absolute", "absolute", "absolute", "absolute", "absolute", "absolute", "absolute"]);
  });

  it("leaves values it cannot judge unknown", () => {
    expect(kinds(`
      f({ deadline }); f({ deadline: opts.deadline }); f({ deadline: compute() }); f({ deadline: "soon" });
    `)).toEqual(["unknown", "unknown", "unknown", "unknown"]);
  });
});
