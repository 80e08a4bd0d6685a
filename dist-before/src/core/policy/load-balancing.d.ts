/**
 * Which load-balancing policy a service config selects. grpc-js reads only `loadBalancingConfig`
 * (the older `loadBalancingPolicy` string and the `grpc.lb_policy_name` option are ignored), takes
 * the first entry whose policy it knows, and falls back to `pick_first` when it knows none.
 */
/** Load-balancing policies grpc-js registers itself. */
export declare const GRPC_JS_LB_POLICIES: ReadonlySet<string>;
/** Policies `@grpc/grpc-js-xds` registers when it is loaded (names across its recent versions). */
export declare const GRPC_JS_XDS_LB_POLICIES: ReadonlySet<string>;
/** Whether grpc-js (with its xDS plugin) knows the policy; an unknown name is skipped at channel creation. */
export declare function isKnownLbPolicy(name: string): boolean;
export declare const PICK_FIRST = "pick_first";
export type BalancingVerdict = 
/** A policy that balances per request. */
{
    kind: "request-level";
    policy: string;
}
/** pick_first, explicitly or by default. */
 | {
    kind: "pick-first";
    unknownPolicies: string[];
}
/** The config could not be read (not JSON, or a value we cannot see). */
 | {
    kind: "unknown";
};
/** Verdict for a service config given as its JSON text. */
export declare function balancingFromServiceConfigJson(json: string): BalancingVerdict;
/** Verdict for a parsed service config object. */
export declare function balancingFromServiceConfig(config: unknown): BalancingVerdict;
