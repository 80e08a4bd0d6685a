import { InlineConfigSourceCode } from "../util/text-source-code.js";
import { VISITOR_KEYS } from "./ast.js";
/** The SourceCode of a service-config file: traversal for rules, and `eslint-*` directives in YAML comments. */
export class ServiceConfigSourceCode extends InlineConfigSourceCode {
    #parents = new WeakMap();
    comments;
    constructor({ text, ast }) {
        super({ text, ast });
        this.ast = ast;
        this.comments = ast.comments;
    }
    getParent(node) {
        return this.#parents.get(node);
    }
    traverse() {
        return this.traversalSteps(VISITOR_KEYS, (node, parent) => this.#parents.set(node, parent));
    }
}
