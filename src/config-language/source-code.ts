import type { VisitNodeStep } from "@eslint/plugin-kit";
import { InlineConfigSourceCode } from "../util/text-source-code.js";
import { VISITOR_KEYS, type ConfigComment, type ConfigFileNode, type ConfigNode } from "./ast.js";

/** The SourceCode of a service-config file: traversal for rules, and `eslint-*` directives in YAML comments. */
export class ServiceConfigSourceCode extends InlineConfigSourceCode<{
  LangOptions: Record<string, unknown>;
  RootNode: ConfigFileNode;
  SyntaxElementWithLoc: ConfigNode | ConfigComment;
  ConfigNode: ConfigComment;
}> {
  readonly #parents = new WeakMap<object, ConfigNode | undefined>();
  declare ast: ConfigFileNode;
  readonly comments: ConfigComment[];

  constructor({ text, ast }: { text: string; ast: ConfigFileNode }) {
    super({ text, ast });
    this.ast = ast;
    this.comments = ast.comments;
  }

  override getParent(node: ConfigNode): ConfigNode | undefined {
    return this.#parents.get(node);
  }

  override traverse(): Iterable<VisitNodeStep> {
    return this.traversalSteps<ConfigNode>(VISITOR_KEYS, (node, parent) => this.#parents.set(node, parent));
  }
}
