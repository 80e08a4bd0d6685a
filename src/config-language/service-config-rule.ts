import type { LanguageOptions, RuleVisitor, SourceCode } from "@eslint/core";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { buildServiceConfig, type ServiceConfig, type TreeNode, type ValueNode, validateServiceConfigTree, type ConfigProblem, type ConfigProblemKind } from "../core/service-config/index.js";
import type { ConfigDocumentNode } from "./ast.js";
import { extractInlineConfig, isServiceConfigKey, type InlineServiceConfig } from "./inline-typescript.js";

/** One service config a rule checks: a document of a config file, or a config inlined in TypeScript. */
export interface ServiceConfigTarget {
  config: ServiceConfig;
  tree: ValueNode;
  /** Where the config came from: a config file, or a `grpc.service_config` channel option in TypeScript. */
  origin: "file" | "inline";
  /** Reports at a node of the config; positions land in the file being linted (the TS line for inline configs). */
  report(node: TreeNode, messageId: string, data?: Record<string, string | number>): void;
  /** Reports each problem of one kind that grpc-js would have with the config, as `{{detail}}` of the message. */
  reportProblems(kind: ConfigProblemKind, messageId: string): void;
}

export interface ServiceConfigHandlers {
  config(target: ServiceConfigTarget): void;
  /** An inline config string that is not valid JSON (grpc-js's JSON.parse throws on it). */
  inlineSyntaxError?(report: (messageId: string, data?: Record<string, string | number>) => void, message: string): void;
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

function configTarget(tree: ValueNode, origin: ServiceConfigTarget["origin"], report: ReportAt): ServiceConfigTarget {
  return {
    config: memoized(models, tree, buildServiceConfig),
    tree,
    origin,
    report,
    reportProblems(kind, messageId) {
      for (const problem of memoized(problems, tree, validateServiceConfigTree)) {
        if (problem.kind === kind) report(problem.node, messageId, { detail: problem.message });
      }
    },
  };
}

interface LocatingSourceCode {
  getLocFromIndex(index: number): { line: number; column: number };
  ast: { type: string };
}

// Rules of both kinds receive ESLint's generic context; the pieces used here exist on both.
interface AnyContext {
  sourceCode: LocatingSourceCode;
  report(descriptor: { loc: unknown; messageId: string; data?: Record<string, string | number> }): void;
};

/**
 * The visitor of a service-config rule. In the `grpc-review/service-config` language it visits each
 * document; in TypeScript it visits `grpc.service_config` channel options whose value is written out
 * in the source (a string, a template without substitutions, a const, or `JSON.stringify` of an object
 * literal) and skips those built at run time.
 */
export function serviceConfigVisitor(rawContext: unknown, handlers: ServiceConfigHandlers): RuleVisitor {
  const context = rawContext as AnyContext;
  const sourceCode = context.sourceCode;
  const locate = (start: number, end: number) => ({
    start: sourceCode.getLocFromIndex(start),
    end: sourceCode.getLocFromIndex(Math.max(start, end)),
  });

  if (sourceCode.ast.type === "ConfigFile") {
    return {
      ConfigDocument(node: ConfigDocumentNode) {
        handlers.config(
          configTarget(node.body, "file", (at, messageId, data) => context.report({ loc: locate(at.range[0], at.range[1]), messageId, data })),
        );
      },
    } as RuleVisitor;
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
      handlers.inlineSyntaxError?.((messageId, data) => context.report({ loc: locate(at, at + 1), messageId, data }), inline.message);
      return;
    }
    const { tree, toSourceOffset } = inline;
    handlers.config(
      configTarget(tree, "inline", (at, messageId, data) =>
        context.report({ loc: locate(toSourceOffset(at.range[0]), toSourceOffset(at.range[1])), messageId, data }),
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
  } as RuleVisitor;
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
