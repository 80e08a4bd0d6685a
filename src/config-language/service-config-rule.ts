import type { LanguageOptions, RuleContext, RuleContextTypeOptions, RuleVisitor, SourceCode } from "@eslint/core";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { buildServiceConfig, type ConfigFormat, type ServiceConfig, type TreeNode, type ValueNode, validateServiceConfigTree, type ConfigProblem, type ConfigProblemKind } from "../core/service-config/index.js";
import type { ConfigDocumentNode, ConfigFileNode } from "./ast.js";
import type { ConfigEdit } from "./config-edits.js";
import { extractInlineConfig, isServiceConfigKey, type InlineServiceConfig } from "./inline-typescript.js";

/** One service config a rule checks: a document of a config file, or a config inlined in TypeScript. */
export interface ServiceConfigTarget<MessageIds extends string = string> {
  config: ServiceConfig;
  tree: ValueNode;
  /** Where the config came from: a config file, or a `grpc.service_config` channel option in TypeScript. */
  origin: "file" | "inline";
  /** JSON or YAML: the syntax edits must be written in (inline configs are JSON). */
  format: ConfigFormat;
  /** The text the tree's ranges index into; edits are given in the same coordinates. */
  text: string;
  /** Reports at a node of the config; positions land in the file being linted (the TS line for inline configs). */
  report: (node: TreeNode, messageId: MessageIds, data?: Record<string, string | number>, edits?: ConfigReportEdits<MessageIds>) => void;
  /** Reports each problem of one kind that grpc-js would have with the config, as `{{detail}}` of the message. */
  reportProblems: (kind: ConfigProblemKind, messageId: MessageIds, editsFor?: (problem: ConfigProblem) => ConfigReportEdits<MessageIds> | undefined) => void;
}

/** A fix (applied by `--fix`) and suggestions (offered in editors) of one report, as edits of the config text. */
export interface ConfigReportEdits<MessageIds extends string = string> {
  fix?: ConfigEdit[];
  suggest?: { messageId: MessageIds; data?: Record<string, string | number>; edits: ConfigEdit[] }[];
}

export interface ServiceConfigHandlers<MessageIds extends string = string> {
  config(target: ServiceConfigTarget<MessageIds>): void;
  /** An inline config string that is not valid JSON (grpc-js's JSON.parse throws on it). */
  inlineSyntaxError?(report: (messageId: MessageIds, data?: Record<string, string | number>) => void, message: string, tooDeep?: boolean): void;
}

// Every config rule reads the same documents and inline options: parse, model and validate them once per node.
const models = new WeakMap<object, ServiceConfig>();
const problems = new WeakMap<object, readonly ConfigProblem[]>();
const inlineConfigs = new WeakMap<object, InlineServiceConfig | null>();

function memoized<T>(cache: WeakMap<object, T>, tree: ValueNode, compute: (tree: ValueNode) => T): T {
  if (!cache.has(tree)) cache.set(tree, compute(tree));
  return cache.get(tree)!;
}

type ReportAt = ServiceConfigTarget["report"];

function configTarget(
  tree: ValueNode,
  where: Pick<ServiceConfigTarget, "origin" | "format" | "text">,
  report: ReportAt,
): ServiceConfigTarget {
  return {
    config: memoized(models, tree, buildServiceConfig),
    tree,
    ...where,
    report,
    reportProblems(kind, messageId, editsFor) {
      for (const problem of memoized(problems, tree, validateServiceConfigTree)) {
        if (problem.kind === kind) report(problem.node, messageId, { detail: problem.message }, editsFor?.(problem));
      }
    },
  };
}

interface LocatingSourceCode {
  getLocFromIndex(index: number): { line: number; column: number };
  ast: { type: string };
}

interface Fixer {
  replaceTextRange(range: [number, number], text: string): unknown;
}
type FixFunction = (fixer: Fixer) => unknown[];

// Rules of both kinds receive ESLint's generic context; the pieces used here exist on both.
interface AnyContext {
  sourceCode: LocatingSourceCode & { text: string };
  report(descriptor: {
    loc: unknown;
    messageId: string;
    data?: Record<string, string | number>;
    fix?: FixFunction;
    suggest?: { messageId: string; data?: Record<string, string | number>; fix: FixFunction }[];
  }): void;
}

/**
 * The fix and suggestions of a report as ESLint wants them, with edits moved from the config's
 * coordinates into the file's; edits that cannot be placed there are dropped with their fix.
 */
