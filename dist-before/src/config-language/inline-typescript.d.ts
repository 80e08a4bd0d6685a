import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { type ValueNode } from "../core/service-config/index.js";
/** The channel option that carries a service config as a JSON string. */
export declare const SERVICE_CONFIG_OPTION = "grpc.service_config";
/**
 * A service config written inline in TypeScript. Tree ranges are offsets into `text` (the JSON
 * string) or, for `JSON.stringify({...})`, into the TypeScript file itself; `toSourceOffset` maps
 * either to an offset in the TypeScript file.
 */
export type InlineServiceConfig = {
    ok: true;
    tree: ValueNode;
    /** The text the tree's ranges index: the string's value, or the TypeScript file. */
    text: string;
    toSourceOffset: (offset: number) => number;
    /** How text inserted into the config is written in the source (escaped for a string literal); undefined when edits cannot be mapped. */
    encode?: (inserted: string) => string;
} | {
    ok: false;
    message: string;
    sourceOffset: number;
};
type SourceCode = Readonly<TSESLint.SourceCode>;
export declare function isServiceConfigKey(node: TSESTree.Node): boolean;
/** Reads the config given as the option's value; undefined when it is built at run time (skipped, not guessed). */
export declare function extractInlineConfig(value: TSESTree.Node, sourceCode: SourceCode): InlineServiceConfig | undefined;
export {};
