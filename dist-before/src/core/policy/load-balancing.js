/**
 * Which load-balancing policy a service config selects. grpc-js reads only `loadBalancingConfig`
 * (the older `loadBalancingPolicy` string and the `grpc.lb_policy_name` option are ignored), takes
 * the first entry whose policy it knows, and falls back to `pick_first` when it knows none.
 */
/** Load-balancing policies grpc-js registers itself. */
export const GRPC_JS_LB_POLICIES = new Set(["pick_first", "round_robin", "weighted_round_robin", "outlier_detection"]);
/** Policies `@grpc/grpc-js-xds` registers when it is loaded (names across its recent versions). */
export const GRPC_JS_XDS_LB_POLICIES = new Set([
    "cds",
    "xds_cluster_impl",
    "xds_cluster_manager",
    "xds_cluster_resolver",
    "xds_wrr_locality",
    "priority",
    "weighted_target",
    "ring_hash",
    "least_request",
]);
/** Whether grpc-js (with its xDS plugin) knows the policy; an unknown name is skipped at channel creation. */
export function isKnownLbPolicy(name) {
    return GRPC_JS_LB_POLICIES.has(name) || GRPC_JS_XDS_LB_POLICIES.has(name);
}
export const PICK_FIRST = "pick_first";
/** Verdict for a service config given as its JSON text. */
export function balancingFromServiceConfigJson(json) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        return { kind: "unknown" };
    }
    return balancingFromServiceConfig(parsed);
}
/** Verdict for a parsed service config object. */
export function balancingFromServiceConfig(config) {
    if (!config || typeof config !== "object")
        return { kind: "unknown" };
    const entries = config.loadBalancingConfig;
    if (entries === undefined)
        return { kind: "pick-first", unknownPolicies: [] };
    if (!Array.isArray(entries))
        return { kind: "unknown" };
    const unknownPolicies = [];
    for (const entry of entries) {
        // Not an object: a part we could not evaluate (grpc-js rejects such a config outright).
        if (!entry || typeof entry !== "object")
            return { kind: "unknown" };
        const [policy] = Object.keys(entry);
        if (policy === undefined)
            continue;
        if (policy === PICK_FIRST)
            return { kind: "pick-first", unknownPolicies };
        // Every policy grpc-js knows other than pick_first spreads calls over several backends.
        if (isKnownLbPolicy(policy))
            return { kind: "request-level", policy };
        unknownPolicies.push(policy);
    }
    return { kind: "pick-first", unknownPolicies };
}
