/**
 * The one gateway from ESLint into core: a rule context becomes what core needs of the file being
 * linted (its source code, parser services when the file is typed, the project settings). Core
 * modules take a `FileContext`, never a rule context, and "is this file typed?" is decided here.
 */
import type { ParserServicesWithTypeInformation, TSESLint } from "@typescript-eslint/utils";
import { type GrpcReviewSettings } from "../../util/settings.js";
export interface FileContext {
    readonly sourceCode: Readonly<TSESLint.SourceCode>;
    /** Parser services with a program; undefined when the file is linted without types. */
    readonly services: ParserServicesWithTypeInformation | undefined;
    readonly settings: GrpcReviewSettings;
    readonly cwd: string;
    /** The linted file's name (decides how a file is parsed when it has to be parsed again). */
    readonly filename: string;
}
/** The parts of an ESLint rule context the gateway reads (any rule's context has them). */
export interface RuleContextLike {
    readonly sourceCode: Readonly<TSESLint.SourceCode>;
    readonly settings?: Record<string, unknown>;
    readonly cwd?: string;
    readonly filename?: string;
}
export declare function fileContext(context: RuleContextLike): FileContext;
