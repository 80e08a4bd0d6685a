import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import tsParser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { fileContext } from "../../src/core/syntax/file-context.js";
import { grpcAnalysis } from "../../src/core/calls/grpc-calls.js";

export const FIXTURES = resolve(import.meta.dirname, "../../fixtures");

export interface SeenCall {
  line: number;
  library: string;
  method: string;
  callType?: string;
  optionsIndex?: number;
  options?: string;
  optionsUncertain: boolean;
  recognizedBy: string;
  kind?: string;
}

/** Runs call recognition over `code` and lists every call it recognizes, in source order. */
export function recognize(code: string, options: { typedFile?: string } = {}): SeenCall[] {
  const seen: SeenCall[] = [];
  const probe = {
    create(context: never) {
      const analysis = grpcAnalysis(fileContext(context));
      if (!analysis) return {};
      return {
        CallExpression(node: TSESTree.CallExpression) {
          const call = analysis.recognizeCall(node);
          if (!call) return;
          const src = (context as { sourceCode: { getText(n: unknown): string } }).sourceCode;
          seen.push({
            line: node.loc.start.line,
            library: call.library,
            method: call.method,
            callType: call.callType,
            optionsIndex: call.optionsIndex,
            options: call.options ? src.getText(call.options) : undefined,
            optionsUncertain: call.optionsUncertain,
            recognizedBy: call.recognizedBy,
            kind: call.construction?.kind,
          });
        },
      };
    },
  };
  const linter = new Linter({ configType: "flat" });
  const filename = options.typedFile ?? "file.ts";
  const parserOptions = options.typedFile ? { projectService: true, tsconfigRootDir: FIXTURES } : {};
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts"],
        plugins: { probe: { rules: { calls: probe as never } } },
        languageOptions: { parser: tsParser as never, parserOptions },
        rules: { "probe/calls": "error" },
      },
    ],
    filename,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${filename}: ${fatal.message}`);
  return seen;
}

export interface SeenConstruction {
  line: number;
  library: string;
  kind: string;
  target?: string;
}

/** Every client construction (`new ...`, `create...(...)`) in a typed fixture. */
export function constructionsIn(relativePath: string): SeenConstruction[] {
  const file = join(FIXTURES, relativePath);
  const seen: SeenConstruction[] = [];
  const probe = {
    create(context: never) {
      const analysis = grpcAnalysis(fileContext(context));
      if (!analysis) return {};
      const src = (context as { sourceCode: { getText(n: unknown): string } }).sourceCode;
      const visit = (node: TSESTree.NewExpression | TSESTree.CallExpression) => {
        const found = analysis.construction(node);
        if (!found) return;
        seen.push({
          line: node.loc.start.line,
          library: found.library,
          kind: found.kind,
          ...(found.library === "grpc-js" && found.target ? { target: src.getText(found.target) } : {}),
        });
      };
      return { NewExpression: visit, CallExpression: visit };
    },
  };
  const messages = new Linter({ configType: "flat" }).verify(
    readFileSync(file, "utf8"),
    [
      {
        files: ["**/*.ts"],
        plugins: { probe: { rules: { constructions: probe as never } } },
        languageOptions: { parser: tsParser as never, parserOptions: { projectService: true, tsconfigRootDir: FIXTURES } },
        rules: { "probe/constructions": "error" },
      },
    ],
    file,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${file}: ${fatal.message}`);
  return seen;
}

export function recognizeFixture(relativePath: string): SeenCall[] {
  const file = join(FIXTURES, relativePath);
  return recognize(readFileSync(file, "utf8"), { typedFile: file });
}
