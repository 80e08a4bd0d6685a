/**
 * What bounds a recognized call in time, per library: grpc-js `deadline` or `parent`; Connect
 * `timeoutMs` or the transport's `defaultTimeoutMs`; nice-grpc `deadline` (per call or in
 * `defaultCallOptions`) behind `deadlineMiddleware`; grpc-js interceptors that set `deadline`.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { memberName, propertyKeyName, unwrap, lookupProperty, type PropertyLookup, tsCallTarget, tsLookupProperty, tsReturnedExpressions, tsStaticNumber, tsValueSources } from "../syntax/index.js";
import { localCancellation, type LocalCancellation } from "./cancellation.js";
import { insideDeadlineContext } from "./context-deadline.js";
import { optionsInterceptorDeadline } from "./interceptors.js";
import { grpcWebVerdict, nestVerdict, protobufTsVerdict, type GeneratedVerdict } from "./web-and-generated.js";
import { type GrpcAnalysis, type GrpcCall, CONNECT_CLIENT_FACTORIES, CONNECT_TRANSPORT_FACTORIES, CONNECT_TRANSPORT_MODULES, NICE_GRPC_DEADLINE_MODULE, libraryOfFile } from "../calls/index.js";

export type DeadlineVerdict =
  | { kind: "bounded" }
  | { kind: "unknown" }
  /** grpc-js: no options argument, or options without `deadline`/`parent`. */
  | { kind: "missing-deadline" }
  /** Connect: no `timeoutMs` and no transport default. */
  | { kind: "missing-timeout" }
  /**
   * Connect: no `timeoutMs`, and the client was built where this file cannot see (another module,
   * a package): nothing shows a transport `defaultTimeoutMs`, so the reviewer must look there.
   */
  | { kind: "missing-timeout-unseen-transport" }
  /** Connect: `timeoutMs <= 0` switches the transport default off. */
  | { kind: "timeout-disabled"; node: TSESTree.Node; value: number }
  /** nice-grpc: the client's factory has no `deadlineMiddleware`. */
  | { kind: "no-deadline-middleware" }
  /** nice-grpc with the middleware: no deadline per call or in `defaultCallOptions`. */
  | { kind: "missing-nice-deadline" }
  /** grpc-js: `deadline: Infinity` (grpc-js's own "no deadline"), per call or handed to a helper. */
  | { kind: "infinite-deadline"; node: TSESTree.Node }
  /** grpc-web: no `deadline` metadata entry. */
  | { kind: "missing-web-deadline" }
  /** protobuf-ts: no `timeout` per call or in the transport's options. */
  | { kind: "missing-rpc-timeout" }
  /** NestJS `getService()` client: no call options with `deadline` after the metadata. */
  | { kind: "missing-nest-deadline" }
  /** protobufjs service: the call takes no options, and no async context in this file gives its `rpcImpl` a deadline. */
  | { kind: "missing-service-deadline" }
  /** No deadline, but the call is cancelled locally: no `grpc-timeout` reaches the server. */
  | { kind: "cancellation-only"; how: LocalCancellation };

const BOUNDED: DeadlineVerdict = { kind: "bounded" };
const UNKNOWN: DeadlineVerdict = { kind: "unknown" };

const MISSING_KINDS: ReadonlySet<DeadlineVerdict["kind"]> = new Set([
  "missing-deadline",
  "missing-timeout",
  "missing-timeout-unseen-transport",
  "no-deadline-middleware",
  "missing-nice-deadline",
  "missing-web-deadline",
  "missing-rpc-timeout",
  "missing-nest-deadline",
  "missing-service-deadline",
]);

/**
 * What bounds the call. A call with no deadline that is cancelled locally (a signal, a timer, a
 * race) is "cancellation-only": the rule reports that with its own message.
 */
export function deadlineVerdict(analysis: GrpcAnalysis, call: GrpcCall): DeadlineVerdict {
  const verdict = libraryVerdict(analysis, call);
  if (!MISSING_KINDS.has(verdict.kind)) return verdict;
  const how = localCancellation(analysis, call);
  return how ? { kind: "cancellation-only", how } : verdict;
}

function fromGenerated(verdict: GeneratedVerdict, missing: DeadlineVerdict): DeadlineVerdict {
  if (verdict === "bounded") return BOUNDED;
  if (verdict === "unknown") return UNKNOWN;
  if (verdict === "missing") return missing;
  return { kind: "infinite-deadline", node: verdict.infinite };
}

