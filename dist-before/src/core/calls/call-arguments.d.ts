/**
 * Which argument of a recognized call is the call-options object. grpc-js methods take
 * `(request?, metadata?, options?, callback?)` in every combination; the resolved signature
 * answers when typed, else the arguments' shapes do (callbacks, `Metadata`, option-keyed literals).
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type ts from "typescript";
import { type FileView } from "../syntax/index.js";
import type { GrpcTypeOracle } from "./grpc-types.js";
/** What argument-shape questions need of a file: the syntax view and, when typed, the gRPC type oracle. */
export type ArgumentsView = FileView & {
    readonly types: GrpcTypeOracle | undefined;
};
/** Where a call's options argument is, or would go. */
export interface OptionsPosition {
    /** the call-options argument, if the call passes one */
    options: TSESTree.Node | undefined;
    /** index where the options argument is, or would go; undefined if unknown */
    optionsIndex: number | undefined;
    /** an argument may be the options but cannot be told from metadata or the request */
    optionsUncertain: boolean;
}
import { type GrpcCallType, type GrpcLibrary } from "./grpc-modules.js";
export declare function optionsLayout(analysis: ArgumentsView, node: TSESTree.CallExpression, tsCall: ts.CallExpression | undefined, library: GrpcLibrary, callType: GrpcCallType | undefined, generic: boolean, 
/** The RPC's own arguments (a promisified call has no callback; `m.call(stub, ...)` drops `stub`). */
args?: readonly TSESTree.CallExpressionArgument[]): OptionsPosition;
export declare function isFunctionLike(analysis: ArgumentsView, node: TSESTree.Node | undefined): boolean;
export declare function isMetadataLike(analysis: ArgumentsView, node: TSESTree.Node | undefined): boolean;
/** "options" when an argument is plainly grpc-js call options; "request" when plainly not; else "unknown". */
export declare function optionsLikeness(analysis: ArgumentsView, node: TSESTree.Node, optionKeys?: ReadonlySet<string>): "options" | "request" | "unknown";
