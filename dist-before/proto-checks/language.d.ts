import type { Language } from "@eslint/core";
import type { ProtoFile, ProtoNode } from "./ast.js";
import { ProtoSourceCode } from "./source-code.js";
export type ProtoLanguageOptions = Record<string, never>;
/**
 * The `grpc-review/proto` ESLint language. A file with syntax errors yields one fatal message per
 * error (the parser recovers, so all of them at once) and no rule runs on it.
 */
export declare const protoLanguage: Language<{
    LangOptions: ProtoLanguageOptions;
    Code: ProtoSourceCode;
    RootNode: ProtoFile;
    Node: ProtoNode;
}>;