function libraryVerdict(analysis: GrpcAnalysis, call: GrpcCall): DeadlineVerdict {
  // Widened so these read the same before and after the library table names them.
  const library: string = call.library;
  if (library === "grpc-web") return fromGenerated(grpcWebVerdict(analysis, call), { kind: "missing-web-deadline" });
  if (library === "protobuf-ts") return fromGenerated(protobufTsVerdict(analysis, call), { kind: "missing-rpc-timeout" });
  if (library === "nestjs") return fromGenerated(nestVerdict(analysis, call), { kind: "missing-nest-deadline" });
  switch (call.library) {
    case "grpc-js":
      return grpcJsVerdict(analysis, call);
    case "connect":
      return connectVerdict(analysis, call);
    case "nice-grpc":
      return niceGrpcVerdict(analysis, call);
    case "protobufjs":
      return insideDeadlineContext(call.node) ? BOUNDED : { kind: "missing-service-deadline" };
    default:
      // Libraries whose deadline options are not read yet: no verdict rather than a guess.
      return UNKNOWN;
  }
}

function grpcJsVerdict(analysis: GrpcAnalysis, call: GrpcCall): DeadlineVerdict {
  const infinite = infiniteDeadlineHandedOn(call.node);
  if (infinite) return { kind: "infinite-deadline", node: infinite };
  if (!call.options) return call.optionsUncertain ? UNKNOWN : fromClientInterceptors(analysis, call);
  const deadline = lookupProperty(analysis, call.options, "deadline");
  const parent = lookupProperty(analysis, call.options, "parent");
  if (deadline.state === "present") {
    return deadline.value && isInfinity(deadline.value) ? { kind: "infinite-deadline", node: deadline.value } : BOUNDED;
  }
  if (parent.state === "present") return BOUNDED;
  if (deadline.state === "absent" && parent.state === "absent" && !call.optionsUncertain) {
    // A non-empty per-call list replaces the client's interceptors.
    const perCall = optionsInterceptorDeadline(analysis, call.options);
    if (perCall === "set") return BOUNDED;
    if (perCall === "unknown") return UNKNOWN;
    if (perCall === "unset") return { kind: "missing-deadline" };
    return fromClientInterceptors(analysis, call);
  }
  return UNKNOWN;
}

/** Interceptors given to the client's constructor (`new Client(target, creds, { interceptors })`). */
function fromClientInterceptors(analysis: GrpcAnalysis, call: GrpcCall): DeadlineVerdict {
  const construction = call.construction ?? analysis.traceClient(call.receiver);
  const options = construction?.library === "grpc-js" ? construction.channelOptions : undefined;
  if (!options) return { kind: "missing-deadline" };
  const setting = optionsInterceptorDeadline(analysis, options);
  if (setting === "set") return BOUNDED;
  if (setting === "unknown") return UNKNOWN;
  return { kind: "missing-deadline" };
}

function isInfinity(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === "Infinity";
  return target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === "POSITIVE_INFINITY";
}

/**
 * `client.read(req, ...this.callArguments(opts, { deadline: Infinity }))`: options built by a
 * helper from an explicit `deadline: Infinity` state that the call is meant to have none.
 */
function infiniteDeadlineHandedOn(node: TSESTree.CallExpression): TSESTree.Node | undefined {
  for (const argument of node.arguments) {
    if (argument.type !== AST_NODE_TYPES.SpreadElement) continue;
    const helper = unwrap(argument.argument);
    if (helper.type !== AST_NODE_TYPES.CallExpression) continue;
    for (const passed of helper.arguments) {
      const object = unwrap(passed);
      if (object.type !== AST_NODE_TYPES.ObjectExpression) continue;
      for (const property of object.properties) {
        if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === "deadline" && isInfinity(property.value)) return property.value;
      }
    }
  }
  return undefined;
}

function connectVerdict(analysis: GrpcAnalysis, call: GrpcCall): DeadlineVerdict {
  let perCall: PropertyLookup = { state: "absent" };
  if (call.options) {
    perCall = lookupProperty(analysis, call.options, "timeoutMs");
    if (perCall.state === "present") {
      const value = staticNumber(analysis, perCall);
      if (value !== undefined && value <= 0) return { kind: "timeout-disabled", node: perCall.value ?? call.options, value };
      return BOUNDED;
    }
    if (perCall.state === "unknown") return UNKNOWN;
  }
  const fromTransport = transportDefaultTimeout(analysis, call);
  if (fromTransport === "set") return BOUNDED;
  if (fromTransport === "unseen") return { kind: "missing-timeout-unseen-transport" };
  if (fromTransport === "unknown") return UNKNOWN;
  return { kind: "missing-timeout" };
}

