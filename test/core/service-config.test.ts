import { describe, expect, it } from "vitest";
import {
  attemptsThatFit,
  buildServiceConfig,
  durationSeconds,
  findDuplicateKeys,
  GRPC_JS_JITTER,
  isServiceConfigDocument,
  misreadTimeout,
  parseJson,
  parseYaml,
  toPlainValue,
  validateServiceConfigTree,
  type ValueNode,
} from "../../src/core/service-config/index.js";
import { NEVER_RETRY, RETRY_ONLY_IF_IDEMPOTENT, STATUS_CODES, statusCodeName } from "../../src/core/policy/status-codes.js";

function tree(text: string): ValueNode {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.documents[0]!.body;
}

describe("status codes", () => {
  it("reads names case-insensitively and numbers 0-16, like grpc-js", () => {
    expect(statusCodeName("UNAVAILABLE")).toBe("UNAVAILABLE");
    expect(statusCodeName("unavailable")).toBe("UNAVAILABLE");
    expect(statusCodeName(14)).toBe("UNAVAILABLE");
    expect(statusCodeName("14")).toBeUndefined();
    expect(statusCodeName(17)).toBeUndefined();
    expect(statusCodeName(1.5)).toBeUndefined();
    expect(statusCodeName("toString")).toBeUndefined();
  });

  it("keeps the never-retry and idempotent-only sets apart and complete", () => {
    expect(NEVER_RETRY.size + RETRY_ONLY_IF_IDEMPOTENT.size + 1).toBe(Object.keys(STATUS_CODES).length);
    for (const code of NEVER_RETRY) expect(RETRY_ONLY_IF_IDEMPOTENT.has(code)).toBe(false);
    expect(NEVER_RETRY.has("UNAVAILABLE") || RETRY_ONLY_IF_IDEMPOTENT.has("UNAVAILABLE")).toBe(false);
  });
});

describe("parsing", () => {
  it("gives JSON nodes 1-based lines and columns", () => {
    const root = tree('{\n  "methodConfig": [\n    { "timeout": "1s" }\n  ]\n}');
    const timeout = root.type === "Object" ? root.members[0]!.value : undefined;
    expect(timeout?.loc.start).toEqual({ line: 2, column: 19 });
  });

  it("refuses what JSON.parse refuses, with a position", () => {
    for (const text of ["{ methodConfig: [] }", '{ "a": 1, }', "{ 'a': 1 }", '{ "a": 1 } // c', ""]) {
      const parsed = parseJson(text);
      expect(parsed.ok, text).toBe(false);
      expect(() => JSON.parse(text), text).toThrow();
    }
    const parsed = parseJson('{\n  "a": 1,\n}');
    expect(parsed).toMatchObject({ ok: false, error: { line: 3, column: 1 } });
  });

  it("keeps duplicate keys for reporting and reads the last, as JSON.parse does", () => {
    const root = tree('{ "a": 1, "b": { "c": 1, "c": 2 }, "a": 3 }');
    expect(findDuplicateKeys(root).map((d) => [d.name.value, d.firstName.loc.start.column, d.name.loc.start.column])).toEqual([
      ["c", 18, 26],
      ["a", 3, 36],
    ]);
    expect(toPlainValue(root)).toEqual(JSON.parse('{ "a": 1, "b": { "c": 1, "c": 2 }, "a": 3 }'));
  });

  it("reads every document of a YAML stream and skips empty ones", () => {
    const parsed = parseYaml("methodConfig: []\n---\n---\nretryThrottling: { maxTokens: 1, tokenRatio: 1 }\n");
    expect(parsed.ok && parsed.documents.map((d) => toPlainValue(d.body))).toEqual([
      { methodConfig: [] },
      { retryThrottling: { maxTokens: 1, tokenRatio: 1 } },
    ]);
  });

  it("applies YAML merge keys, with the keys written in place winning", () => {
    const parsed = parseYaml("base: &retry { maxAttempts: 3, initialBackoff: 0.1s }\nmethodConfig:\n  - retryPolicy:\n      <<: *retry\n      maxAttempts: 4\n");
    const plain = parsed.ok ? (toPlainValue(parsed.documents[0]!.body) as { methodConfig: unknown[] }) : undefined;
    expect(plain?.methodConfig).toEqual([{ retryPolicy: { maxAttempts: 4, initialBackoff: "0.1s" } }]);
    expect(parsed.ok && findDuplicateKeys(parsed.documents[0]!.body)).toEqual([]);
  });

  it("reports YAML syntax errors with a position, duplicate keys included as data", () => {
    expect(parseYaml("a: [1,\n")).toMatchObject({ ok: false });
    const parsed = parseYaml("a: 1\na: 2\n");
    expect(parsed.ok && findDuplicateKeys(parsed.documents[0]!.body)[0]?.name.loc.start).toEqual({ line: 2, column: 1 });
  });
});

