/**
 * Which load-balancing policy a service config selects. grpc-js reads only `loadBalancingConfig`
 * (the older `loadBalancingPolicy` string and the `grpc.lb_policy_name` option are ignored), takes
 * the first entry whose policy it knows, and falls back to `pick_first` when it knows none.
 */

/** Policies that spread calls over several backends (grpc-js and its xDS plugin). */
export const REQUEST_LEVEL_POLICIES: ReadonlySet<string> = new Set([
  "round_robin",
  "weighted_round_robin",
  "least_request_experimental",
  "ring_hash",
  "ring_hash_experimental",
  "outlier_detection",
  "priority",
  "weighted_target",
  "xds_cluster_manager_experimental",
  "xds_cluster_impl_experimental",
  "xds_wrr_locality_experimental",
  "cds_experimental",
  "grpclb",
  "rls_experimental",
]);

export const PICK_FIRST = "pick_first";

export type BalancingVerdict =
  /** A policy that balances per request. */
  | { kind: "request-level"; policy: string }
  /** pick_first, explicitly or by default. */
  | { kind: "pick-first"; unknownPolicies: string[] }
  /** The config could not be read (not JSON, or a value we cannot see). */
  | { kind: "unknown" };

/** Verdict for a service config given as its JSON text. */
export function balancingFromServiceConfigJson(json: string): BalancingVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { kind: "unknown" };
  }
  return balancingFromServiceConfig(parsed);
}

/** Verdict for a parsed service config object. */
export function balancingFromServiceConfig(config: unknown): BalancingVerdict {
  if (!config || typeof config !== "object") return { kind: "unknown" };
  const entries = (config as { loadBalancingConfig?: unknown }).loadBalancingConfig;
  if (entries === undefined) return { kind: "pick-first", unknownPolicies: [] };
  if (!Array.isArray(entries)) return { kind: "unknown" };
  const unknownPolicies: string[] = [];
  for (const entry of entries) {
    // Not an object: a part we could not evaluate (grpc-js rejects such a config outright).
    if (!entry || typeof entry !== "object") return { kind: "unknown" };
    const [policy] = Object.keys(entry);
    if (policy === undefined) continue;
    if (policy === PICK_FIRST) return { kind: "pick-first", unknownPolicies };
    if (REQUEST_LEVEL_POLICIES.has(policy)) return { kind: "request-level", policy };
    unknownPolicies.push(policy);
  }
  return { kind: "pick-first", unknownPolicies };
}
