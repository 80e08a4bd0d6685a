import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

// Every rule, on every input it reads, over code no rule was written for: a rule that throws
// aborts ESLint's whole run, so this asserts the run finishes and reports only findings.
const ODD_TYPESCRIPT = [
  "const m = 'GetUser'; declare const client: any; client[m](req, cb); client?.[m]?.({});",
  "declare const c: any; const { GetUser } = c; GetUser({}, () => {}); c.GetUser?.(...[]);",
  "declare const x: any; x.write(...x); for (;;) x.write(); while (x) { x.on('data', x.push); }",
  "function* gen(call: any) { yield* call; for (const m of call) call.write(m); }",
  "async function f(s: any) { for await (const m of s as AsyncIterable<unknown>) { [].push(m as never); } }",
  "import * as grpc from '@grpc/grpc-js'; const C = grpc.makeGenericClientConstructor({}, 'x'); new C(process.env.T ?? `${1}`, grpc.credentials.createInsecure(), { ...(undefined as any) });",
  "import * as grpc from '@grpc/grpc-js'; new grpc.Channel(undefined as any, null as any, { 'grpc.service_config': `${'{'}` });",
  "const o = { ['grpc.service_config']: JSON.stringify(undefined) }; const p = { 'grpc.service_config': 42 };",
  "class S { [k: string]: any } new S().Charge({}, { deadline: new S() });",
  "export default (call: any, callback: any) => { call.on?.('data'); callback?.(null); };",
];

const ODD_PROTO = [
  "",
  "syntax = \"proto3\"; message A { int32 a = 1; message { } } service S { rpc ( ) returns ; }",
  "message M { oneof o { } map<,> m = ; reserved 1 to ; extensions max; } enum E { option allow_alias = ; }",
  "\u0000\u0001\u0002 message \uFFFF {",
  "message A { message B { message C { group G = 1 { } } } } extend { } option (x).y = { a: [ }",
];

const ODD_CONFIGS: [string, string][] = [
  ["a.json", "{\"methodConfig\": [null, 1, \"x\", {\"name\": 3, \"retryPolicy\": []}]}"],
  ["b.json", "{\"methodConfig\": [{\"name\": [{}], \"hedgingPolicy\": {\"maxAttempts\": \"x\"}, \"timeout\": {}}], \"retryThrottling\": null}"],
  ["c.yaml", "methodConfig:\n  - name: [{service: ~}]\n    retryPolicy: {retryableStatusCodes: [1e99, -1, true]}\n---\n- x\n"],
  ["d.yaml", "loadBalancingConfig: &a [*a]\n"],
];

function allRulesOn(kind: "typescript" | "proto" | "service-config", typed: boolean): ESLint {
  const blocks = plugin.configs.all.filter((block) => block.name?.endsWith(`/${kind}`) || block.name?.endsWith(`/${kind}-parser`));
  expect(blocks.length).toBeGreaterThan(0);
  const fixtures = join(import.meta.dirname, "../fixtures");
  return new ESLint({
    cwd: fixtures,
    overrideConfigFile: true,
    overrideConfig: [
      ...blocks.map((block) => ({ ...block, files: kind === "service-config" ? ["**/*.json", "**/*.yaml"] : block.files })),
      ...(typed ? [{ files: ["**/*.ts"], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtures } } }] : []),
    ],
  });
}

describe("no rule throws on odd input", () => {
  it.each([false, true])("TypeScript (typed: %s)", async (typed) => {
    const eslint = allRulesOn("typescript", typed);
    for (const [index, code] of ODD_TYPESCRIPT.entries()) {
      // Typed runs need a file the fixtures tsconfig covers; the text replaces its content in memory.
      const filePath = join(import.meta.dirname, "../fixtures", typed ? "require-deadline/not-grpc.ts" : `odd-${index}.ts`);
      const [result] = await eslint.lintText(code, { filePath });
      expect(result!.messages.filter((message) => message.fatal), code).toEqual([]);
    }
  });

  it("proto", async () => {
    const eslint = allRulesOn("proto", false);
    for (const code of ODD_PROTO) {
      const [result] = await eslint.lintText(code, { filePath: join(import.meta.dirname, "../fixtures/odd.proto") });
      expect(result!.messages.every((message) => message.line >= 1), code).toBe(true);
    }
  });

  it("service configs", async () => {
    const eslint = allRulesOn("service-config", false);
    for (const [name, code] of ODD_CONFIGS) {
      const [result] = await eslint.lintText(code, { filePath: join(import.meta.dirname, "../fixtures", name) });
      expect(result!.messages.every((message) => message.line >= 1), name).toBe(true);
    }
  });
});