describe("the model", () => {
  it("reads names as grpc-js does: an empty service is the channel-wide default", () => {
    const config = buildServiceConfig(
      tree('{ "methodConfig": [{ "name": [{ "service": "" }, { "service": "a.B", "method": "" }, { "service": "a.B", "method": "C" }] }] }'),
    );
    expect(config.methodConfigs[0]!.names.map(({ service, method }) => ({ service, method }))).toEqual([
      { service: undefined, method: undefined },
      { service: "a.B", method: undefined },
      { service: "a.B", method: "C" },
    ]);
  });

  it("reads policies, timeouts and status codes by name or number", () => {
    const config = buildServiceConfig(
      tree('{ "methodConfig": [{ "name": [{}], "timeout": "1.5s", "retryPolicy": { "maxAttempts": 3, "initialBackoff": "0.1s", "maxBackoff": "1s", "backoffMultiplier": 2, "retryableStatusCodes": ["unavailable", 4, "x"] } }], "loadBalancingConfig": [{ "round_robin": {} }] }'),
    );
    const entry = config.methodConfigs[0]!;
    expect(entry.timeout?.seconds).toBe(1.5);
    expect(entry.retryPolicy).toMatchObject({ maxAttempts: 3, initialBackoff: 0.1, maxBackoff: 1, backoffMultiplier: 2 });
    expect(entry.retryPolicy?.statusCodes.map((code) => code.name)).toEqual(["UNAVAILABLE", "DEADLINE_EXCEEDED", undefined]);
    expect(config.loadBalancingConfig?.policies.map((p) => p.name)).toEqual(["round_robin"]);
  });

  it("tolerates any shape", () => {
    for (const text of ["[]", "null", '"x"', '{ "methodConfig": {} }', '{ "methodConfig": [null, 1, [], { "name": 3, "retryPolicy": [] }] }']) {
      // Method configs read their fields when asked: ask for every one.
      const read = () => buildServiceConfig(tree(text)).methodConfigs.map((entry) => [entry.names, entry.timeout, entry.waitForReady, entry.maxRequestBytes, entry.maxResponseBytes, entry.retryPolicy, entry.hedgingPolicy]);
      expect(read, text).not.toThrow();
    }
  });
});

describe("durations", () => {
  it("accepts grpc-js's syntax only", () => {
    expect(durationSeconds("1.25s")).toBe(1.25);
    expect(durationSeconds("0s")).toBe(0);
    for (const text of ["1", "1ms", "-1s", ".5s", "1.s", "1.0000000001s", " 1s"]) expect(durationSeconds(text), text).toBeUndefined();
  });

  it("knows how grpc-js 1.14 misreads fractional timeouts", () => {
    expect(misreadTimeout("0.5s")).toEqual({ meant: 0.5, read: 5e-9 });
    expect(misreadTimeout("1.25s")).toEqual({ meant: 1.25, read: 1.000000025 });
    expect(misreadTimeout("0.500000000s")).toBeUndefined();
    expect(misreadTimeout("30s")).toBeUndefined();
    expect(misreadTimeout("1.0s")).toBeUndefined();
  });
});

