/** Top-level keys that make a JSON or YAML document a gRPC service config. */
export declare const SERVICE_CONFIG_KEYS: readonly ["methodConfig", "retryThrottling", "loadBalancingConfig", "loadBalancingPolicy"];
/**
 * Whether a `.json`, `.yaml` or `.yml` file's content is a gRPC service config: some document's
 * top level has `methodConfig`, `retryThrottling`, `loadBalancingConfig` or `loadBalancingPolicy`.
 * The format follows the extension. A file that does not parse counts when such a key appears
 * where a top-level key would, so that its syntax error gets reported rather than skipped.
 */
export declare function isServiceConfigDocument(text: string, fileName: string): boolean;
