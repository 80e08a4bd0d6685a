import type { FileProblem, RulesConfig, SourceLocation, SourceRange, TraversalStep } from "@eslint/core";
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import type { ProtoFile, ProtoNode, Span } from "./ast.js";
import { positionAt } from "./scanner.js";

/** A comment, found only when the file mentions `eslint` at all (most protos never do). */
export interface ProtoComment extends Span {
  type: "LineComment" | "BlockComment";
  value: string;
}

type Located = ProtoNode | ProtoComment | Span;

const commentParser = new ConfigCommentParser();
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

/** Child lists per node type, in traversal order; also the language's visitor keys. */
export const PROTO_VISITOR_KEYS: Record<ProtoNode["type"], string[]> = {
  ProtoFile: ["body"],
  Import: [],
  Message: ["body"],
  Field: ["group"],
  Oneof: ["fields"],
  Reserved: [],
  Extensions: [],
  Extend: ["fields"],
  Enum: ["values", "reserved"],
  EnumValue: [],
  Service: ["methods"],
  Method: [],
};

export class ProtoSourceCode extends TextSourceCodeBase<{
  LangOptions: Record<string, never>;
  RootNode: ProtoFile;
  SyntaxElementWithLoc: Located;
  ConfigNode: ProtoComment;
}> {
  declare ast: ProtoFile;
  #steps: VisitNodeStep[] | undefined;
  #comments: ProtoComment[] | undefined;
  #inlineConfigComments: ProtoComment[] | undefined;

  constructor({ text, ast }: { text: string; ast: ProtoFile }) {
    super({ text, ast });
  }

  /** Line/column (1-based) of any span: a node, a comment, or a node's `nameSpan`/`numberSpan`. */
  override getLoc(node: Located): SourceLocation {
    const lineStarts = this.ast.lineStarts;
    return { start: positionAt(lineStarts, node.start), end: positionAt(lineStarts, node.end) };
  }

  override getRange(node: Located): SourceRange {
    return [node.start, node.end];
  }

  override getParent(node: Located): ProtoNode | undefined {
    return "parent" in node ? node.parent : undefined;
  }

  get comments(): ProtoComment[] {
    this.#comments ??= this.text.includes("eslint") ? scanComments(this.text) : [];
    return this.#comments;
  }

  getInlineConfigNodes(): ProtoComment[] {
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
      const loc = this.getLoc(comment);
      if (label === "eslint-disable-line" && loc.start.line !== loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc });
        continue;
      }
      if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line" || label === "eslint-disable-line") {
        const type = label.slice("eslint-".length) as "disable" | "enable" | "disable-next-line" | "disable-line";
        directives.push(new Directive({ type, node: comment, value, justification }));
      }
    }
    return { problems, directives };
  }

  applyInlineConfig(): { configs: Array<{ config: { rules: RulesConfig }; loc: SourceLocation }>; problems: FileProblem[] } {
    const configs: Array<{ config: { rules: RulesConfig }; loc: SourceLocation }> = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== "eslint") continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config as RulesConfig }, loc: this.getLoc(comment) });
      else problems.push({ ruleId: null, message: result.error.message, loc: this.getLoc(comment) });
    }
    return { configs, problems };
  }

  override traverse(): Iterable<TraversalStep> {
    if (this.#steps) return this.#steps;
    const steps: VisitNodeStep[] = (this.#steps = []);
    const visit = (node: ProtoNode, parent: ProtoNode | undefined): void => {
      if (parent) node.parent = parent;
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
      for (const key of PROTO_VISITOR_KEYS[node.type]) {
        const child = (node as unknown as Record<string, ProtoNode | ProtoNode[] | undefined>)[key];
        if (Array.isArray(child)) for (const item of child) visit(item, node);
        else if (child) visit(child, node);
      }
      steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast, undefined);
    return steps;
  }
}

/** Every comment in the text, skipping string literals (a `//` inside a string is not a comment). */
export function scanComments(text: string): ProtoComment[] {
  const comments: ProtoComment[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text.charCodeAt(pos);
    if (ch === 34 || ch === 39) {
      pos++;
      while (pos < text.length) {
        const c = text.charCodeAt(pos);
        if (c === ch || c === 10) break;
        pos += c === 92 ? 2 : 1;
      }
      pos++;
    } else if (ch === 47 && text.charCodeAt(pos + 1) === 47) {
      let end = text.indexOf("\n", pos);
      if (end === -1) end = text.length;
      const stop = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      comments.push({ type: "LineComment", value: text.slice(pos + 2, stop), start: pos, end: stop });
      pos = end;
    } else if (ch === 47 && text.charCodeAt(pos + 1) === 42) {
      const close = text.indexOf("*/", pos + 2);
      const end = close === -1 ? text.length : close + 2;
      comments.push({ type: "BlockComment", value: text.slice(pos + 2, close === -1 ? end : close), start: pos, end });
      pos = end;
    } else {
      pos++;
    }
  }
  return comments;
}
