/**
 * The one gateway from ESLint into core: a rule context becomes what core needs of the file being
 * linted (its source code, parser services when the file is typed, the project settings). Core
 * modules take a `FileContext`, never a rule context, and "is this file typed?" is decided here.
 */
import type { ParserServicesWithTypeInformation, TSESLint } from "@typescript-eslint/utils";
import { readSettings, type GrpcReviewSettings } from "../../util/settings.js";

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

const contexts = new WeakMap<object, FileContext>();

export function fileContext(context: RuleContextLike): FileContext {
  const cached = contexts.get(context.sourceCode);
  if (cached) return cached;
  // Read directly: getParserServices throws under parsers that give no services at all (espree),
  // and typescript-eslint without a project gives services with no program.
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  const typed = services?.program && services.esTreeNodeToTSNodeMap ? (services as ParserServicesWithTypeInformation) : undefined;
  const file: FileContext = { sourceCode: context.sourceCode, services: typed, settings: readSettings(context), cwd: context.cwd ?? process.cwd(), filename: context.filename ?? "file.ts" };
  contexts.set(context.sourceCode, file);
  return file;
}
