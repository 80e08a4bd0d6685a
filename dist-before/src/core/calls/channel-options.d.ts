/**
 * grpc-js channel and server options: the keys grpc-js reads, and the values that break against
 * servers' defaults. One table, read from @grpc/grpc-js 1.14.7's source:
 *
 * - `src/channel-options.ts`, interface `ChannelOptions`: every key grpc-js declares. Its
 *   `recognizedOptions` object lists fewer (no `grpc.max_connection_idle_ms`,
 *   `grpc.default_compression_algorithm`), but grpc-js reads those too (`server.ts`,
 *   `compression-filter.ts`), so the interface is the list. Any other key is accepted by the
 *   index signature and silently ignored: a typo or a C-core-only key (`grpc.http2.*`,
 *   `grpc.keepalive_permit_without_calls` spelled with a dash) does nothing.
 * - `src/client.ts`, `ClientOptions`: `channelOverride`, `channelFactoryOverride`,
 *   `interceptors`, `interceptor_providers`, `callInvocationTransformer` on clients;
 *   `src/server.ts`, `ServerOptions`: `interceptors` on servers.
 *
 * Servers' ping policy (C-core `src/core/ext/transport/chttp2/transport/ping_abuse_policy.cc`,
 * the default of every C-core-based server and the same in grpc-go's `EnforcementPolicy`): a
 * ping that comes less than 5 minutes after the previous one, with no data sent in between, is a
 * strike; on a connection with no calls the interval is 2 hours; after 2 strikes the server
 * closes the connection with GOAWAY `ENHANCE_YOUR_CALM` / `too_many_pings`. grpc-js then doubles
 * its keepalive time (`subchannel.ts`, on a `too_many_pings` disconnect) and reconnects.
 * grpc-js servers enforce no such policy, so the check is about talking to other servers.
 *
 * Server `grpc.max_receive_message_length: -1` turns the size check off
 * (`server-interceptors.ts`, `stream-decoder.ts`: `maxReadMessageLength !== -1`), so one message
 * can take as much memory as a client sends.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import { type FileContext } from "../syntax/index.js";
import { type GrpcAnalysis, type GrpcCall } from "./grpc-calls.js";
/** Keys of grpc-js 1.14.7's `ChannelOptions` interface (`src/channel-options.ts`). */
export declare const GRPC_JS_CHANNEL_OPTION_KEYS: ReadonlySet<string>;
/** C-core's default minimum interval between data-less pings a server accepts (ping_abuse_policy.cc). */
export declare const SERVER_MIN_PING_INTERVAL_MS: number;
/** The same on a connection with no calls. */
export declare const SERVER_IDLE_PING_INTERVAL_MS: number;
export type ChannelSide = "client" | "channel" | "server";
export interface ChannelOptionSite {
    side: ChannelSide;
    /** The `new ...` or `create...()` expression. */
    node: TSESTree.NewExpression | TSESTree.CallExpression;
    /** The options argument, when there is one. */
    options: TSESTree.Node | undefined;
}
export type ChannelOptionFinding = {
    kind: "unknown-option";
    node: TSESTree.Node;
    key: string;
    suggestion: string | undefined;
    side: ChannelSide;
} | {
    kind: "keepalive-too-frequent";
    node: TSESTree.Node;
    valueMs: number;
} | {
    kind: "permit-without-calls";
    node: TSESTree.Node;
} | {
    kind: "unbounded-receive";
    node: TSESTree.Node;
};
/** Where grpc-js options are given: clients, `new Channel`, `new Server`, nice-grpc's `createChannel` and `createServer`. */
export declare function channelOptionSite(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression): ChannelOptionSite | undefined;
/** The findings on one construction's options; empty when it is no channel, client or server, or its options cannot be read. */
export declare function channelOptionFindings(file: FileContext, node: TSESTree.NewExpression | TSESTree.CallExpression): ChannelOptionFinding[];
/**
 * Long-lived streams on a channel with no keepalive: for each client construction in the file
 * whose options set no `grpc.keepalive_time_ms`, the first streaming call through it whose
 * method is one of `longLived` (names or `/pkg.Service/Method` paths). Without keepalive a
 * stream whose peer vanished (a dropped NAT entry, a dead node) is not noticed until TCP gives up.
 */
export declare function streamsWithoutKeepalive(file: FileContext, calls: readonly GrpcCall[], longLived: ReadonlySet<string>): {
    node: TSESTree.NewExpression | TSESTree.CallExpression;
    call: GrpcCall;
}[];
