import type { FileProblem, RulesConfig, SourceCodeBaseTypeOptions, SourceLocation } from "@eslint/core";
import { Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
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
    config: {
        rules: RulesConfig;
    };
    loc: SourceLocation;
}
/**
 * The SourceCode of a plugin language with its own comment syntax: `eslint-disable*` directives and
 * `/* eslint rule: level *\/` configs work the same whatever the language, so they live here once.
 * Each language supplies its comments and visitor keys.
 */
export declare abstract class InlineConfigSourceCode<Options extends InlineConfigOptions> extends TextSourceCodeBase<Options> {
    #private;
    abstract readonly comments: Options["ConfigNode"][];
    getInlineConfigNodes(): Options["ConfigNode"][];
    getDisableDirectives(): {
        problems: FileProblem[];
        directives: Directive[];
    };
    applyInlineConfig(): {
        configs: InlineRuleConfig[];
        problems: FileProblem[];
    };
    /**
     * Enter/exit steps over the tree from the root, children taken from `visitorKeys` in order; computed
     * once. `onEnter` lets a language record each node's parent the way its `getParent` reads it.
     */
    protected traversalSteps<Node extends {
        type: string;
    }>(visitorKeys: Readonly<Record<string, readonly string[]>>, onEnter: (node: Node, parent: Node | undefined) => void): VisitNodeStep[];
}
export {};
