// Differential test: the service-config validator against grpc-js's own (pinned at 1.14.7, whose
// validateServiceConfig lives at an internal path). Thousands of seeded configs, valid and broken,
// must get the same verdict from both.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { findDuplicateKeys, parseJson, validateServiceConfigTree } from "../../src/core/service-config/index.js";
import { lint } from "../helpers/config-lint.js";
import { pick, seededRandom } from "../helpers/seeded-random.js";

const require = createRequire(import.meta.url);
const grpcJs = require("@grpc/grpc-js/build/src/service-config.js") as {
  validateServiceConfig(config: unknown): unknown;
};
const grpcJsVersion = (require("@grpc/grpc-js/package.json") as { version: string }).version;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KEYS = [
  "methodConfig", "name", "service", "method", "timeout", "waitForReady", "maxRequestBytes", "maxResponseBytes",
  "retryPolicy", "hedgingPolicy", "maxAttempts", "initialBackoff", "maxBackoff", "backoffMultiplier",
  "retryableStatusCodes", "hedgingDelay", "nonFatalStatusCodes", "retryThrottling", "maxTokens", "tokenRatio",
  "loadBalancingConfig", "loadBalancingPolicy", "seconds", "nanos", "round_robin", "pick_first",
];

const ODD_VALUES: Json[] = [
  null, true, false, 0, -1, 1, 2, 5, 6, 1.5, 1000, 1001, 0.001, 16, 17, 1e300, "", "x", "1s", "0s", "0.5s",
  "1.000000001s", "1.0000000001s", "1.s", ".5s", "-1s", "1", "1ms", " 1s", "UNAVAILABLE", "unavailable",
  "Unavailable", "14", "OK", "NOT_A_CODE", [], {}, ["UNAVAILABLE"], [14], [17], ["x"], [null], [{}], [[]],
  { seconds: 1, nanos: 0 }, { seconds: "1", nanos: 0 }, { seconds: 1 }, { round_robin: {} }, { a: 1, b: 2 },
  { service: "pkg.S" }, { service: "" }, { method: "M" }, { service: "pkg.S", method: "" }, { service: 1 },
  { service: "pkg.S", method: 2 }, { service: "pkg.S", method: null }, { service: null },
];

function validConfig(random: () => number): { [key: string]: Json } {
  const services = ["pkg.A", "pkg.B", "pkg.C"];
  const methods = ["Get", "List", "Create", ""];
  const methodConfig: Json[] = [];
  const used = new Set<string>();
  const entries = Math.floor(random() * 4);
  for (let i = 0; i < entries; i++) {
    const names: Json[] = [];
    for (let n = 0; n < 1 + Math.floor(random() * 2); n++) {
      const name: { [key: string]: Json } = {};
      if (random() < 0.9) name.service = pick(random, services);
      if (name.service !== undefined && random() < 0.6) name.method = pick(random, methods);
      const key = JSON.stringify([name.service || null, name.method || null]);
      if (used.has(key)) continue;
      used.add(key);
      names.push(name);
    }
    const entry: { [key: string]: Json } = { name: names };
    if (random() < 0.6) entry.timeout = pick(random, ["1s", "30s", "0.250000000s", "60s"]);
    if (random() < 0.2) entry.waitForReady = random() < 0.5;
    if (random() < 0.1) entry.maxRequestBytes = 4194304;
    const roll = random();
    if (roll < 0.5) {
      entry.retryPolicy = {
        maxAttempts: 2 + Math.floor(random() * 4),
        initialBackoff: pick(random, ["0.1s", "1s", "0.05s"]),
        maxBackoff: pick(random, ["1s", "10s", "60s"]),
        backoffMultiplier: pick(random, [1.3, 2, 1]),
        retryableStatusCodes: random() < 0.5 ? ["UNAVAILABLE"] : ["UNAVAILABLE", 4],
      };
    } else if (roll < 0.7) {
      entry.hedgingPolicy = { maxAttempts: 2 + Math.floor(random() * 3), hedgingDelay: "0.5s", nonFatalStatusCodes: ["UNAVAILABLE"] };
    }
    methodConfig.push(entry);
  }
  const config: { [key: string]: Json } = {};
  if (entries > 0 || random() < 0.5) config.methodConfig = methodConfig;
  if (random() < 0.4) config.retryThrottling = { maxTokens: 10, tokenRatio: 0.1 };
  if (random() < 0.3) config.loadBalancingConfig = [{ round_robin: {} }];
  if (random() < 0.1) config.loadBalancingPolicy = "round_robin";
  return config;
}

