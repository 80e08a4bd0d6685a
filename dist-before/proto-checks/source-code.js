import { InlineConfigSourceCode } from "../src/util/text-source-code.js";
import { positionAt } from "./scanner.js";
/** Child lists per node type, in traversal order; also the language's visitor keys. */
export const PROTO_VISITOR_KEYS = {
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
export class ProtoSourceCode extends InlineConfigSourceCode {
    #comments;
    constructor({ text, ast }) {
        super({ text, ast });
    }
    /** Line/column (1-based) of any span: a node, a comment, or a node's `nameSpan`/`numberSpan`. */
    getLoc(node) {
        const lineStarts = this.ast.lineStarts;
        return { start: positionAt(lineStarts, node.start), end: positionAt(lineStarts, node.end) };
    }
    getRange(node) {
        return [node.start, node.end];
    }
    getParent(node) {
        return "parent" in node ? node.parent : undefined;
    }
    get comments() {
        this.#comments ??= this.text.includes("eslint") ? scanComments(this.text) : [];
        return this.#comments;
    }
    traverse() {
        return this.traversalSteps(PROTO_VISITOR_KEYS, (node, parent) => {
            if (parent)
                node.parent = parent;
        });
    }
}
/** Every comment in the text, skipping string literals (a `//` inside a string is not a comment). */
export function scanComments(text) {
    const comments = [];
    let pos = 0;
    while (pos < text.length) {
        const ch = text.charCodeAt(pos);
        if (ch === 34 || ch === 39) {
            pos++;
            while (pos < text.length) {
                const c = text.charCodeAt(pos);
                if (c === ch || c === 10)
                    break;
                pos += c === 92 ? 2 : 1;
            }
            pos++;
        }
        else if (ch === 47 && text.charCodeAt(pos + 1) === 47) {
            let end = text.indexOf("\n", pos);
            if (end === -1)
                end = text.length;
            const stop = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
            comments.push({ type: "LineComment", value: text.slice(pos + 2, stop), start: pos, end: stop });
            pos = end;
        }
        else if (ch === 47 && text.charCodeAt(pos + 1) === 42) {
            const close = text.indexOf("*/", pos + 2);
            const end = close === -1 ? text.length : close + 2;
            comments.push({ type: "BlockComment", value: text.slice(pos + 2, close === -1 ? end : close), start: pos, end });
            pos = end;
        }
        else {
            pos++;
        }
    }
    return comments;
}