function niceGrpcVerdict(analysis: GrpcAnalysis, call: GrpcCall): DeadlineVerdict {
  const middleware = niceDeadlineMiddleware(analysis, call);
  if (middleware === "absent") return { kind: "no-deadline-middleware" };
  if (middleware === "unknown") return UNKNOWN;
  if (call.options) {
    const perCall = lookupProperty(analysis, call.options, "deadline");
    if (perCall.state === "present") return BOUNDED;
    if (perCall.state === "unknown") return UNKNOWN;
  }
  const defaults = niceDefaultDeadline(analysis, call);
  if (defaults === "set") return BOUNDED;
  if (defaults === "unknown") return UNKNOWN;
  return { kind: "missing-nice-deadline" };
}

function staticNumber(analysis: GrpcAnalysis, found: PropertyLookup): number | undefined {
  if (found.state !== "present") return undefined;
  if (found.value) return estreeStaticNumber(analysis, found.value);
  if (found.tsValue && analysis.checker) return tsStaticNumber(analysis.checker, found.tsValue);
  return undefined;
}

/** A number fixed in the code: a literal, a negated literal, or a `const` holding one. */
export function estreeStaticNumber(analysis: GrpcAnalysis, node: TSESTree.Node): number | undefined {
  const tsNode = analysis.tsNode(node);
  if (tsNode && analysis.checker) return tsStaticNumber(analysis.checker, tsNode);
  for (const source of analysis.estree.valueSources(node)) {
    if (source.type === AST_NODE_TYPES.Literal && typeof source.value === "number") return source.value;
    if (source.type === AST_NODE_TYPES.UnaryExpression && source.operator === "-") {
      const argument = unwrap(source.argument);
      if (argument.type === AST_NODE_TYPES.Literal && typeof argument.value === "number") return -argument.value;
    }
  }
  return undefined;
}

type Setting = "set" | "unset" | "unknown";

/** Whether the transport a Connect client was created with has a positive `defaultTimeoutMs`. */
/**
 * The transport's `defaultTimeoutMs` as far as it can be read; "unseen" when no construction of
 * the client or its transport is in sight at all (built in another module or a package).
 */
export function transportDefaultTimeout(analysis: GrpcAnalysis, call: GrpcCall): Setting | "unseen" {
  const checker = analysis.checker;
  if (checker) {
    const start = call.construction?.transport ? analysis.tsNode(call.construction.transport) : call.tsConstruction?.arguments?.[1];
    const receiver = analysis.tsNode(call.receiver);
    const creation = start ? undefined : receiver && tsClientCreation(checker, receiver, (name) => Object.hasOwn(CONNECT_CLIENT_FACTORIES, name));
    const transport = start ?? creation?.arguments[1];
    if (!transport && !call.construction) return "unseen";
    const typed = transport ? tsTransportTimeout(checker, transport, 0) : "unknown";
    // Types that do not resolve (packages not installed) leave the in-file reading below.
    if (typed !== "unknown" || !call.construction?.transport) return typed;
  }
  const transport = call.construction?.transport;
  if (!transport) return call.construction ? "unknown" : "unseen";
  const results = analysis.estree.valueSources(transport).map((source): Setting => {
    if (source.type !== AST_NODE_TYPES.CallExpression) return "unknown";
    const factory = analysis.estree.importedName(source.callee);
    if (!factory || !CONNECT_TRANSPORT_MODULES.includes(factory.module) || !CONNECT_TRANSPORT_FACTORIES.includes(factory.name)) {
      return "unknown";
    }
    const options = source.arguments[0];
    if (!options) return "unset";
    const timeout = lookupProperty(analysis, options, "defaultTimeoutMs");
    return settingOf(timeout, staticNumber(analysis, timeout));
  });
  return combineSettings(results);
}

function settingOf(found: PropertyLookup, value: number | undefined): Setting {
  if (found.state === "absent") return "unset";
  if (found.state === "unknown") return "unknown";
  return value !== undefined && value <= 0 ? "unset" : "set";
}

function combineSettings(results: Setting[]): Setting {
  if (results.includes("set")) return "set";
  if (results.length > 0 && results.every((result) => result === "unset")) return "unset";
  return "unknown";
}

const CONNECT_TRANSPORT_FILE = /[\\/]node_modules[\\/]@(?:connectrpc|bufbuild)[\\/]connect-(?:node|web)[\\/]/;

