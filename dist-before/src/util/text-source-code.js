import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;
const DISABLE_LABELS = new Set(["eslint-disable", "eslint-enable", "eslint-disable-next-line", "eslint-disable-line"]);
const commentParser = new ConfigCommentParser();
/**
 * The SourceCode of a plugin language with its own comment syntax: `eslint-disable*` directives and
 * `/* eslint rule: level *\/` configs work the same whatever the language, so they live here once.
 * Each language supplies its comments and visitor keys.
 */
export class InlineConfigSourceCode extends TextSourceCodeBase {
    #inlineConfigComments;
    #steps;
    getInlineConfigNodes() {
        this.#inlineConfigComments ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
        return this.#inlineConfigComments;
    }
    getDisableDirectives() {
        const problems = [];
        const directives = [];
        for (const comment of this.getInlineConfigNodes()) {
            const parsed = commentParser.parseDirective(comment.value);
            if (!parsed || !DISABLE_LABELS.has(parsed.label))
                continue;
            const { label, value, justification } = parsed;
            const loc = this.getLoc(comment);
            if (label === "eslint-disable-line" && loc.start.line !== loc.end.line) {
                problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc });
                continue;
            }
            const type = label.slice("eslint-".length);
            directives.push(new Directive({ type, node: comment, value, justification }));
        }
        return { problems, directives };
    }
    applyInlineConfig() {
        const configs = [];
        const problems = [];
        for (const comment of this.getInlineConfigNodes()) {
            const parsed = commentParser.parseDirective(comment.value);
            if (parsed?.label !== "eslint")
                continue;
            const result = commentParser.parseJSONLikeConfig(parsed.value);
            const loc = this.getLoc(comment);
            if (result.ok)
                configs.push({ config: { rules: result.config }, loc });
            else
                problems.push({ ruleId: null, message: result.error.message, loc });
        }
        return { configs, problems };
    }
    /**
     * Enter/exit steps over the tree from the root, children taken from `visitorKeys` in order; computed
     * once. `onEnter` lets a language record each node's parent the way its `getParent` reads it.
     */
    traversalSteps(visitorKeys, onEnter) {
        if (this.#steps)
            return this.#steps;
        const steps = [];
        const visit = (node, parent) => {
            onEnter(node, parent);
            steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
            for (const key of visitorKeys[node.type] ?? []) {
                const child = node[key];
                if (Array.isArray(child))
                    for (const item of child)
                        visit(item, node);
                else if (child)
                    visit(child, node);
            }
            steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
        };
        visit(this.ast, undefined);
        this.#steps = steps;
        return steps;
    }
}