function toEslintEdits(
  edits: ConfigReportEdits | undefined,
  toSource: ((edit: ConfigEdit) => ConfigEdit | undefined) | undefined,
): { fix?: FixFunction; suggest?: { messageId: string; data?: Record<string, string | number>; fix: FixFunction }[] } {
  if (!edits || !toSource) return {};
  const fixing = (list: ConfigEdit[]): FixFunction | undefined => {
    const mapped = list.map(toSource);
    if (mapped.length === 0 || mapped.some((edit) => edit === undefined)) return undefined;
    return (fixer) => (mapped as ConfigEdit[]).map((edit) => fixer.replaceTextRange(edit.range, edit.text));
  };
  const fix = edits.fix ? fixing(edits.fix) : undefined;
  const suggest = (edits.suggest ?? []).flatMap(({ messageId, data, edits: list }) => {
    const suggestionFix = fixing(list);
    return suggestionFix ? [{ messageId, ...(data ? { data } : {}), fix: suggestionFix }] : [];
  });
  return { ...(fix ? { fix } : {}), ...(suggest.length > 0 ? { suggest } : {}) };
}

/**
 * The visitor of a service-config rule. In the `grpc-review/service-config` language it visits each
 * document; in TypeScript it visits `grpc.service_config` channel options whose value is written out
 * in the source (a string, a template without substitutions, a const, or `JSON.stringify` of an object
 * literal) and skips those built at run time.
 */
export function serviceConfigVisitor<MessageIds extends string>(
  rawContext: RuleContext<RuleContextTypeOptions & { MessageIds: MessageIds }>,
  typedHandlers: ServiceConfigHandlers<MessageIds>,
): RuleVisitor {
  // The message ids are checked against the rule's own where the handlers are written; inside, any id goes.
  const handlers = typedHandlers as unknown as ServiceConfigHandlers;
  const context = rawContext as unknown as AnyContext;
  const sourceCode = context.sourceCode;
  const locate = (start: number, end: number) => ({
    start: sourceCode.getLocFromIndex(start),
    end: sourceCode.getLocFromIndex(Math.max(start, end)),
  });

  if (sourceCode.ast.type === "ConfigFile") {
    const where = { origin: "file" as const, format: (sourceCode.ast as ConfigFileNode).format, text: sourceCode.text };
    return {
      ConfigDocument(node: ConfigDocumentNode) {
        handlers.config(
          // Tree nodes of a config file carry their positions; ESLint's own offset lookup rescans a long line per call.
          configTarget(node.body, where, (at, messageId, data, edits) =>
            context.report({ loc: at.loc, messageId, data, ...toEslintEdits(edits, (edit) => edit) }),
          ),
        );
      },
    };
  }

  const visitOption = (value: TSESTree.Node, owner: object) => {
    let inline = inlineConfigs.get(owner);
    if (inline === undefined) {
      inline = extractInlineConfig(value, sourceCode as unknown as Readonly<TSESLint.SourceCode>) ?? null;
      inlineConfigs.set(owner, inline);
    }
    if (!inline) return;
    if (!inline.ok) {
      const at = inline.sourceOffset;
      handlers.inlineSyntaxError?.((messageId, data) => context.report({ loc: locate(at, at + 1), messageId, data }), inline.message, inline.tooDeep);
      return;
    }
    const { tree, text, toSourceOffset, encode } = inline;
    const toSource = encode
      ? (edit: ConfigEdit): ConfigEdit | undefined => {
          const range: [number, number] = [toSourceOffset(edit.range[0]), toSourceOffset(edit.range[1])];
          return range[0] <= range[1] ? { range, text: encode(edit.text) } : undefined;
        }
      : undefined;
    handlers.config(
      configTarget(tree, { origin: "inline", format: "json", text }, (at, messageId, data, edits) =>
        context.report({
          loc: locate(toSourceOffset(at.range[0]), toSourceOffset(at.range[1])),
          messageId,
          data,
          ...toEslintEdits(edits, toSource),
        }),
      ),
    );
  };

  return {
    Property(node: TSESTree.Property) {
      if (isServiceConfigKey(node.key)) visitOption(node.value, node);
    },
    AssignmentExpression(node: TSESTree.AssignmentExpression) {
      const target = node.left;
      if (node.operator === "=" && target.type === "MemberExpression" && target.computed && isServiceConfigKey(target.property)) {
        visitOption(node.right, node);
      }
    },
  };
}

/** Type options for `createLanguageRule` of a rule that reads service configs (config files and inline TypeScript). */
export interface ServiceConfigRuleTypes<MessageIds extends string, RuleOptions extends unknown[] = []> {
  LangOptions: LanguageOptions;
  Code: SourceCode;
  RuleOptions: RuleOptions;
  Visitor: RuleVisitor;
  Node: unknown;
  MessageIds: MessageIds;
  ExtRuleDocs: unknown;
}
