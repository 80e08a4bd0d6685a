/**
 * Plaintext connections: where a client, channel, transport or server is set up without TLS, and
 * the address it talks to or listens on.
 *
 * - grpc-js: `credentials.createInsecure()` / `ChannelCredentials.createInsecure()` as a client's
 *   or `Channel`'s second argument; `ServerCredentials.createInsecure()` given to `bindAsync`.
 * - nice-grpc `createChannel(address, credentials?)`: with no credentials and no `https://`
 *   prefix it falls back to `ChannelCredentials.createInsecure()` (`lib/client/channel.js`).
 * - Connect Node transports: a `baseUrl` starting with `http://` is HTTP/2 or HTTP/1.1 without TLS.
 *
 * A credential chosen under a condition (`if (process.env.NODE_ENV === "development")`, a
 * ternary, `a || b`) is guarded: someone decided when plaintext applies.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis } from "./grpc-calls.js";
export type PlaintextKind = "client" | "server" | "url";
export interface PlaintextSite {
    kind: PlaintextKind;
    /** What to report: the insecure credentials argument, or the `http://` address. */
    node: TSESTree.Node;
    /** The target, listening address or base URL expression. */
    address: TSESTree.Node | undefined;
    /** Chosen under a condition (an environment check, a ternary). */
    guarded: boolean;
}
/** A plaintext client, channel, transport or server set up by this expression, if any. */
export declare function plaintextSite(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression): PlaintextSite | undefined;
