/**
 * JSON configs are read into rows with node views made on demand; momoa's tree (plain objects with
 * their positions, what every config was read into before) is the reference. On a generated config
 * of a few thousand method configs that trips every config rule, linting through the rows gives the
 * same findings, positions, fixes and suggestions as linting through momoa's tree.
 */
import { Linter } from "eslint";
import { describe, expect, it, vi } from "vitest";
import plugin from "../../src/index.js";

// When `declineScan` is set, the scan declines every text, so parseJson builds momoa's tree instead.
const toggle = vi.hoisted(() => ({ declineScan: false }));
vi.mock("../../src/core/service-config/json.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/core/service-config/json.js")>();
  return { ...actual, scanJson: (...args: Parameters<typeof actual.scanJson>) => (toggle.declineScan ? undefined : actual.scanJson(...args)) };
});

const CONFIG_RULES = Object.entries(plugin.rules)
  .filter(([, rule]) => {
    const input = (rule.meta?.docs as { input?: string | string[] } | undefined)?.input;
    return input === "service-config" || (Array.isArray(input) && input.includes("service-config"));
  })
  .map(([id]) => `grpc-review/${id}`);

const retry = (codes: string, extra = "") =>
  `"retryPolicy": {"maxAttempts": 3, "initialBackoff": "0.1s", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": [${codes}]${extra}}`;

/** Entry `i`: one of a dozen shapes, most of them tripping a rule, written with varying layout. */
function entry(i: number): string {
  const name = (method: string, service = `bench.v1.Service${i % 7}`) => `"name": [{"service": "${service}", "method": "${method}"}]`;
  switch (i % 12) {
    case 0:
      return `{${name(`GetThing${i}`)}, "timeout": "5s", ${retry('"UNAVAILABLE"')}}`;
    case 1:
      return `{ ${name(`GetThing${i}`)},\n  "timeout": "0.5s" }`;
    case 2:
      return `{${name(`ListThings${i}`)}, ${retry('"UNAVAILABLE", "INVALID_ARGUMENT",  "DEADLINE_EXCEEDED"')}}`;
    case 3:
      return `{${name(`GetThing${i}`)}, "timeout": "1s", "timeout": "2s"}`;
    case 4:
      return `{${name(`GetThing${i}`)}, "retryPolicy": {"maxAttempts": 1, "initialBackoff": "0.1s", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}}`;
    case 5:
      return `{${name(`CreateOrder${i}`)}, ${retry('"UNAVAILABLE"')}}`;
    case 6:
      return `{${name(`GetThing${i}`)}, "timeout": "1s", "retryPolicy": {"maxAttempts": 5, "initialBackoff": "1s", "maxBackoff": "5s", "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}}`;
    case 7:
      return `{${name(`GetThing${i}`, "bench .v1.\\u0053ervice")}}`;
    case 8:
      return `{${name(`GetThing${i}`)}, ${retry('"NOPE", 99, 14')}}`;
    case 9:
      return `{${name(`ChargeCard${i}`)}, "hedgingPolicy": {"maxAttempts": 3, "hedgingDelay": "0.5s", "nonFatalStatusCodes": ["INVALID_ARGUMENT"]}}`;
    case 10:
      // The name of entry i - 10 again (grpc-js refuses duplicates), and a large object with a repeated key.
      return `{${name(`GetThing${i - 10}`, `bench.v1.Service${(i - 10) % 7}`)}, ${retry('"UNAVAILABLE"', `, ${Array.from({ length: 20 }, (_, k) => `"x${k % 17}": ${k}`).join(", ")}`)}}`;
    default:
      return `{"name": [{}], "timeout": "0.25s", "waitForReady": "yes", "maxRequestBytes": "1"}`;
  }
}

function lint(text: string, declineScan: boolean): Linter.LintMessage[] {
  toggle.declineScan = declineScan;
  try {
    const linter = new Linter({ configType: "flat" });
    return linter.verify(
      text,
      [
        {
          files: ["**/*.json"],
          plugins: { "grpc-review": plugin as never },
          language: "grpc-review/service-config",
          rules: Object.fromEntries(CONFIG_RULES.map((id) => [id, "error"])),
        },
      ],
      "generated.service-config.json",
    );
  } finally {
    toggle.declineScan = false;
  }
}

describe("JSON config rows", () => {
  it("give the findings, positions, fixes and suggestions of momoa's tree on a generated config", () => {
    const entries = Array.from({ length: 3_000 }, (_, i) => entry(i));
    const lf = `{"methodConfig": [\n${entries.join(",\n")}\n],\n "loadBalancingConfig": [{"weird_policy": {}}]}\n`;
    for (const text of [lf, lf.replace(/\n/g, "\r\n")]) {
      const rows = lint(text, false);
      const reference = lint(text, true);
      expect(rows.filter((message) => message.fatal)).toEqual([]);
      expect(rows).toEqual(reference);
      // Every config rule that can report without protos did (no-unmatched-method-config needs them),
      // many times over, with fixes among them.
      const reported = new Set(rows.map((message) => message.ruleId));
      expect(CONFIG_RULES.filter((id) => id !== "grpc-review/no-unmatched-method-config" && !reported.has(id))).toEqual([]);
      expect(rows.length).toBeGreaterThan(2_500);
      expect(rows.filter((message) => message.fix).length).toBeGreaterThan(500);
      expect(rows.some((message) => message.line > 3_000)).toBe(true);
    }
  }, 60_000);

  it("are walked by ESLint down to each document, and still answer getParent for any node", () => {
    const visited = new Set<string>();
    const parents: unknown[] = [];
    const linter = new Linter({ configType: "flat" });
    const text = '{"methodConfig": [{"name": [{"service": "a.B"}], "timeout": "1s"}]}';
    const messages = linter.verify(
      text,
      [
        {
          files: ["**/*.json"],
          plugins: {
            "grpc-review": plugin as never,
            probe: {
              rules: {
                walk: {
                  create(context) {
                    const sourceCode = context.sourceCode as unknown as { getParent(node: unknown): { type: string; range: [number, number] } | undefined };
                    return {
                      "*"(node: { type: string }) {
                        visited.add(node.type);
                      },
                      ConfigDocument(node: { body: { members: { value: { elements: { members: { name: unknown; value: unknown }[] }[] } }[] } }) {
                        const entry = node.body.members[0]!.value.elements[0]!;
                        for (const child of [entry, entry.members[1]!, entry.members[1]!.name, entry.members[1]!.value]) {
                          const parent = sourceCode.getParent(child);
                          parents.push(parent && [parent.type, text.slice(...parent.range)]);
                        }
                      },
                    };
                  },
                },
              },
            },
          },
          language: "grpc-review/service-config",
          rules: { "probe/walk": "error" },
        },
      ],
      "a.service-config.json",
    );
    expect(messages).toEqual([]);
    expect([...visited].sort()).toEqual(["ConfigDocument", "ConfigFile"]);
    expect(parents).toEqual([
      ["Array", '[{"name": [{"service": "a.B"}], "timeout": "1s"}]'],
      ["Object", '{"name": [{"service": "a.B"}], "timeout": "1s"}'],
      ["Member", '"timeout": "1s"'],
      ["Member", '"timeout": "1s"'],
    ]);
  });
});
