/**
 * Connection lifetimes: whether a channel, client or transport is built inside a function that
 * calls through it and then lets it go, so every call of the function pays for a new one.
 *
 * What owns a connection (see CONNECTION_OWNERS in grpc-modules.ts):
 * - a grpc-js client builds its own channel (`client.ts`: `new ChannelImplementation(...)` unless
 *   `channelOverride`); an unclosed channel stays registered in channelz (`internal-channel.ts`
 *   registers in the constructor and unregisters only in `close()`), and secure credentials made
 *   per call never equal the last ones (`channel-credentials.ts` `_equals` compares the
 *   `secureContext`), so the global subchannel pool cannot share the connection: a new TCP and
 *   TLS handshake per call;
 * - `new grpc.Channel`, nice-grpc's `createChannel` (a grpc-js `Channel`, `lib/client/channel.js`);
 * - a Connect Node transport over HTTP/2 builds its own `Http2SessionManager`
 *   (`connect-node/dist/esm/node-transport-options.js`), one HTTP/2 connection per transport;
 *   over HTTP/1.1 it uses Node's pooled agent and is cheap, so only HTTP/2 ones count;
 * - protobuf-ts's `GrpcTransport` builds a grpc-js `Client` in its constructor.
 *
 * The handle is followed through local variables and the clients built on it. It is kept
 * (no finding) when it is returned, stored in a field, map, array or outer variable, passed to
 * anything that is not a client construction, or closed. Functions that run once (a `main()`
 * called from module scope, an IIFE) and test callbacks are not per call.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import { type FunctionNode } from "../syntax/index.js";
import type { GrpcAnalysis } from "./grpc-calls.js";
import { type ConnectionOwnerKind } from "./grpc-modules.js";
export type { ConnectionOwnerKind } from "./grpc-modules.js";
export type LifetimeVerdict = {
    kind: "per-call";
    owner: ConnectionOwnerKind;
    fn: FunctionNode;
    functionName: string | undefined;
    call: TSESTree.CallExpression;
} | {
    kind: "kept";
} | {
    kind: "not-an-owner";
};
/** What kind of connection a `new ...` or `create...()` expression opens, if any. */
export declare function connectionOwner(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression): ConnectionOwnerKind | undefined;
/** The verdict for one construction: built per call, kept, or not something that owns a connection. */
export declare function connectionLifetime(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression): LifetimeVerdict;