/** Every container (object or array) in the value, with the path to reach it. */
function containers(value: Json, out: (Json[] | { [key: string]: Json })[] = []): (Json[] | { [key: string]: Json })[] {
  if (value !== null && typeof value === "object") {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

function mutate(random: () => number, config: { [key: string]: Json }): void {
  const target = pick(random, containers(config));
  const replacement = structuredClone(pick(random, ODD_VALUES));
  if (Array.isArray(target)) {
    const roll = random();
    if (target.length > 0 && roll < 0.4) target[Math.floor(random() * target.length)] = replacement;
    else if (target.length > 0 && roll < 0.6) target.splice(Math.floor(random() * target.length), 1);
    else target.push(replacement);
    return;
  }
  const keys = Object.keys(target);
  const roll = random();
  if (keys.length > 0 && roll < 0.5) target[pick(random, keys)] = replacement;
  else if (keys.length > 0 && roll < 0.7) delete target[pick(random, keys)];
  else target[pick(random, KEYS)] = replacement;
}

function grpcJsAccepts(text: string): boolean {
  try {
    grpcJs.validateServiceConfig(JSON.parse(text));
    return true;
  } catch {
    return false;
  }
}

describe("valid-service-config agrees with grpc-js's validateServiceConfig", () => {
  it("runs against the grpc-js version whose internals it mirrors", () => {
    expect(grpcJsVersion).toBe("1.14.7");
  });

  it("on thousands of generated configs, valid and broken", () => {
    const random = seededRandom(20261125);
    const disagreements: string[] = [];
    let accepted = 0;
    let rejected = 0;
    for (let i = 0; i < 6000; i++) {
      const config = validConfig(random);
      const mutations = i % 5 === 0 ? 0 : 1 + Math.floor(random() * 3);
      for (let m = 0; m < mutations; m++) mutate(random, config);
      const text = JSON.stringify(config, null, i % 2 === 0 ? 2 : 0);
      const parsed = parseJson(text);
      if (!parsed.ok) throw new Error(`generated text does not parse: ${text}`);
      const tree = parsed.documents[0]!.body;
      // Duplicate keys are this tool's own finding (JSON.parse keeps the last); they stay out of the comparison.
      if (findDuplicateKeys(tree).length > 0) continue;
      const ours = !validateServiceConfigTree(tree).some((problem) => problem.kind === "rejected");
      const theirs = grpcJsAccepts(text);
      if (theirs) accepted++;
      else rejected++;
      if (ours !== theirs && disagreements.length < 5) disagreements.push(`${theirs ? "grpc-js accepts" : "grpc-js rejects"}: ${text}`);
      // Every 25th config also goes through the rule in ESLint, as a file and inlined in TypeScript.
      if (i % 25 === 0) {
        const asFile = lint(text, "generated.service-config.json", ["valid-service-config"]);
        const inline = lint(`const o = { "grpc.service_config": ${JSON.stringify(text)} };`, "generated.ts", ["valid-service-config"]);
        for (const messages of [asFile, inline]) {
          const rejected = messages.some((message) => message.messageId === "rejected");
          if (rejected === theirs && disagreements.length < 5) disagreements.push(`rule ${rejected ? "rejects" : "accepts"}: ${text}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    // Both verdicts must be well represented, or the comparison proves little.
    expect(accepted).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(1000);
  });
});
