/**
 * gRPC target URIs and the load balancers they name.
 *
 * grpc-js parses a target as `scheme:[//authority/]path`; a scheme it has no resolver for (or none
 * at all, as in `host:port`) makes the whole string a `dns:` path. Only `dns:` names can point at
 * an L4 load balancer: `ipv4:`/`ipv6:` list addresses, `unix:` is a local socket, `xds:` balances
 * per request.
 */
const KNOWN_SCHEMES = new Set(["dns", "ipv4", "ipv6", "unix", "unix-abstract", "xds"]);
// Same shape as grpc-js's uri-parser: optional scheme, optional `//authority/`, then the path.
const URI_PATTERN = /^(?:([A-Za-z0-9+.-]+):)?(?:\/\/([^/]*)\/)?(.+)$/;
export function parseTarget(target) {
    const trimmed = target.trim();
    const match = URI_PATTERN.exec(trimmed);
    if (!match)
        return undefined;
    const [, scheme, authority, path] = match;
    const lower = scheme?.toLowerCase() ?? "";
    if (lower === "unix" && !authority) {
        // `unix:/abs/path` and `unix:relative` keep the path as is.
        return { scheme: "unix", rawScheme: lower, path: path };
    }
    if (KNOWN_SCHEMES.has(lower)) {
        const parsed = { scheme: lower, rawScheme: lower, path: path };
        if (authority !== undefined)
            parsed.authority = authority;
        if (lower === "dns")
            Object.assign(parsed, splitHostPort(path));
        return parsed;
    }
    if (scheme && (authority !== undefined || path.startsWith("//"))) {
        // `https://host/...` and other registered-looking schemes: not something we know how to resolve.
        const other = { scheme: "other", rawScheme: lower, path: path };
        if (authority !== undefined)
            other.authority = authority;
        return other;
    }
    // No usable scheme: grpc-js prefixes `dns:///` to the whole target.
    return { scheme: "dns", rawScheme: "", path: trimmed, ...splitHostPort(trimmed) };
}
export function splitHostPort(path) {
    if (path.startsWith("[")) {
        const close = path.indexOf("]");
        if (close < 0)
            return { host: path };
        const host = path.slice(1, close);
        const rest = path.slice(close + 1);
        return rest.startsWith(":") ? { host, port: rest.slice(1) } : { host };
    }
    const colon = path.indexOf(":");
    // More than one colon without brackets is a bare IPv6 address.
    if (colon < 0 || path.indexOf(":", colon + 1) >= 0)
        return { host: path };
    return { host: path.slice(0, colon), port: path.slice(colon + 1) };
}
/**
 * Host names that belong to load balancers which balance TCP connections, not requests. A headless
 * Kubernetes Service has the same name shape as a ClusterIP one; it balances only with a
 * request-level policy on the client, which is what the rule asks for in either case.
 */
export const L4_TARGET_PATTERNS = [
    {
        kind: "kubernetes-clusterip",
        pattern: /^[a-z0-9]([a-z0-9-]*[a-z0-9])?\.[a-z0-9]([a-z0-9-]*[a-z0-9])?\.svc(\.cluster\.local)?\.?$/,
        label: "a Kubernetes Service name (ClusterIP)",
    },
    {
        // NLB: `<name>-<id>.elb.<region>.amazonaws.com`. ALB and classic ELB put the region first
        // (`<name>-<id>.<region>.elb.amazonaws.com`); an ALB balances HTTP/2 requests.
        kind: "aws-nlb",
        pattern: /\.elb\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\.?$/,
        label: "an AWS Network Load Balancer",
    },
    {
        kind: "gcp-internal-l4",
        pattern: /\.il4\.[a-z0-9-]+\.lb\.[a-z0-9-]+\.internal\.?$/,
        label: "a GCP internal TCP/UDP load balancer",
    },
];
const userPatternCache = new Map();
function compileUserPattern(source) {
    let compiled = userPatternCache.get(source);
    if (compiled === undefined) {
        try {
            compiled = new RegExp(source, "i");
        }
        catch {
            compiled = null;
        }
        userPatternCache.set(source, compiled);
    }
    return compiled;
}
/** Hosts that are the local machine: a sidecar proxy balances per request for them. */
export function isLoopbackHost(host) {
    const lower = host.toLowerCase();
    return lower === "localhost" || lower.endsWith(".localhost") || lower === "::1" || /^127\./.test(lower) || lower === "0.0.0.0";
}
/**
 * The L4 load balancer a target names, if any. `userPatterns` are regular expression sources
 * (`settings["grpc-review"].l4TargetPatterns`), tested case-insensitively against the host;
 * an invalid one is ignored.
 */
export function classifyL4Target(target, userPatterns = []) {
    const parsed = parseTarget(target);
    if (!parsed || parsed.scheme !== "dns" || !parsed.host)
        return undefined;
    const host = parsed.host.toLowerCase();
    if (isLoopbackHost(host))
        return undefined;
    for (const entry of L4_TARGET_PATTERNS) {
        if (entry.pattern.test(host))
            return { kind: entry.kind, label: entry.label, host: parsed.host };
    }
    for (const source of userPatterns) {
        const pattern = compileUserPattern(source);
        if (pattern?.test(host))
            return { kind: "user-pattern", label: "a load balancer matching a configured L4 pattern", host: parsed.host };
    }
    return undefined;
}
/**
 * Whether a target, listening address or base URL stays on this machine: a `unix:` socket, or a
 * loopback host (`localhost`, `127.0.0.0/8`, `::1`). For a server, `0.0.0.0` and `[::]` listen on
 * every interface and are not local.
 */
export function isLocalAddress(address, side) {
    let text = address.trim();
    const url = /^(?:https?|h2c?):\/\/([^/]*)/i.exec(text);
    if (url)
        text = url[1];
    const parsed = parseTarget(text);
    if (!parsed)
        return false;
    if (parsed.scheme === "unix" || parsed.scheme === "unix-abstract")
        return true;
    if (parsed.scheme === "ipv4" || parsed.scheme === "ipv6") {
        return parsed.path.split(",").every((entry) => isLoopbackOnly(splitHostPort(entry).host, side));
    }
    if (parsed.scheme !== "dns" || !parsed.host)
        return false;
    return isLoopbackOnly(parsed.host, side);
}
function isLoopbackOnly(host, side) {
    const lower = host.toLowerCase().replace(/^\[|\]$/g, "");
    if (lower === "0.0.0.0" || lower === "::" || lower === "")
        return side === "client" && lower === "0.0.0.0";
    return isLoopbackHost(lower);
}
/** The host a target or URL names, for messages and for matching mesh patterns. */
export function addressHost(address) {
    let text = address.trim();
    const url = /^(?:https?|h2c?):\/\/([^/]*)/i.exec(text);
    if (url)
        text = url[1];
    const parsed = parseTarget(text);
    return parsed?.host ?? parsed?.path;
}
