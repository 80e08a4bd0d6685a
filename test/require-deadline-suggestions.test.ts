import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import tsParser from "@typescript-eslint/parser";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { FIXTURES } from "./helpers/fixture-case.js";

// The fixtures whose reports carry addDeadline suggestions, against the real library typings.
const FILES = [
  "require-deadline/grpc-js-typed.ts",
  "require-deadline/grpc-js-untyped.ts",
  "require-deadline/connect-v2.ts",
  "require-deadline/nice-grpc.ts",
  "require-deadline/protobuf-ts-clients.ts",
  "require-deadline/clients-held.ts",
  "require-deadline/clients-passed.ts",
  "require-deadline/clients-wrapped.ts",
  "require-deadline/sdk-wrapped-connect.ts",
];

function compilerOptions(): ts.CompilerOptions {
  const tsconfig = join(FIXTURES, "tsconfig.json");
  const read = ts.readConfigFile(tsconfig, (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, FIXTURES, undefined, tsconfig).options;
}

/** Type errors in the files, each holding the given text instead of what is on disk. */
function typeErrors(texts: Map<string, string>, options: ts.CompilerOptions): string[] {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError, create) => {
    const text = texts.get(name);
    return text === undefined ? getSourceFile(name, language, onError, create) : ts.createSourceFile(name, text, language, true);
  };
  const program = ts.createProgram([...texts.keys()], options, host);
  return [...texts.keys()].flatMap((file) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((diagnostic) => `${file}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`),
  );
}

describe("require-deadline suggestions", () => {
  it("leave the typed fixtures compiling against the libraries' typings", async () => {
    const eslint = new ESLint({
      cwd: FIXTURES,
      overrideConfigFile: true,
      ignore: false,
      overrideConfig: [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: FIXTURES } },
          plugins: { "grpc-review": plugin as unknown as ESLint.Plugin },
          rules: { "grpc-review/require-deadline": "error" },
        },
      ],
    });
    const originals = new Map<string, string>();
    const edited = new Map<string, string>();
    let suggestions = 0;
    for (const result of await eslint.lintFiles(FILES.map((file) => join(FIXTURES, file)))) {
      const original = readFileSync(result.filePath, "utf8");
      originals.set(result.filePath, original);
      // The edits of one file never overlap: applied from the end, all of them at once.
      const fixes = result.messages.flatMap((message) => message.suggestions?.map((suggestion) => suggestion.fix) ?? []).sort((a, b) => b.range[0] - a.range[0]);
      suggestions += fixes.length;
      let text = original;
      for (const fix of fixes) text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
      edited.set(result.filePath, text);
    }
    expect(suggestions).toBeGreaterThan(30);
    const options = compilerOptions();
    expect(typeErrors(originals, options)).toEqual([]);
    expect(typeErrors(edited, options)).toEqual([]);
  });
});
