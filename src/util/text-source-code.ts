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
  #steps: VisitNodeStep[] | undefined;

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
   * Enter/exit steps over the tree from the root, children taken from `visitorKeys` in order; computed
   * once. `onEnter` lets a language record each node's parent the way its `getParent` reads it.
   */
  protected traversalSteps<Node extends { type: string }>(
    visitorKeys: Readonly<Record<string, readonly string[]>>,
    onEnter: (node: Node, parent: Node | undefined) => void,
  ): VisitNodeStep[] {
    if (this.#steps) return this.#steps;
    const steps: VisitNodeStep[] = [];
    const visit = (node: Node, parent: Node | undefined): void => {
      onEnter(node, parent);
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
      for (const key of visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, Node | Node[] | undefined>)[key];
        if (Array.isArray(child)) for (const item of child) visit(item, node);
        else if (child) visit(child, node);
      }
      steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast as Node, undefined);
    this.#steps = steps;
    return steps;
  }
}
