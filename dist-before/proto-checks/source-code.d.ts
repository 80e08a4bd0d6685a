import type { SourceLocation, SourceRange, TraversalStep } from "@eslint/core";
import { InlineConfigSourceCode } from "../src/util/text-source-code.js";
import type { ProtoFile, ProtoNode, Span } from "./ast.js";
/** A comment, found only when the file mentions `eslint` at all (most protos never do). */
export interface ProtoComment extends Span {
    type: "LineComment" | "BlockComment";
    value: string;
}
type Located = ProtoNode | ProtoComment | Span;
/** Child lists per node type, in traversal order; also the language's visitor keys. */
export declare const PROTO_VISITOR_KEYS: Record<ProtoNode["type"], string[]>;
export declare class ProtoSourceCode extends InlineConfigSourceCode<{
    LangOptions: Record<string, never>;
    RootNode: ProtoFile;
    SyntaxElementWithLoc: Located;
    ConfigNode: ProtoComment;
}> {
    #private;
    ast: ProtoFile;
    constructor({ text, ast }: {
        text: string;
        ast: ProtoFile;
    });
    /** Line/column (1-based) of any span: a node, a comment, or a node's `nameSpan`/`numberSpan`. */
    getLoc(node: Located): SourceLocation;
    getRange(node: Located): SourceRange;
    getParent(node: Located): ProtoNode | undefined;
    get comments(): ProtoComment[];
    traverse(): Iterable<TraversalStep>;
}
/** Every comment in the text, skipping string literals (a `//` inside a string is not a comment). */
export declare function scanComments(text: string): ProtoComment[];
export {};
