/**
 * Which argument of a recognized call is the call-options object. grpc-js methods take
 * `(request?, metadata?, options?, callback?)` in every combination; the resolved signature
 * answers when typed, else the arguments' shapes do (callbacks, `Metadata`, option-keyed literals).
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type ts from "typescript";
import { memberName, unwrap, type FileView } from "../syntax/index.js";
import type { GrpcTypeOracle } from "./grpc-types.js";

/** What argument-shape questions need of a file: the syntax view and, when typed, the gRPC type oracle. */
export type ArgumentsView = FileView & { readonly types: GrpcTypeOracle | undefined };

/** Where a call's options argument is, or would go. */
export interface OptionsPosition {
  /** the call-options argument, if the call passes one */
  options: TSESTree.Node | undefined;
  /** index where the options argument is, or would go; undefined if unknown */
  optionsIndex: number | undefined;
  /** an argument may be the options but cannot be told from metadata or the request */
  optionsUncertain: boolean;
}
import { GRPC_JS_CALL_OPTION_KEYS, PROTOBUF_TS_OPTION_KEYS, type GrpcCallType, type GrpcLibrary } from "./grpc-modules.js";

/** Names callbacks go by: `cb`, `done`, `featureCallback`, `replyHandler`, `onMessage`. */
const CALLBACK_NAME = /^(?:cb|done|next|resolve|reject)$|(?:callback|handler|Cb)$/i;

export function optionsLayout(
  analysis: ArgumentsView,
  node: TSESTree.CallExpression,
  tsCall: ts.CallExpression | undefined,
  library: GrpcLibrary,
  callType: GrpcCallType | undefined,
  generic: boolean,
  /** The RPC's own arguments (a promisified call has no callback; `m.call(stub, ...)` drops `stub`). */
  args: readonly TSESTree.CallExpressionArgument[] = node.arguments,
): OptionsPosition {
  if (args.some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) {
    return { options: undefined, optionsIndex: undefined, optionsUncertain: true };
  }
  switch (library) {
    case "grpc-web":
      // (request, metadata, callback?) and (request, metadata?): the deadline is a metadata entry.
      return at(args, 1);
    case "nestjs":
    case "protobufjs":
      // getService<T>() stubs take (request, metadata?), protobufjs service methods (request,
      // callback?): there is no call-options argument.
      return { options: undefined, optionsIndex: undefined, optionsUncertain: false };
    case "protobuf-ts": {
      // (input, options?) for unary and server streaming; (options?) for client streaming and bidi.
      if (callType === "client-stream" || callType === "bidi") return at(args, 0);
      if (callType !== undefined || args.length !== 1) return at(args, 1);
      const only = optionsLikeness(analysis, args[0], PROTOBUF_TS_OPTION_KEYS);
      return only === "options" ? at(args, 0) : { options: undefined, optionsIndex: 1, optionsUncertain: only === "unknown" };
    }
    default:
      break;
  }
  if (library !== "grpc-js") {
    const callbackStyle = args.slice(1).some((arg) => isFunctionLike(analysis, arg));
    if (!callbackStyle) return at(args, 1);
    const last = args.length - 1;
    return isFunctionLike(analysis, args[last]) ? { options: undefined, optionsIndex: args.length, optionsUncertain: false } : at(args, last);
  }
  if (tsCall && analysis.types) {
    const index = analysis.types.optionsParameterIndex(tsCall);
    if (index !== undefined) return at(args, index);
  }
  const offset = generic ? 3 : 0;
  const rest = args.slice(offset);
  let end = rest.length;
  if (end > 0 && isFunctionLike(analysis, rest[end - 1])) end -= 1;
  const requestFirst =
    callType !== undefined
      ? callType === "unary" || callType === "server-stream"
      : end > 0 && !isMetadataLike(analysis, rest[0]) && optionsLikeness(analysis, rest[0]) !== "options";
  const start = requestFirst ? 1 : 0;
  const candidates = end - start;
  if (candidates >= 2) return at(args, offset + start + 1);
  if (candidates <= 0) return { options: undefined, optionsIndex: offset + Math.max(start, end), optionsUncertain: false };
  const only = rest[start];
  if (isMetadataLike(analysis, only)) return { options: undefined, optionsIndex: offset + start + 1, optionsUncertain: false };
  const likeness = optionsLikeness(analysis, only);
  if (likeness === "options") return at(args, offset + start);
  return { options: only, optionsIndex: offset + start, optionsUncertain: true };
}

