import tsParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { fileContext } from "../../src/core/syntax/file-context.js";
import { createStaticEvaluator, toPlain, UNKNOWN } from "../../src/core/syntax/static-value.js";

/** Evaluates the first argument of every `probe(...)` call in `code`. */
function probe(code: string, mode: "string" | "value"): unknown[] {
  const seen: unknown[] = [];
  const rule = {
    meta: { type: "problem", schema: [], messages: {} },
    create(context: TSESLint.RuleContext<string, []>) {
      const evaluator = createStaticEvaluator(fileContext(context));
      return {
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type !== "Identifier" || node.callee.name !== "probe") return;
          const argument = node.arguments[0]!;
          seen.push(mode === "string" ? evaluator.string(argument) : toPlain(evaluator.value(argument)));
        },
      };
    },
  };
  const linter = new Linter();
  const messages = linter.verify(code, [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { test: { rules: { probe: rule as never } } },
      rules: { "test/probe": "error" },
    },
  ], "file.ts");
  expect(messages).toEqual([]);
  return seen;
}

describe("createStaticEvaluator().string", () => {
  it("reads literals, consts, concatenation and templates", () => {
    const [literal, constant, concat, template] = probe(
      `const host = "orders.prod.svc"; const port = 50051;
       probe("a.b.svc:1"); probe(host); probe(host + ":" + "443"); probe(\`dns:///\${host}:\${port}\`);`,
      "string",
    );
    expect(literal).toEqual({ text: "a.b.svc:1", complete: true });
    expect(constant).toEqual({ text: "orders.prod.svc", complete: true });
    expect(concat).toEqual({ text: "orders.prod.svc:443", complete: true });
    // A number is not a string we know: the placeholder keeps the static parts matchable.
    expect(template).toEqual({ text: "dns:///orders.prod.svc:x", complete: false });
  });

  it("takes the fallback of an environment variable", () => {
    const [nullish, or, other] = probe(
      `probe(process.env.TARGET ?? "orders.prod.svc:1"); probe(process.env.TARGET || "x.y.svc:1"); probe(config.target ?? "z.svc:1");`,
      "string",
    );
    expect(nullish).toEqual({ text: "orders.prod.svc:1", complete: false });
    expect(or).toEqual({ text: "x.y.svc:1", complete: false });
    expect(other).toBeUndefined();
  });

  it("does not follow reassigned variables", () => {
    const [value] = probe(`let target = "a.b.svc:1"; target = read(); probe(target);`, "string");
    expect(value).toBeUndefined();
  });
});

describe("createStaticEvaluator().value", () => {
  it("evaluates object literals, JSON.stringify and member access", () => {
    const [config, member, open] = probe(
      `const options = { "grpc.service_config": JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }) };
       probe(options); probe(options["grpc.service_config"]); probe({ ...rest, a: 1 });`,
      "value",
    );
    expect(config).toEqual({ "grpc.service_config": { loadBalancingConfig: [{ round_robin: {} }] } });
    expect(member).toEqual({ loadBalancingConfig: [{ round_robin: {} }] });
    expect(open).toEqual({ a: 1 });
  });

  it("marks what it cannot see", () => {
    const [unknown] = probe(`probe([read(), 1]);`, "value");
    expect(unknown).toEqual([UNKNOWN, 1]);
  });
});
