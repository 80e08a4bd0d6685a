import type { VisitNodeStep } from "@eslint/plugin-kit";
import type { TreeNode } from "../core/service-config/index.js";
import { InlineConfigSourceCode } from "../util/text-source-code.js";
import { TRAVERSAL_KEYS, type ConfigComment, type ConfigFileNode, type ConfigNode } from "./ast.js";

function contains(outer: readonly [number, number], inner: readonly [number, number]): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

function sameNode(a: TreeNode, b: ConfigNode): boolean {
  return a.type === b.type && a.range[0] === b.range[0] && a.range[1] === b.range[1];
}

function childNodes(node: TreeNode): readonly TreeNode[] {
  if (node.type === "Object") return node.members;
  if (node.type === "Array") return node.elements;
  if (node.type === "Member") return [node.name, node.value];
  return [];
}

/** The SourceCode of a service-config file: traversal for rules, and `eslint-*` directives in YAML comments. */
export class ServiceConfigSourceCode extends InlineConfigSourceCode<{
  LangOptions: Record<string, unknown>;
  RootNode: ConfigFileNode;
  SyntaxElementWithLoc: ConfigNode | ConfigComment;
  ConfigNode: ConfigComment;
}> {
  declare ast: ConfigFileNode;
  readonly comments: ConfigComment[];

  constructor({ text, ast }: { text: string; ast: ConfigFileNode }) {
    super({ text, ast });
    this.ast = ast;
    this.comments = ast.comments;
  }

  /**
   * Found by position, from the document down: no rule of this language asks, a map of every node's
   * parent was a large part of a big config's cost, and a JSON tree's nodes are views made per read
   * (the same node is not always the same object).
   */
  override getParent(node: ConfigNode): ConfigNode | undefined {
    if (node.type === "ConfigFile") return undefined;
    if (node.type === "ConfigDocument") return this.ast;
    for (const document of this.ast.documents) {
      if (!contains(document.range, node.range)) continue;
      let parent: ConfigNode = document;
      let current: TreeNode | undefined = document.body;
      while (current) {
        if (sameNode(current, node)) return parent;
        parent = current;
        current = childNodes(current).find((child) => contains(child.range, node.range));
      }
    }
    return undefined;
  }

  override traverse(): Iterable<VisitNodeStep> {
    return this.traversalSteps<ConfigNode>(TRAVERSAL_KEYS);
  }
}
