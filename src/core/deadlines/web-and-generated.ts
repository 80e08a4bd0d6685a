/**
 * Deadlines of the libraries whose clients are generated classes over a runtime:
 * - grpc-web: the `deadline` metadata entry, epoch milliseconds as a string. grpc-web 1.4
 *   (index.js) reads `Number(headers.deadline)`, sends `grpc-timeout: <deadline - now>m` and
 *   deletes the entry; `Infinity` becomes no timeout. Call shape `(request, metadata?, callback?)`.
 * - protobuf-ts: `RpcOptions.timeout`, a number of milliseconds or a `Date` deadline
 *   (runtime-rpc rpc-options.ts), per call or in the transport's options, which every call
 *   merges under its own (`mergeRpcOptions(this.defaultOptions, options)` in the gRPC and
 *   gRPC-web transports). Call shape `(input, options?)`.
 * - NestJS (`ClientGrpc.getService()`): Nest 9 hands the arguments on to the grpc-js client
 *   unchanged (`client[method](...args, callback)`) and builds that client with
 *   `new Client(url, credentials, channelOptions)`, so a third argument with `deadline`, or an
 *   interceptor in `channelOptions.interceptors`, is what bounds a call.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import ts from "typescript";
import { lookupProperty, memberName, tsLookupProperty, tsUnwrap, tsValueSources, unwrap } from "../syntax/index.js";
import type { GrpcAnalysis, GrpcCall } from "../calls/index.js";

export type GeneratedVerdict = "bounded" | "unknown" | "missing" | { infinite: TSESTree.Node };

function isInfinity(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  // grpc-web reads the entry with Number(): "Infinity" is no timeout there.
  if (target.type === AST_NODE_TYPES.Literal) return target.value === "Infinity";
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === "Infinity";
  return target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === "POSITIVE_INFINITY";
}

function isFunctionArgument(analysis: GrpcAnalysis, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  const target = unwrap(node);
  return target.type === AST_NODE_TYPES.ArrowFunctionExpression || target.type === AST_NODE_TYPES.FunctionExpression || analysis.isFunctionLike(target);
}

export function grpcWebVerdict(analysis: GrpcAnalysis, call: GrpcCall): GeneratedVerdict {
  const args = call.node.arguments;
  if (args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return "unknown";
  const metadata = args[1];
  if (!metadata || isFunctionArgument(analysis, metadata)) return "missing";
  const found = lookupProperty(analysis, metadata, "deadline");
  if (found.state === "present") return found.value && isInfinity(found.value) ? { infinite: found.value } : "bounded";
  return found.state === "absent" ? "missing" : "unknown";
}

const PROTOBUF_TS_TRANSPORTS = new Set(["GrpcTransport", "GrpcWebFetchTransport", "TwirpFetchTransport"]);

export function protobufTsVerdict(analysis: GrpcAnalysis, call: GrpcCall): GeneratedVerdict {
  const args = call.node.arguments;
  if (args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return "unknown";
  // Generated methods take `(input, options?)`, but client-streaming and bidi ones only `(options?)`:
  // when the shape is not known, either of the first two arguments may be the options.
  const streamsRequests = call.callType === "client-stream" || call.callType === "bidi";
  const candidates = call.callType === undefined ? args.slice(0, 2) : [args[streamsRequests ? 0 : 1]];
  for (const options of candidates) {
    if (!options) continue;
    const timeout = lookupProperty(analysis, options, "timeout");
    if (timeout.state === "present") return "bounded";
    if (timeout.state === "unknown") return "unknown";
  }
  return transportTimeout(analysis, call);
}

/** The `timeout` in the options of the transport the generated client was built over. */
function transportTimeout(analysis: GrpcAnalysis, call: GrpcCall): GeneratedVerdict {
  const construction = call.construction?.node ?? analysis.traceClient(call.receiver)?.node ?? analysis.builtAt(call.receiver);
  if (construction && construction.type === AST_NODE_TYPES.NewExpression && construction.arguments[0]) {
    const results = analysis.estree.valueSources(construction.arguments[0]).map((transport): GeneratedVerdict => {
      if (transport.type !== AST_NODE_TYPES.NewExpression) return "unknown";
      const ctor = unwrap(transport.callee);
      const name = ctor.type === AST_NODE_TYPES.Identifier ? ctor.name : ctor.type === AST_NODE_TYPES.MemberExpression ? memberName(ctor) : undefined;
      if (!name || !PROTOBUF_TS_TRANSPORTS.has(name)) return "unknown";
      const options = transport.arguments[0];
      if (!options) return "missing";
      const timeout = lookupProperty(analysis, options, "timeout");
      return timeout.state === "present" ? "bounded" : timeout.state === "absent" ? "missing" : "unknown";
    });
    if (results.length > 0) return combine(results);
  }
  const checker = analysis.checker;
  const receiver = analysis.tsNode(call.receiver);
  if (!checker || !receiver) return "unknown";
  const results = tsValueSources(checker, receiver).map((source): GeneratedVerdict => {
    if (!ts.isNewExpression(source) || !source.arguments?.[0]) return "unknown";
    return combine(
      tsValueSources(checker, source.arguments[0]).map((transport): GeneratedVerdict => {
        const target = tsUnwrap(transport);
        if (!ts.isNewExpression(target)) return "unknown";
        const ctor = tsUnwrap(target.expression);
        const name = ts.isIdentifier(ctor) ? ctor.text : ts.isPropertyAccessExpression(ctor) ? ctor.name.text : undefined;
        if (!name || !PROTOBUF_TS_TRANSPORTS.has(name)) return "unknown";
        const options = target.arguments?.[0];
        if (!options) return "missing";
        const timeout = tsLookupProperty(checker, options, "timeout");
        return timeout.state === "present" ? "bounded" : timeout.state === "absent" ? "missing" : "unknown";
      }),
    );
  });
  return results.length > 0 ? combine(results) : "unknown";
}

function combine(results: GeneratedVerdict[]): GeneratedVerdict {
  if (results.includes("bounded")) return "bounded";
  if (results.length > 0 && results.every((result) => result === "missing")) return "missing";
  return "unknown";
}

export function nestVerdict(analysis: GrpcAnalysis, call: GrpcCall): GeneratedVerdict {
  const args = call.node.arguments;
  if (args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return "unknown";
  const options = args[2];
  if (!options) return "missing";
  const deadline = lookupProperty(analysis, options, "deadline");
  if (deadline.state === "present") return deadline.value && isInfinity(deadline.value) ? { infinite: deadline.value } : "bounded";
  if (lookupProperty(analysis, options, "parent").state === "present") return "bounded";
  return deadline.state === "absent" ? "missing" : "unknown";
}