describe("validation labels", () => {
  // Each rule reports one label: rejected (valid-service-config), changed (no-silent-service-config-change),
  // misreadTimeout (no-misread-timeout).
  it("labels what grpc-js throws on, what it changes, and the misread timeout apart", () => {
    const problems = validateServiceConfigTree(
      tree(
        '{ "methodConfig": [{ "name": [{}], "timeout": "0.5s", "retryPolicy": { "maxAttempts": 9 } }, { "name": [{ "service": "a.B" }], "timeout": "1ms" }], "loadBalancingPolicy": "round_robin" }',
      ),
    );
    expect(problems.map(({ kind, message }) => [kind, message.slice(0, 40)])).toEqual([
      ["changed", "`loadBalancingPolicy` is ignored and cal"],
      ["misreadTimeout", 'version 1.14 reads timeout "0.5s" as 5 n'],
      ["rejected", "`retryPolicy` lacks `initialBackoff`, `m"],
      ["changed", "`maxAttempts` is capped at 5, so 9 means"],
      ["rejected", '`timeout` must be a duration string like'],
    ]);
  });
});

describe("retry schedules", () => {
  const retry = (initialBackoff: number, maxBackoff: number, backoffMultiplier: number) =>
    buildServiceConfig(
      tree(JSON.stringify({ methodConfig: [{ name: [{}], retryPolicy: { maxAttempts: 5, initialBackoff: `${initialBackoff}s`, maxBackoff: `${maxBackoff}s`, backoffMultiplier, retryableStatusCodes: [14] } }] })),
    ).methodConfigs[0]!.retryPolicy!;

  it("counts the attempts that start before the deadline, on average", () => {
    // Starts: 1, 3, 7, 15 s.
    expect(attemptsThatFit(retry(1, 100, 2), 5, 7)).toEqual({ fit: 3, firstLateStart: 7 });
    expect(attemptsThatFit(retry(1, 100, 2), 5, 15.5)).toBeUndefined();
    expect(attemptsThatFit(retry(1, 1, 2), 5, 4.1)).toBeUndefined();
  });

  it("can use the most favourable jitter instead", () => {
    // Earliest starts: 0.8, 2.4, 5.6, 12 s.
    expect(attemptsThatFit(retry(1, 100, 2), 5, 6, GRPC_JS_JITTER.min)).toEqual({ fit: 4, firstLateStart: expect.closeTo(12, 9) });
    expect(attemptsThatFit(retry(1, 100, 2), 5, 13, GRPC_JS_JITTER.min)).toBeUndefined();
  });
});

describe("isServiceConfigDocument", () => {
  it("recognizes service configs by their top-level keys, in JSON and YAML", () => {
    expect(isServiceConfigDocument('{ "methodConfig": [] }', "a.json")).toBe(true);
    expect(isServiceConfigDocument('{ "loadBalancingConfig": [{ "round_robin": {} }] }', "a.json")).toBe(true);
    expect(isServiceConfigDocument("retryThrottling:\n  maxTokens: 10\n", "a.yaml")).toBe(true);
    expect(isServiceConfigDocument("kind: Deployment\n---\nloadBalancingPolicy: round_robin\n", "b.yml")).toBe(true);
  });

  it("ignores other documents, and the keys when nested", () => {
    expect(isServiceConfigDocument('{ "name": "pkg", "version": "1.0.0" }', "package.json")).toBe(false);
    expect(isServiceConfigDocument('{ "grpc": { "methodConfig": [] } }', "a.json")).toBe(false);
    expect(isServiceConfigDocument("grpc:\n  methodConfig: []\n", "a.yaml")).toBe(false);
    expect(isServiceConfigDocument('["methodConfig"]', "a.json")).toBe(false);
  });

  it("takes a broken config, so that its syntax error is reported", () => {
    expect(isServiceConfigDocument('{ "methodConfig": [], }', "a.json")).toBe(true);
    expect(isServiceConfigDocument("methodConfig: [\n", "a.yaml")).toBe(true);
    expect(isServiceConfigDocument("{ broken", "a.json")).toBe(false);
  });

  it("does not expand YAML alias bombs", () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(",")}]`);
    expect(isServiceConfigDocument(`${levels.join("\n")}\nmethodConfig: []\n`, "bomb.yaml")).toBe(true);
  });
});
