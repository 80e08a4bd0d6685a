import type { FileProblem, DirectiveType, RulesConfig, SourceLocation as CoreLocation } from "@eslint/core";
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import { VISITOR_KEYS, type ConfigComment, type ConfigFileNode, type ConfigNode } from "./ast.js";

const INLINE_CONFIG = /^\s*(?:eslint(?:-enable|-disable(?:(?:-next)?-line)?)?)(?:\s|$)/u;
const commentParser = new ConfigCommentParser();

/** The SourceCode of a service-config file: traversal for rules, and `eslint-*` directives in YAML comments. */
export class ServiceConfigSourceCode extends TextSourceCodeBase<{
  LangOptions: Record<string, unknown>;
  RootNode: ConfigFileNode;
  SyntaxElementWithLoc: ConfigNode | ConfigComment;
  ConfigNode: ConfigComment;
}> {
  readonly #parents = new WeakMap<object, ConfigNode | undefined>();
  #steps: VisitNodeStep[] | undefined;
  #inlineConfigComments: ConfigComment[] | undefined;
  declare ast: ConfigFileNode;
  readonly comments: ConfigComment[];

  constructor({ text, ast }: { text: string; ast: ConfigFileNode }) {
    super({ text, ast });
    this.ast = ast;
    this.comments = ast.comments;
  }

  getInlineConfigNodes(): ConfigComment[] {
    this.#inlineConfigComments ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfigComments;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed) continue;
      const { label, value, justification } = parsed;
      if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line" || label === "eslint-disable-line") {
        const type = label.slice("eslint-".length) as DirectiveType;
        directives.push(new Directive({ type, node: comment, value, justification }));
      }
    }
    return { problems, directives };
  }

  applyInlineConfig(): { configs: { config: { rules: RulesConfig }; loc: CoreLocation }[]; problems: FileProblem[] } {
    const configs: { config: { rules: RulesConfig }; loc: CoreLocation }[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== "eslint") continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config as RulesConfig }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }

  override getParent(node: ConfigNode): ConfigNode | undefined {
    return this.#parents.get(node);
  }

  override traverse(): Iterable<VisitNodeStep> {
    if (this.#steps) return this.#steps;
    const steps: VisitNodeStep[] = [];
    const visit = (node: ConfigNode, parent: ConfigNode | undefined) => {
      this.#parents.set(node, parent);
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
      for (const key of VISITOR_KEYS[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) for (const item of child) visit(item as ConfigNode, node);
        else if (child) visit(child as ConfigNode, node);
      }
      steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast, undefined);
    this.#steps = steps;
    return steps;
  }
}
