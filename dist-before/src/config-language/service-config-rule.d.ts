import type { LanguageOptions, RuleContext, RuleContextTypeOptions, RuleVisitor, SourceCode } from "@eslint/core";
import { type ConfigFormat, type ServiceConfig, type TreeNode, type ValueNode, type ConfigProblem, type ConfigProblemKind } from "../core/service-config/index.js";
import type { ConfigEdit } from "./config-edits.js";
/** One service config a rule checks: a document of a config file, or a config inlined in TypeScript. */
export interface ServiceConfigTarget<MessageIds extends string = string> {
    config: ServiceConfig;
    tree: ValueNode;
    /** Where the config came from: a config file, or a `grpc.service_config` channel option in TypeScript. */
    origin: "file" | "inline";
    /** JSON or YAML: the syntax edits must be written in (inline configs are JSON). */
    format: ConfigFormat;
    /** The text the tree's ranges index into; edits are given in the same coordinates. */
    text: string;
    /** Reports at a node of the config; positions land in the file being linted (the TS line for inline configs). */
    report: (node: TreeNode, messageId: MessageIds, data?: Record<string, string | number>, edits?: ConfigReportEdits<MessageIds>) => void;
    /** Reports each problem of one kind that grpc-js would have with the config, as `{{detail}}` of the message. */
    reportProblems: (kind: ConfigProblemKind, messageId: MessageIds, editsFor?: (problem: ConfigProblem) => ConfigReportEdits<MessageIds> | undefined) => void;
}
/** A fix (applied by `--fix`) and suggestions (offered in editors) of one report, as edits of the config text. */
export interface ConfigReportEdits<MessageIds extends string = string> {
    fix?: ConfigEdit[];
    suggest?: {
        messageId: MessageIds;
        data?: Record<string, string | number>;
        edits: ConfigEdit[];
    }[];
}
export interface ServiceConfigHandlers<MessageIds extends string = string> {
    config(target: ServiceConfigTarget<MessageIds>): void;
    /** An inline config string that is not valid JSON (grpc-js's JSON.parse throws on it). */
    inlineSyntaxError?(report: (messageId: MessageIds, data?: Record<string, string | number>) => void, message: string): void;
}
/**
 * The visitor of a service-config rule. In the `grpc-review/service-config` language it visits each
 * document; in TypeScript it visits `grpc.service_config` channel options whose value is written out
 * in the source (a string, a template without substitutions, a const, or `JSON.stringify` of an object
 * literal) and skips those built at run time.
 */
export declare function serviceConfigVisitor<MessageIds extends string>(rawContext: RuleContext<RuleContextTypeOptions & {
    MessageIds: MessageIds;
}>, typedHandlers: ServiceConfigHandlers<MessageIds>): RuleVisitor;
/** Type options for `createLanguageRule` of a rule that reads service configs (config files and inline TypeScript). */
export interface ServiceConfigRuleTypes<MessageIds extends string, RuleOptions extends unknown[] = []> {
    LangOptions: LanguageOptions;
    Code: SourceCode;
    RuleOptions: RuleOptions;
    Visitor: RuleVisitor;
    Node: unknown;
    MessageIds: MessageIds;
    ExtRuleDocs: unknown;
}
