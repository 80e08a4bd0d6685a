/**
 * What the history rules share: which ref to compare with (rule option, else
 * `settings["grpc-review"].against`), the snapshot at that ref, and a once-per-run report when
 * git cannot provide it.
 */
import type { Message } from "./ast.js";
import { type ProtoSnapshot } from "./git-history.js";
import type { ProtoVisitor } from "./rule-types.js";
import { type MessageVersion } from "./wire-diff.js";
export interface HistoryOptions {
    /** Git ref (branch, tag, commit) to compare with; overrides `settings["grpc-review"].against`. */
    against?: string;
}
export declare const HISTORY_OPTIONS_SCHEMA: readonly [{
    readonly type: "object";
    readonly properties: {
        readonly against: {
            readonly type: "string";
            readonly minLength: 1;
        };
    };
    readonly additionalProperties: false;
}];
interface HistoryRuleContext {
    options: unknown[];
    settings?: Record<string, unknown>;
    physicalFilename: string;
    id: string;
    cwd: string;
    report(descriptor: {
        loc: {
            line: number;
            column: number;
        };
        messageId: "historyUnavailable";
        data: {
            ref: string;
            reason: string;
        };
    }): void;
}
/** What a history rule compares with once git has provided the snapshot at the ref. */
export interface HistoryComparison {
    ref: string;
    snapshot: ProtoSnapshot;
    /** The two versions of `message` to compare, or undefined when it did not exist at the ref. */
    versionsOf: (message: Message) => [previous: MessageVersion, current: MessageVersion] | undefined;
    /** The message or enum a type name written at `scope` names at the ref; undefined when none. */
    resolvePrevious: (type: string, scope: string) => string | undefined;
    /** The same in the current tree (this file, the tree at the ref, this file's imports). */
    resolveCurrent: (type: string, scope: string) => string | undefined;
    /**
     * Whether the message `previousName` at the ref and the message `currentName` of this file decode
     * each other's data; undefined when either is out of sight.
     */
    messagesCompatible: (previousName: string, currentName: string) => boolean | undefined;
}
/**
 * The listeners of a rule that compares with history: none when no ref is set; one
 * `historyUnavailable` report when git cannot provide the ref; otherwise the rule's own, from
 * `listen`, with the current file's declarations tracked for `versionsOf`.
 */
export declare function historyListeners(context: HistoryRuleContext, listen: (comparison: HistoryComparison) => ProtoVisitor): ProtoVisitor;
export {};
