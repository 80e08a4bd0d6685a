/**
 * `grpc-review report`: the model of examples/ (JSON against its schema, the call graph across
 * modules, the checklist), the Markdown against its stored file, and bad input.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { renderHtml, type ReportModel } from "../../src/report/index.js";
import { runCli, tempProject } from "../helpers/cli.js";
import { EXAMPLES_VERDICTS } from "./expected.js";

const ROOT = resolve(import.meta.dirname, "../..");
const EXPECTED_MARKDOWN = join(import.meta.dirname, "examples.expected.md");


async function reportJson(args: string[], cwd: string): Promise<ReportModel> {
  const run = await runCli(["report", "--format", "json", ...args], cwd);
  expect(run.stderr).not.toMatch(/grpc-review report:/);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as ReportModel;
}

describe("grpc-review report on examples/", () => {
  let model: ReportModel;

  it("writes JSON that the documented schema accepts", async () => {
    model = await reportJson(["examples/"], ROOT);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "docs/report.schema.json"), "utf8")));
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(model.schemaVersion).toBe(1);
  });

  it("has every proto method once, and the review's findings", async () => {
    const review = await runCli(["--format", "json", "examples/"], ROOT);
    const results = JSON.parse(review.stdout) as Array<{ messages: unknown[] }>;
    const reviewCount = results.reduce((sum, result) => sum + result.messages.length, 0);
    expect(model.findings).toHaveLength(reviewCount);
    expect(model.summary.findings.error + model.summary.findings.warning).toBe(reviewCount);
    const ids = model.services.flatMap((service) => service.methods.map((method) => method.id));
    expect(ids).toContain("shop.orders.v1.Orders/PlaceOrder");
    expect(ids).toContain("shop.inventory.v1.Inventory/Reserve");
    expect(new Set(ids).size).toBe(ids.length);
    expect(model.unresolved).toEqual([]);
  });

  it("follows handlers through helpers in other modules, with deadline propagation per edge", () => {
    const edge = (from: string, to: string) => model.graph.edges.find((each) => each.from === from && each.to === to);
    // reserveStock(call, ...) hands the call on as `parent`.
    expect(edge("shop.orders.v1.Orders/PlaceOrder", "shop.inventory.v1.Inventory/Reserve")).toMatchObject({ propagation: "propagated", via: ["reserveStock"] });
    // charge(...) and lookupOrder(...) are not given the call: their calls start clocks of their own.
    expect(edge("shop.orders.v1.Orders/PlaceOrder", "shop.payments.v1.Payments/Charge")).toMatchObject({ propagation: "not-propagated", via: ["charge"] });
    expect(edge("shop.inventory.v1.Inventory/Reserve", "shop.orders.v1.Orders/GetOrder")).toMatchObject({ propagation: "not-propagated", via: ["lookupOrder"] });
    // Direct calls inside handlers keep the lint pass's verdict.
    expect(edge("routeguide.RouteGuide/RecordRoute", "routeguide.RouteGuide/GetFeature")).toMatchObject({ propagation: "propagated", via: [] });
    expect(edge("routeguide.RouteGuide/ListFeatures", "routeguide.RouteGuide/ListFeatures")).toMatchObject({ propagation: "not-propagated" });
  });

  it("links policy, browser exposure and findings to methods", () => {
    const method = (id: string) => model.services.flatMap((service) => service.methods).find((each) => each.id === id)!;
    expect(method("shop.payments.v1.Payments/Charge").policy).toMatchObject({ retrySafe: false, throttling: false, timeoutSeconds: 0.5 });
    expect(method("shop.orders.v1.Orders/PlaceOrder").policy).toMatchObject({ retrySafe: true, throttling: true });
    expect(method("shop.orders.v1.Orders/PlaceOrder").requestIdField).toBe("request_id");
    expect(method("shop.orders.v1.Orders/WatchOrder").browser).toBe(true);
    expect(method("shop.orders.v1.Orders/PlaceOrder").handlers).toEqual(["examples/shop/orders-server.ts:15:3"]);
    const missing = model.findings.find((finding) => finding.ruleId === "grpc-review/require-deadline" && finding.line === 14)!;
    expect(missing.method).toBe("shop.payments.v1.Payments/GetPayment");
    expect(method("shop.payments.v1.Payments/GetPayment").findings).toContain(missing.id);
  });

  it("answers the eleven checklist items", () => {
    expect(model.checklist.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(Object.fromEntries(model.checklist.map((item) => [item.id, item.verdict]))).toEqual(EXAMPLES_VERDICTS);
    for (const item of model.checklist) expect(item.evidence.length).toBeGreaterThan(0);
  });

  it("draws the graph up to its size limit, then lists the edges instead", () => {
    expect(renderHtml(model)).toContain('<svg xmlns="http://www.w3.org/2000/svg" id="call-graph"');
    const nodes = Array.from({ length: 450 }, (_, index) => ({ id: `s.S/M${index}`, kind: "method" as const, label: `M${index}`, group: "s.S", browser: false }));
    const edges = nodes.slice(1).map((node, index) => ({ from: nodes[index]!.id, to: node.id, propagation: "unknown" as const, bounded: true, callSite: `a.ts:${index}:1`, via: [] }));
    const html = renderHtml({ ...model, graph: { ...model.graph, nodes, edges } });
    expect(html).not.toContain('id="call-graph"');
    expect(html).toContain('id="graph-fallback"');
    expect(html).toContain("s.S/M449");
  });

  it("writes the stored Markdown", async () => {
    const run = await runCli(["report", "--format", "markdown", "examples/"], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(EXPECTED_MARKDOWN, "utf8"));
  });
});

describe("grpc-review report on bad input", () => {
  it("renders protos without TypeScript, saying there are no call sites", async () => {
    const root = tempProject({ "a.proto": 'syntax = "proto3";\npackage p;\nservice S { rpc GetA(Req) returns (Req); }\nmessage Req { string id = 1; }\n' });
    const model = await reportJson(["."], root);
    expect(model.summary.methods).toBe(1);
    expect(model.checklist.find((item) => item.id === "deadlines")!.verdict).toBe("not-applicable");
    expect(model.notes.join(" ")).toMatch(/no TypeScript file/);
  });

  it("renders TypeScript without protos, dynamic method names and call-graph cycles, saying what it could not resolve", async () => {
    const root = tempProject({
      "client.ts": [
        'import * as grpc from "@grpc/grpc-js";',
        "const client = new grpc.Client(\"dns:///x:1\", grpc.credentials.createInsecure());",
        "export function pingByName(name: string) {",
        "  client.makeUnaryRequest(name, (x: unknown) => x as Buffer, (x: Buffer) => x, {}, { deadline: Date.now() + 1000 }, () => undefined);",
        "}",
        'export function a(n: number): void { if (n > 0) b(n - 1); client.makeUnaryRequest("/p.S/Ping", (x: unknown) => x as Buffer, (x: Buffer) => x, {}, () => undefined); }',
        "export function b(n: number): void { a(n); }",
        "const server = new grpc.Server();",
        // The implementation names a function declared elsewhere in the file.
        "function ping(call: any, callback: any) { a(1); callback(null, {}); }",
        "server.addService({} as grpc.ServiceDefinition, { ping });",
      ].join("\n"),
    });
    const model = await reportJson(["."], root);
    expect(model.summary.services).toBe(0);
    expect(model.notes.join(" ")).toMatch(/no \.proto file/);
    expect(model.unresolved.map((entry) => entry.kind)).toContain("call-site");
    expect(model.unresolved.some((entry) => /no proto declares/.test(entry.detail))).toBe(true);
    expect(model.handlers.map((handler) => handler.methodName)).toEqual(["ping"]);
    // ping → a → b → a: the cycle is cut, and the handler still reaches the call in a.
    expect(model.graph.cyclesCut).toBeGreaterThan(0);
    expect(model.graph.edges.some((edge) => edge.via.includes("a") && edge.propagation === "not-propagated")).toBe(true);
  });

  it("renders 10,000 methods (Markdown caps its tables)", async () => {
    const services: string[] = [];
    for (let s = 0; s < 100; s++) {
      const methods = Array.from({ length: 100 }, (_, m) => `  rpc Get${m}(Req) returns (Req);`).join("\n");
      services.push(`service S${s} {\n${methods}\n}`);
    }
    const root = tempProject({ "big.proto": `syntax = "proto3";\npackage big;\nmessage Req { string id = 1; }\n${services.join("\n")}\n` });
    const run = await runCli(["report", "--format", "markdown", "."], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\| 100 \| 10000 \|/);
    expect(run.stdout).toMatch(/9700 more methods are in the JSON and HTML reports/);
    const html = await runCli(["report", "."], root);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain("10000 methods with no calls in or out are folded into one node per service");
  });

  it("writes -o atomically and refuses unknown formats", async () => {
    const root = tempProject({ "a.proto": 'syntax = "proto3";\npackage p;\nservice S { rpc GetA(Req) returns (Req); }\nmessage Req { string id = 1; }\n' });
    const run = await runCli(["report", "-f", "markdown", "-o", "out/report.md", "."], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(readFileSync(join(root, "out/report.md"), "utf8")).toMatch(/^# gRPC design review/);
    expect(readdirSync(join(root, "out"))).toEqual(["report.md"]);
    const bad = await runCli(["report", "--format", "pdf", "."], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of html, markdown, json/);
    expect(existsSync(join(root, "report.html"))).toBe(false);
  });
});