export function isFunctionLike(analysis: ArgumentsView, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.ArrowFunctionExpression || target.type === AST_NODE_TYPES.FunctionExpression) return true;
  const tsNode = analysis.tsNode(target);
  if (tsNode && analysis.types) {
    const type = analysis.types.checker.getTypeAtLocation(tsNode);
    if (!analysis.types.isAnyLike(type)) return type.getCallSignatures().length > 0;
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    if (analysis.estree.valueSources(target).some((source) => source.type === AST_NODE_TYPES.ArrowFunctionExpression || source.type === AST_NODE_TYPES.FunctionExpression || source.type === AST_NODE_TYPES.FunctionDeclaration)) return true;
    return CALLBACK_NAME.test(target.name) || /^on[A-Z]/.test(target.name);
  }
  return false;
}

export function isMetadataLike(analysis: ArgumentsView, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  const target = unwrap(node);
  const tsNode = analysis.tsNode(target);
  if (tsNode && analysis.types) {
    const type = analysis.types.checker.getTypeAtLocation(tsNode);
    if (!analysis.types.isAnyLike(type)) return type.getSymbol()?.getName() === "Metadata";
  }
  for (const source of analysis.estree.valueSources(target)) {
    if (source.type === AST_NODE_TYPES.NewExpression) {
      const ctor = unwrap(source.callee);
      const ctorName = ctor.type === AST_NODE_TYPES.Identifier ? ctor.name : ctor.type === AST_NODE_TYPES.MemberExpression ? memberName(ctor) : undefined;
      if (ctorName === "Metadata") return true;
    }
  }
  return target.type === AST_NODE_TYPES.Identifier && /^(?:md|meta|metadata|\w*Metadata)$/.test(target.name);
}

/** Keys of an object literal, spreads of literals included; undefined stands for a key not known. */
function objectKeys(analysis: ArgumentsView, node: TSESTree.ObjectExpression, depth: number): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.Property) {
      keys.push(!property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined);
      continue;
    }
    const spread = depth < 4 ? analysis.estree.valueSources(property.argument) : [];
    if (spread.length === 0 || spread.some((source) => source.type !== AST_NODE_TYPES.ObjectExpression)) keys.push(undefined);
    for (const source of spread) if (source.type === AST_NODE_TYPES.ObjectExpression) keys.push(...objectKeys(analysis, source, depth + 1));
  }
  return keys;
}

/** "options" when an argument is plainly grpc-js call options; "request" when plainly not; else "unknown". */
export function optionsLikeness(
  analysis: ArgumentsView,
  node: TSESTree.Node,
  optionKeys: ReadonlySet<string> = GRPC_JS_CALL_OPTION_KEYS,
): "options" | "request" | "unknown" {
  const target = unwrap(node);
  const tsNode = analysis.tsNode(target);
  if (tsNode && analysis.types) {
    const type = analysis.types.checker.getTypeAtLocation(tsNode);
    if (!analysis.types.isAnyLike(type) && (type.getProperty("deadline") || type.getProperty("propagate_flags"))) return "options";
  }
  for (const source of analysis.estree.valueSources(target)) {
    if (source.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const keys = objectKeys(analysis, source, 0);
    if (keys.length > 0 && keys.every((key) => key !== undefined && optionKeys.has(key))) return "options";
    if (keys.some((key) => key !== undefined && !optionKeys.has(key))) return "request";
  }
  if (target.type === AST_NODE_TYPES.Identifier && /(?:^opts$|options$|Opts$|^callOptions$)/i.test(target.name)) return "options";
  return "unknown";
}

function at(args: readonly TSESTree.CallExpressionArgument[], index: number): OptionsPosition {
  return { options: args[index], optionsIndex: index, optionsUncertain: false };
}
