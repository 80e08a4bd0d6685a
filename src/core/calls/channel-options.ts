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
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { createStaticEvaluator, propertyKeyName, StaticObject, UNKNOWN, type FileContext, type StaticEvaluator } from "../syntax/index.js";
import { grpcAnalysis, type GrpcAnalysis, type GrpcCall } from "./grpc-calls.js";
import { LIBRARY_MODULES } from "./grpc-modules.js";

/** Keys of grpc-js 1.14.7's `ChannelOptions` interface (`src/channel-options.ts`). */
export const GRPC_JS_CHANNEL_OPTION_KEYS: ReadonlySet<string> = new Set([
  "grpc.ssl_target_name_override",
  "grpc.primary_user_agent",
  "grpc.secondary_user_agent",
  "grpc.default_authority",
  "grpc.keepalive_time_ms",
  "grpc.keepalive_timeout_ms",
  "grpc.keepalive_permit_without_calls",
  "grpc.service_config",
  "grpc.max_concurrent_streams",
  "grpc.initial_reconnect_backoff_ms",
  "grpc.max_reconnect_backoff_ms",
  "grpc.use_local_subchannel_pool",
  "grpc.max_send_message_length",
  "grpc.max_receive_message_length",
  "grpc.enable_http_proxy",
  "grpc.http_connect_target",
  "grpc.http_connect_creds",
  "grpc.default_compression_algorithm",
  "grpc.enable_channelz",
  "grpc.dns_min_time_between_resolutions_ms",
  "grpc.enable_retries",
  "grpc.per_rpc_retry_buffer_size",
  "grpc.retry_buffer_size",
  "grpc.max_connection_age_ms",
  "grpc.max_connection_age_grace_ms",
  "grpc.max_connection_idle_ms",
  "grpc-node.max_session_memory",
  "grpc.service_config_disable_resolution",
  "grpc.client_idle_timeout_ms",
  "grpc-node.tls_enable_trace",
  "grpc.lb.ring_hash.ring_size_cap",
  "grpc-node.retry_max_attempts_limit",
  "grpc-node.flow_control_window",
  "grpc.server_call_metric_recording",
]);

/** `ClientOptions` extras (`src/client.ts`). */
const CLIENT_ONLY_KEYS: ReadonlySet<string> = new Set([
  "channelOverride",
  "channelFactoryOverride",
  "interceptors",
  "interceptor_providers",
  "callInvocationTransformer",
]);

/** `ServerOptions` extras (`src/server.ts`). */
const SERVER_ONLY_KEYS: ReadonlySet<string> = new Set(["interceptors"]);

/** C-core's default minimum interval between data-less pings a server accepts (ping_abuse_policy.cc). */
export const SERVER_MIN_PING_INTERVAL_MS = 5 * 60 * 1000;
/** The same on a connection with no calls. */
export const SERVER_IDLE_PING_INTERVAL_MS = 2 * 60 * 60 * 1000;

export type ChannelSide = "client" | "channel" | "server";

export interface ChannelOptionSite {
  side: ChannelSide;
  /** The `new ...` or `create...()` expression. */
  node: TSESTree.NewExpression | TSESTree.CallExpression;
  /** The options argument, when there is one. */
  options: TSESTree.Node | undefined;
}

export type ChannelOptionFinding =
  | { kind: "unknown-option"; node: TSESTree.Node; key: string; suggestion: string | undefined; side: ChannelSide }
  | { kind: "keepalive-too-frequent"; node: TSESTree.Node; valueMs: number }
  | { kind: "permit-without-calls"; node: TSESTree.Node }
  | { kind: "unbounded-receive"; node: TSESTree.Node };

function isGrpcJsModule(module: string): boolean {
  return LIBRARY_MODULES["grpc-js"].includes(module);
}

