import type { VisitNodeStep } from "@eslint/plugin-kit";
import { InlineConfigSourceCode, walkTree } from "../util/text-source-code.js";
import { VISITOR_KEYS, type ConfigComment, type ConfigFileNode, type ConfigNode } from "./ast.js";

/** The SourceCode of a service-config file: traversal for rules, and `eslint-*` directives in YAML comments. */
export class ServiceConfigSourceCode extends InlineConfigSourceCode<{
  LangOptions: Record<string, unknown>;
  RootNode: ConfigFileNode;
  SyntaxElementWithLoc: ConfigNode | ConfigComment;
  ConfigNode: ConfigComment;
}> {
  // Built on the first question, not during traversal: no rule of this language asks, and a map entry
  // per node was a large part of a big config's cost.
  #parents: Map<ConfigNode, ConfigNode | undefined> | undefined;
  declare ast: ConfigFileNode;
  readonly comments: ConfigComment[];

  constructor({ text, ast }: { text: string; ast: ConfigFileNode }) {
    super({ text, ast });
    this.ast = ast;
    this.comments = ast.comments;
  }

  override getParent(node: ConfigNode): ConfigNode | undefined {
    if (!this.#parents) {
      const parents = new Map<ConfigNode, ConfigNode | undefined>();
      for (const visit of walkTree<ConfigNode>(this.ast, VISITOR_KEYS)) if (visit.phase === 1) parents.set(visit.node, visit.parent);
      this.#parents = parents;
    }
    return this.#parents.get(node);
  }

  override traverse(): Iterable<VisitNodeStep> {
    return this.traversalSteps<ConfigNode>(VISITOR_KEYS);
  }
}
