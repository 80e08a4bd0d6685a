import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./recognize.js";

// The deadline fixtures are meant to be real code against the real libraries' types: a fixture
// that stops compiling (a library changed shape) would test a rule on code nobody can write.
describe("deadline fixtures", () => {
  it("type-check against @grpc/grpc-js, @connectrpc/connect v1 and v2, and nice-grpc", () => {
    const configPath = join(FIXTURES, "tsconfig.json");
    const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error("fixtures/tsconfig.json does not parse");
    const ours = /[\\/]fixtures[\\/](?:require-deadline|no-relative-deadline|generated-clients|connect-v1)[\\/]/;
    const rootNames = config.fileNames.filter((file) => ours.test(file) && !file.includes("node_modules"));
    expect(rootNames.length).toBeGreaterThan(10);
    const program = ts.createProgram({ rootNames, options: config.options });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });
});
