import type { DirectiveType, FileProblem, RulesConfig, SourceCodeBaseTypeOptions, SourceLocation } from "@eslint/core";
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";

/** A comment that may hold an `eslint-*` directive: all the shared plumbing needs is its text. */
export interface DirectiveComment {
  value: string;
}

type InlineConfigOptions = SourceCodeBaseTypeOptions & {
  RootNode: object;
  SyntaxElementWithLoc: object;
  ConfigNode: DirectiveComment;
};

interface InlineRuleConfig {
  config: { rules: RulesConfig };
  loc: SourceLocation;
}

const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;
const DISABLE_LABELS = new Set(["eslint-disable", "eslint-enable", "eslint-disable-next-line", "eslint-disable-line"]);
const commentParser = new ConfigCommentParser();

/**
 * The SourceCode of a plugin language with its own comment syntax: `eslint-disable*` directives and
 * `/* eslint rule: level *\/` configs work the same whatever the language, so they live here once.
 * Each language supplies its comments and visitor keys.
 */
export abstract class InlineConfigSourceCode<Options extends InlineConfigOptions> extends TextSourceCodeBase<Options> {
  abstract readonly comments: Options["ConfigNode"][];
  #inlineConfigComments: Options["ConfigNode"][] | undefined;

  getInlineConfigNodes(): Options["ConfigNode"][] {
    this.#inlineConfigComments ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfigComments;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed || !DISABLE_LABELS.has(parsed.label)) continue;
      const { label, value, justification } = parsed;
      const loc = this.getLoc(comment);
      if (label === "eslint-disable-line" && loc.start.line !== loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc });
        continue;
      }
      const type = label.slice("eslint-".length) as DirectiveType;
      directives.push(new Directive({ type, node: comment, value, justification }));
    }
    return { problems, directives };
  }

  applyInlineConfig(): { configs: InlineRuleConfig[]; problems: FileProblem[] } {
    const configs: InlineRuleConfig[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== "eslint") continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      const loc = this.getLoc(comment);
      if (result.ok) configs.push({ config: { rules: result.config }, loc });
      else problems.push({ ruleId: null, message: result.error.message, loc });
    }
    return { configs, problems };
  }

  /**
   * Enter/exit steps over the tree from the root, children taken from `visitorKeys` in order. The steps
   * are produced while ESLint consumes them (it accepts any iterable), never held as one array: a list
   * of two step objects per node cost more memory than the tree of a large config itself. The walk keeps
   * its own stack, so a deep tree does not deepen the call stack. `onEnter` lets a language
   * record each node's parent the way its `getParent` reads it.
   */
  protected traversalSteps<Node extends { type: string }>(
    visitorKeys: Readonly<Record<string, readonly string[]>>,
    onEnter?: (node: Node, parent: Node | undefined) => void,
  ): Iterable<VisitNodeStep> {
    const root = this.ast as Node;
    return {
      [Symbol.iterator]: () =>
        walk(root, visitorKeys, (node, parent, phase) => {
          if (phase === 1) onEnter?.(node, parent);
          return new VisitNodeStep({ target: node, phase, args: [node, parent] });
        }),
    };
  }
}

/**
 * Depth-first enter (phase 1) and exit (phase 2) visits of every node under `root`, children in
 * visitor-key order, each turned into a value by `step`. The stack is kept in parallel arrays, one
 * entry per level: no call-stack depth and no object per node beyond what `step` makes.
 */
function* walk<Node extends { type: string }, Step>(
  root: Node,
  visitorKeys: Readonly<Record<string, readonly string[]>>,
  step: (node: Node, parent: Node | undefined, phase: 1 | 2) => Step,
): Generator<Step> {
  const nodes: Node[] = [root];
  const keyAt: number[] = [0];
  const itemAt: number[] = [0];
  yield step(root, undefined, 1);
  while (nodes.length > 0) {
    const level = nodes.length - 1;
    const node = nodes[level];
    const keys = visitorKeys[node.type] ?? [];
    let child: Node | undefined;
    while (child === undefined && keyAt[level] < keys.length) {
      const value = (node as unknown as Record<string, Node | Node[] | undefined>)[keys[keyAt[level]]];
      if (Array.isArray(value)) {
        while (child === undefined && itemAt[level] < value.length) child = value[itemAt[level]++] || undefined;
      } else if (value && itemAt[level] === 0) {
        itemAt[level] = 1;
        child = value;
      }
      if (child === undefined) {
        keyAt[level]++;
        itemAt[level] = 0;
      }
    }
    if (child === undefined) {
      nodes.pop();
      keyAt.pop();
      itemAt.pop();
      yield step(node, level > 0 ? nodes[level - 1] : undefined, 2);
      continue;
    }
    nodes.push(child);
    keyAt.push(0);
    itemAt.push(0);
    yield step(child, node, 1);
  }
}

/** The enter (phase 1) and exit (phase 2) visits of every node under `root`, in document order. */
export function walkTree<Node extends { type: string }>(
  root: Node,
  visitorKeys: Readonly<Record<string, readonly string[]>>,
): Generator<{ node: Node; parent: Node | undefined; phase: 1 | 2 }> {
  return walk(root, visitorKeys, (node, parent, phase) => ({ node, parent, phase }));
}
