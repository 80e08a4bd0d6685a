/**
 * Compares one method with its version at a git ref: what old clients and servers of the
 * method disagree on once it changed (buf's RPC_SAME_* checks). Pure: no git, no ESLint.
 */
import type { Method, OptionDecl } from "./ast.js";
/** A method as the snapshot at a ref keeps it: signature, streaming, the options history compares. */
export interface MethodSignature {
    name: string;
    inputType: string;
    outputType: string;
    clientStreaming: boolean;
    serverStreaming: boolean;
    /** `idempotency_level` as written, or undefined (IDEMPOTENCY_UNKNOWN, the default). */
    idempotencyLevel: string | undefined;
    deprecated: boolean;
}
export declare function idempotencyLevelOf(options: readonly OptionDecl[]): string | undefined;
export declare function isDeprecated(options: readonly OptionDecl[]): boolean;
export declare function signatureOf(method: Method): MethodSignature;
export type RpcChange = {
    kind: "requestTypeChanged" | "responseTypeChanged";
    oldType: string;
    newType: string;
} | {
    kind: "clientStreamingChanged" | "serverStreamingChanged";
    nowStreaming: boolean;
} | {
    kind: "idempotencyChanged";
    oldLevel: string;
    newLevel: string;
};
/** How the two sides' type names and their compatibility are judged; supplied by the history context. */
export interface TypeJudge {
    /** Fully qualified names of the request (or response) type at the ref and now; undefined when out of sight. */
    previous(type: string): string | undefined;
    current(type: string): string | undefined;
    /** True when data of one type decodes as the other (same numbers, compatible encodings); undefined when unseen. */
    compatible(previousName: string, currentName: string): boolean | undefined;
}
export declare function rpcChanges(previous: MethodSignature, current: Method, types: TypeJudge): RpcChange[];