function tsTransportTimeout(checker: ts.TypeChecker, node: ts.Node, depth: number): Setting {
  if (depth > 4) return "unknown";
  const results = tsValueSources(checker, node).map((source): Setting => {
    if (!ts.isCallExpression(source)) return "unknown";
    const target = tsCallTarget(checker, source);
    if (target && CONNECT_TRANSPORT_FILE.test(target.fileName) && CONNECT_TRANSPORT_FACTORIES.includes(target.name)) {
      const options = source.arguments[0];
      if (!options) return "unset";
      const timeout = tsLookupProperty(checker, options, "defaultTimeoutMs");
      const value = timeout.state === "present" && timeout.tsValue ? tsStaticNumber(checker, timeout.tsValue) : undefined;
      return settingOf(timeout, value);
    }
    // A helper that builds the transport: follow what it returns.
    const returned = tsReturnedExpressions(checker, source);
    return returned.length > 0 ? combineSettings(returned.map((value) => tsTransportTimeout(checker, value, depth + 1))) : "unknown";
  });
  return combineSettings(results);
}

/** The call that created a client, followed through variables and modules (`createClient(...)`, `factory.create(...)`). */
function tsClientCreation(checker: ts.TypeChecker, receiver: ts.Node, isFactory: (name: string) => boolean): ts.CallExpression | undefined {
  for (const source of tsValueSources(checker, receiver)) {
    if (!ts.isCallExpression(source)) continue;
    const target = tsCallTarget(checker, source);
    if (target && libraryOfFile(target.fileName) && isFactory(target.name)) return source;
  }
  return undefined;
}

type Presence = "present" | "absent" | "unknown";

/** Whether the nice-grpc client's factory uses `deadlineMiddleware`: the client type says so when typed. */
function niceDeadlineMiddleware(analysis: GrpcAnalysis, call: GrpcCall): Presence {
  const tsCall = analysis.tsNode(call.node) as ts.CallExpression | undefined;
  if (call.recognizedBy === "type" && tsCall && analysis.types) {
    return analysis.types.optionsHaveDeadline(tsCall, 1) ? "present" : "absent";
  }
  const construction = call.construction;
  if (!construction?.middleware) return "unknown";
  if (construction.middleware.some((middleware) => isDeadlineMiddleware(analysis, middleware))) return "present";
  return construction.middlewareKnown ? "absent" : "unknown";
}

/**
 * `deadlineMiddleware` from its package, or a middleware named like one (a re-export, the
 * package's own tests, a wrapper): taking such a name at its word avoids reports on clients
 * that do have a deadline.
 */
function isDeadlineMiddleware(analysis: GrpcAnalysis, node: TSESTree.Node): boolean {
  const imported = analysis.estree.importedName(node);
  if (imported?.module === NICE_GRPC_DEADLINE_MODULE && imported.name === "deadlineMiddleware") return true;
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression) target = unwrap(target.callee);
  const name =
    target.type === AST_NODE_TYPES.Identifier ? target.name : target.type === AST_NODE_TYPES.MemberExpression ? memberName(target) : undefined;
  return name !== undefined && /deadline|timeout/i.test(name);
}

/** Whether `defaultCallOptions` give every call of this method a deadline (`'*'` or the method's key). */
function niceDefaultDeadline(analysis: GrpcAnalysis, call: GrpcCall): Setting {
  const keys = ["*", call.method];
  const defaults = call.construction?.defaultCallOptions;
  if (call.construction && !defaults) return "unset";
  if (defaults) {
    return combineSettings(
      keys.map((key) => {
        const entry = lookupProperty(analysis, defaults, key);
        if (entry.state !== "present") return entry.state === "absent" ? "unset" : "unknown";
        if (!entry.value) return "unknown";
        const deadline = lookupProperty(analysis, entry.value, "deadline");
        return deadline.state === "present" ? "set" : deadline.state === "absent" ? "unset" : "unknown";
      }),
    );
  }
  const checker = analysis.checker;
  const receiver = analysis.tsNode(call.receiver);
  if (!checker || !receiver) return "unknown";
  const creation = tsClientCreation(checker, receiver, (name) => name === "create" || name === "createClient");
  if (!creation) return "unknown";
  const tsDefaults = creation.arguments[2];
  if (!tsDefaults) return "unset";
  return combineSettings(
    keys.map((key) => {
      const entry = tsLookupProperty(checker, tsDefaults, key);
      if (entry.state !== "present") return entry.state === "absent" ? "unset" : "unknown";
      if (!entry.tsValue) return "unknown";
      const deadline = tsLookupProperty(checker, entry.tsValue, "deadline");
      return deadline.state === "present" ? "set" : deadline.state === "absent" ? "unset" : "unknown";
    }),
  );
}
