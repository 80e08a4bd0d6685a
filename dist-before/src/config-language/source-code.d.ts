import type { VisitNodeStep } from "@eslint/plugin-kit";
import { InlineConfigSourceCode } from "../util/text-source-code.js";
import { type ConfigComment, type ConfigFileNode, type ConfigNode } from "./ast.js";
/** The SourceCode of a service-config file: traversal for rules, and `eslint-*` directives in YAML comments. */
export declare class ServiceConfigSourceCode extends InlineConfigSourceCode<{
    LangOptions: Record<string, unknown>;
    RootNode: ConfigFileNode;
    SyntaxElementWithLoc: ConfigNode | ConfigComment;
    ConfigNode: ConfigComment;
}> {
    #private;
    ast: ConfigFileNode;
    readonly comments: ConfigComment[];
    constructor({ text, ast }: {
        text: string;
        ast: ConfigFileNode;
    });
    getParent(node: ConfigNode): ConfigNode | undefined;
    traverse(): Iterable<VisitNodeStep>;
}
