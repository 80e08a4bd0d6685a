import type { GrpcReviewRuleDocs } from "../src/util/create-rule.js";
import type { EnumDecl, EnumValue, Extend, Extensions, Field, Import, Message, Method, Oneof, ProtoFile, ProtoNode, Reserved, Service } from "./ast.js";
import type { ProtoLanguageOptions } from "./language.js";
import type { ProtoSourceCode } from "./source-code.js";
export interface ProtoVisitor {
    [selector: string]: ((...args: any[]) => void) | undefined;
    ProtoFile?(node: ProtoFile): void;
    "ProtoFile:exit"?(node: ProtoFile): void;
    Import?(node: Import): void;
    Message?(node: Message): void;
    "Message:exit"?(node: Message): void;
    Field?(node: Field): void;
    Oneof?(node: Oneof): void;
    Reserved?(node: Reserved): void;
    Extensions?(node: Extensions): void;
    Extend?(node: Extend): void;
    Enum?(node: EnumDecl): void;
    EnumValue?(node: EnumValue): void;
    Service?(node: Service): void;
    Method?(node: Method): void;
}
/** Type options of a rule over the `grpc-review/proto` language, for `createLanguageRule`. */
export interface ProtoRuleTypes<RuleOptions extends unknown[], MessageIds extends string> {
    LangOptions: ProtoLanguageOptions;
    Code: ProtoSourceCode;
    RuleOptions: RuleOptions;
    Visitor: ProtoVisitor;
    Node: ProtoNode;
    MessageIds: MessageIds;
    ExtRuleDocs: GrpcReviewRuleDocs;
}