/** Where grpc-js options are given: clients, `new Channel`, `new Server`, nice-grpc's `createChannel` and `createServer`. */
export function channelOptionSite(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression): ChannelOptionSite | undefined {
  const argument = (index: number): TSESTree.Node | undefined => {
    const value = node.arguments[index];
    return value && value.type !== AST_NODE_TYPES.SpreadElement ? value : undefined;
  };
  if (node.arguments.some((value) => value.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  const imported = analysis.estree.importedName(node.callee);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    if (imported?.module !== "nice-grpc") return undefined;
    if (imported.name === "createChannel") return { side: "channel", node, options: argument(2) };
    if (imported.name === "createServer") return { side: "server", node, options: argument(0) };
    return undefined;
  }
  if (imported && isGrpcJsModule(imported.module)) {
    if (imported.name === "Server") return { side: "server", node, options: argument(0) };
    if (imported.name === "Channel") return { side: "channel", node, options: argument(2) };
  }
  const construction = analysis.construction(node);
  if (construction?.library === "grpc-js") return { side: "client", node, options: argument(2) };
  return undefined;
}

const evaluators = new WeakMap<object, StaticEvaluator>();

function evaluatorFor(file: FileContext): StaticEvaluator {
  let evaluator = evaluators.get(file.sourceCode);
  if (!evaluator) {
    evaluator = createStaticEvaluator(file);
    evaluators.set(file.sourceCode, evaluator);
  }
  return evaluator;
}

/** The findings on one construction's options; empty when it is no channel, client or server, or its options cannot be read. */
export function channelOptionFindings(file: FileContext, node: TSESTree.NewExpression | TSESTree.CallExpression): ChannelOptionFinding[] {
  const analysis = grpcAnalysis(file);
  if (!analysis) return [];
  const site = channelOptionSite(analysis, node);
  if (!site?.options) return [];
  const evaluator = evaluatorFor(file);
  const literal = evaluator.objectLiteral(site.options);
  if (!literal) return [];
  const findings: ChannelOptionFinding[] = [];
  const values = new Map<string, { key: TSESTree.Node; value: unknown }>();
  for (const property of literal.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyKeyName(property);
    if (key === undefined) continue;
    const value = evaluator.value(property.value);
    values.set(key, { key: property.key, value: value === UNKNOWN || value instanceof StaticObject ? undefined : value });
    if (!isKnownKey(key, site.side)) {
      const suggestion = closestKey(key, site.side);
      // Every key, read or not, takes part in grpc-js's subchannel pool match (`channelOptionsEqual`
      // in channel-options.ts, used by subchannel-pool.ts): a key of the application's own outside
      // grpc's namespaces (`{ unique: i }`) keeps channels from sharing connections on purpose.
      // Only a key in grpc's namespaces, or one close to a known key, is a likely mistake.
      if (suggestion !== undefined || isGrpcNamespaced(key)) findings.push({ kind: "unknown-option", node: property.key, key, suggestion, side: site.side });
    }
  }
  if (site.side !== "server") {
    const keepalive = values.get("grpc.keepalive_time_ms");
    const time = typeof keepalive?.value === "number" ? keepalive.value : undefined;
    if (keepalive && time !== undefined && time > 0 && time < SERVER_MIN_PING_INTERVAL_MS) {
      findings.push({ kind: "keepalive-too-frequent", node: keepalive.key, valueMs: time });
    }
    const permit = values.get("grpc.keepalive_permit_without_calls");
    // Pings on an idle connection are accepted every 2 hours; a keepalive time that long is fine.
    if (permit && permit.value === 1 && (time === undefined || time < SERVER_IDLE_PING_INTERVAL_MS) && keepalive) {
      findings.push({ kind: "permit-without-calls", node: permit.key });
    }
  } else {
    const receive = values.get("grpc.max_receive_message_length");
    if (receive && receive.value === -1) findings.push({ kind: "unbounded-receive", node: receive.key });
  }
  return findings;
}

function isKnownKey(key: string, side: ChannelSide): boolean {
  if (GRPC_JS_CHANNEL_OPTION_KEYS.has(key)) return true;
  if (side === "client") return CLIENT_ONLY_KEYS.has(key);
  if (side === "server") return SERVER_ONLY_KEYS.has(key);
  return false;
}

function isGrpcNamespaced(key: string): boolean {
  return key.startsWith("grpc.") || key.startsWith("grpc-node.") || key.startsWith("grpc_");
}

/** The known key a misspelt one most likely means (edit distance at most 3, or the same words). */
function closestKey(key: string, side: ChannelSide): string | undefined {
  const candidates = [...GRPC_JS_CHANNEL_OPTION_KEYS, ...(side === "client" ? CLIENT_ONLY_KEYS : side === "server" ? SERVER_ONLY_KEYS : [])];
  const normalized = normalizeKey(key);
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of candidates) {
    if (normalizeKey(candidate) === normalized) return candidate;
    const distance = editDistance(key, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `grpc.keepalive-time-ms`, `grpc-node.keepalive_time_ms`, `keepalive_time_ms` name the same thing. */
function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/^grpc(-node)?\./, "").replace(/[-_.]/g, "");
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Long-lived streams on a channel with no keepalive: for each client construction in the file
 * whose options set no `grpc.keepalive_time_ms`, the first streaming call through it whose
 * method is one of `longLived` (names or `/pkg.Service/Method` paths). Without keepalive a
 * stream whose peer vanished (a dropped NAT entry, a dead node) is not noticed until TCP gives up.
 */
export function streamsWithoutKeepalive(
  file: FileContext,
  calls: readonly GrpcCall[],
  longLived: ReadonlySet<string>,
): { node: TSESTree.NewExpression | TSESTree.CallExpression; call: GrpcCall }[] {
  const analysis = grpcAnalysis(file);
  if (!analysis || longLived.size === 0) return [];
  const evaluator = evaluatorFor(file);
  const found = new Map<TSESTree.Node, { node: TSESTree.NewExpression | TSESTree.CallExpression; call: GrpcCall }>();
  for (const call of calls) {
    if (call.callType === "unary" || !longLived.has(call.method)) continue;
    const construction = call.construction ?? analysis.traceClient(call.receiver);
    if (!construction) continue;
    // nice-grpc: keepalive is set on the channel the client is created with.
    let channelNode: TSESTree.NewExpression | TSESTree.CallExpression | undefined = construction.node;
    if (construction.library === "nice-grpc") {
      channelNode = undefined;
      for (const source of construction.channel ? analysis.estree.valueSources(construction.channel) : []) {
        if (source.type === AST_NODE_TYPES.CallExpression) channelNode = source;
      }
    } else if (construction.library !== "grpc-js") {
      continue;
    }
    if (!channelNode || found.has(channelNode)) continue;
    const site = channelOptionSite(analysis, channelNode);
    if (!site) continue;
    if (site.options) {
      const literal = evaluator.objectLiteral(site.options);
      // Options we cannot read may set keepalive.
      if (!literal || literal.properties.some((property) => property.type !== AST_NODE_TYPES.Property)) continue;
      if (literal.properties.some((property) => property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === "grpc.keepalive_time_ms")) continue;
    }
    found.set(channelNode, { node: channelNode, call });
  }
  return [...found.values()];
}
