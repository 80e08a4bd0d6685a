/**
 * gRPC target URIs and the load balancers they name.
 *
 * grpc-js parses a target as `scheme:[//authority/]path`; a scheme it has no resolver for (or none
 * at all, as in `host:port`) makes the whole string a `dns:` path. Only `dns:` names can point at
 * an L4 load balancer: `ipv4:`/`ipv6:` list addresses, `unix:` is a local socket, `xds:` balances
 * per request.
 */
export type TargetScheme = "dns" | "ipv4" | "ipv6" | "unix" | "unix-abstract" | "xds" | "other";
export interface ParsedTarget {
    scheme: TargetScheme;
    /** The scheme as written, lower-cased ("" when the target had none the resolver knows). */
    rawScheme: string;
    /** `dns://8.8.8.8/host` names a DNS server as its authority. */
    authority?: string;
    /** Everything after the scheme and authority. */
    path: string;
    /** Host part of a `dns:` path (brackets of an IPv6 literal removed). */
    host?: string;
    port?: string;
}
export declare function parseTarget(target: string): ParsedTarget | undefined;
export declare function splitHostPort(path: string): {
    host: string;
    port?: string;
};
export type L4Kind = "kubernetes-clusterip" | "aws-nlb" | "gcp-internal-l4" | "user-pattern";
export interface L4Pattern {
    kind: L4Kind;
    /** Tested against the lower-cased host name, without scheme or port. */
    pattern: RegExp;
    /** Human name used in messages. */
    label: string;
}
/**
 * Host names that belong to load balancers which balance TCP connections, not requests. A headless
 * Kubernetes Service has the same name shape as a ClusterIP one; it balances only with a
 * request-level policy on the client, which is what the rule asks for in either case.
 */
export declare const L4_TARGET_PATTERNS: readonly L4Pattern[];
export interface L4Match {
    kind: L4Kind;
    label: string;
    host: string;
}
/** Hosts that are the local machine: a sidecar proxy balances per request for them. */
export declare function isLoopbackHost(host: string): boolean;
/**
 * The L4 load balancer a target names, if any. `userPatterns` are regular expression sources
 * (`settings["grpc-review"].l4TargetPatterns`), tested case-insensitively against the host;
 * an invalid one is ignored.
 */
export declare function classifyL4Target(target: string, userPatterns?: readonly string[]): L4Match | undefined;
/**
 * Whether a target, listening address or base URL stays on this machine: a `unix:` socket, or a
 * loopback host (`localhost`, `127.0.0.0/8`, `::1`). For a server, `0.0.0.0` and `[::]` listen on
 * every interface and are not local.
 */
export declare function isLocalAddress(address: string, side: "client" | "server"): boolean;
/** The host a target or URL names, for messages and for matching mesh patterns. */
export declare function addressHost(address: string): string | undefined;
