import { parseAllDocuments } from "yaml";
import { formatForFileName } from "./parse.js";
/** Top-level keys that make a JSON or YAML document a gRPC service config. */
export const SERVICE_CONFIG_KEYS = ["methodConfig", "retryThrottling", "loadBalancingConfig", "loadBalancingPolicy"];
const ANY_KEY = new RegExp(SERVICE_CONFIG_KEYS.join("|"));
const JSON_KEY = new RegExp(`"(?:${SERVICE_CONFIG_KEYS.join("|")})"\\s*:`);
const YAML_TOP_LEVEL_KEY = new RegExp(`^["']?(?:${SERVICE_CONFIG_KEYS.join("|")})["']?\\s*:`, "m");
function hasConfigKey(value) {
    return (typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        SERVICE_CONFIG_KEYS.some((key) => Object.hasOwn(value, key)));
}
/**
 * Whether a `.json`, `.yaml` or `.yml` file's content is a gRPC service config: some document's
 * top level has `methodConfig`, `retryThrottling`, `loadBalancingConfig` or `loadBalancingPolicy`.
 * The format follows the extension. A file that does not parse counts when such a key appears
 * where a top-level key would, so that its syntax error gets reported rather than skipped.
 */
export function isServiceConfigDocument(text, fileName) {
    if (!ANY_KEY.test(text))
        return false;
    if (formatForFileName(fileName) === "json") {
        try {
            return hasConfigKey(JSON.parse(text));
        }
        catch {
            return JSON_KEY.test(text);
        }
    }
    try {
        const documents = parseAllDocuments(text, { uniqueKeys: false, merge: true });
        const list = Array.isArray(documents) ? documents : [];
        if (list.some((document) => document.errors.length > 0))
            return YAML_TOP_LEVEL_KEY.test(text);
        return list.some((document) => hasConfigKey(document.toJS({ maxAliasCount: 100 })));
    }
    catch {
        return YAML_TOP_LEVEL_KEY.test(text);
    }
}
