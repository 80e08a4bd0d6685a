/**
 * Where a deadline can be written into a call that has none, when the edit is unambiguous: the
 * call passes an options object literal (the property is added to it), or passes no options and
 * the options argument's place is known (the argument is inserted there). Everything else (options
 * in a variable or spread, an argument that may be the options or the metadata, a promisified or
 * `.call` invocation) gets no edit.
 *
 * The options argument's place per library, as the libraries read their arguments:
 * - grpc-js: unary and client-streaming methods take `(request?, metadata?, options?, callback)`
 *   and client.ts `checkOptionalUnaryResponseArguments` takes the options before the callback, after
 *   a `Metadata`; server-streaming and bidi methods take `(request?, metadata?, options?)`
 *   (`checkMetadataAndOptions`: options after a `Metadata`, or first). The layout (call-arguments.ts)
 *   gives that index; the value is an absolute time, `Date.now() + ms`.
 * - Connect: `(request, options?)`: `timeoutMs`, relative milliseconds.
 * - nice-grpc: `(request, options?)`: `deadline` (nice-grpc-client-middleware-deadline's
 *   `DeadlineOptions`: a number is relative milliseconds, a `Date` absolute).
 * - protobuf-ts: `(input, options?)`, streams `(options?)`: `RpcOptions.timeout`, milliseconds.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { lookupProperty, memberName, propertyKeyName, unwrap } from "../syntax/index.js";
import ts from "typescript";
import { isMetadataLike, type GrpcAnalysis, type GrpcCall } from "../calls/index.js";
import type { DeadlineVerdict } from "./deadline-sources.js";
import { CALL_DEADLINE_OPTION, type CallDeadlineOption } from "./deadline-options.js";

/** What the suggestion writes by default; the reviewer sets the call's real budget. */
export const SUGGESTED_TIMEOUT_MS = 10000;

export interface DeadlineInsertion {
  /** The option written, as the library names it. */
  property: CallDeadlineOption["name"];
  /** `deadline: Date.now() + 10000` */
  entry: string;
  /** Replace this range with `text`. */
  range: [number, number];
  text: string;
}

/** The library each missing-deadline verdict is about, and the value the suggestion writes; the option is the library's. */
const ENTRIES: Partial<Record<DeadlineVerdict["kind"], { library: GrpcCall["library"]; value: string }>> = {
  "missing-deadline": { library: "grpc-js", value: `Date.now() + ${SUGGESTED_TIMEOUT_MS}` },
  "missing-timeout": { library: "connect", value: String(SUGGESTED_TIMEOUT_MS) },
  "missing-timeout-unseen-transport": { library: "connect", value: String(SUGGESTED_TIMEOUT_MS) },
  "missing-nice-deadline": { library: "nice-grpc", value: String(SUGGESTED_TIMEOUT_MS) },
  "missing-rpc-timeout": { library: "protobuf-ts", value: String(SUGGESTED_TIMEOUT_MS) },
};

const TYPESCRIPT_FILE = /\.[cm]?tsx?$/;

/**
 * The edit that gives a call with this verdict a deadline, or undefined when it is not unambiguous.
 * `filename` tells a TypeScript file, whose declared signatures matter even when it is linted without types.
 */
export function deadlineInsertion(analysis: GrpcAnalysis, call: GrpcCall, verdict: DeadlineVerdict["kind"], filename: string): DeadlineInsertion | undefined {
  const entryFor = ENTRIES[verdict];
  const option = CALL_DEADLINE_OPTION[call.library];
  if (!entryFor || !option || entryFor.library !== call.library || call.optionsUncertain) return undefined;
  const wanted = { property: option.name, value: entryFor.value };
  if (call.library === "grpc-js" && interceptorsMayRewrite(analysis, call)) return undefined;
  const entry = `${wanted.property}: ${wanted.value}`;
  const edit = call.options ? intoObject(analysis, call.options, entry) : asArgument(analysis, call, entry);
  if (!edit) return undefined;
  const declared = call.options ? objectTakes(analysis, call.options, wanted.property) : signatureTakes(analysis, call, wanted.property);
  if (declared === false) return undefined;
  // Untyped, a grpc-js `(request, options, callback)` runs, but generated typings (grpc-tools'
  // `.d.ts`) declare options only after a Metadata: in a TypeScript file the edit could not compile.
  if (declared === undefined && call.library === "grpc-js" && TYPESCRIPT_FILE.test(filename) && !call.options) {
    const index = call.optionsIndex!;
    if (index > 0 && index < call.node.arguments.length && !isMetadataLike(analysis, call.node.arguments[index - 1])) return undefined;
  }
  return { property: wanted.property, entry, ...edit };
}

/** With types: whether some signature of the callee takes an options argument with `property` there (an `any` callee does); undefined without types. */
function signatureTakes(analysis: GrpcAnalysis, call: GrpcCall, property: string): boolean | undefined {
  const tsCall = analysis.tsNode(call.node);
  const types = analysis.types;
  if (!types || !tsCall || !ts.isCallExpression(tsCall)) return undefined;
  const checker = types.checker;
  const callee = checker.getTypeAtLocation(tsCall.expression);
  // An untyped client (`loadPackageDefinition`): any arguments compile.
  if (types.isAnyLike(callee)) return true;
  const signatures = callee.getCallSignatures();
  // `Function` (a `ServiceClient`'s methods): any arguments compile too.
  if (signatures.length === 0) return true;
  const count = call.node.arguments.length + 1;
  const index = call.optionsIndex!;
  return signatures.some((signature) => {
    const parameters = signature.getParameters();
    if (parameters.length < count || index >= parameters.length) return false;
    const required = parameters.filter((parameter) => {
      const declaration = parameter.valueDeclaration;
      return declaration !== undefined && ts.isParameter(declaration) && !checker.isOptionalParameter(declaration) && !declaration.dotDotDotToken;
    }).length;
    if (required > count) return false;
    const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(parameters[index], tsCall));
    return types.isAnyLike(type) || type.getProperty(property) !== undefined;
  });
}

/** With types: whether the object literal's declared type has `property`; undefined when it cannot be told. */
function objectTakes(analysis: GrpcAnalysis, options: TSESTree.Node, property: string): boolean | undefined {
  const types = analysis.types;
  const object = analysis.tsNode(unwrap(options));
  if (!types || !object || !ts.isObjectLiteralExpression(object)) return undefined;
  const contextual = types.checker.getContextualType(object);
  if (!contextual || types.isAnyLike(contextual)) return undefined;
  const declared = types.checker.getNonNullableType(contextual);
  if (declared.getProperty(property) !== undefined) return true;
  // A union may hold the property in some of its members only: no verdict.
  return declared.isUnion() ? undefined : false;
}

const INTERCEPTOR_KEYS = ["interceptors", "interceptor_providers"];

/**
 * grpc-js interceptors see the call options and pass on what they like: one that passes
 * `{ ...options, deadline: Infinity }` would undo the added deadline. With interceptors in the call's
 * options, or possibly in the client's (its construction in this file), there is no sure edit.
 */
function interceptorsMayRewrite(analysis: GrpcAnalysis, call: GrpcCall): boolean {
  const perCall = call.options ? unwrap(call.options) : undefined;
  if (perCall?.type === AST_NODE_TYPES.ObjectExpression && perCall.properties.some((property) => property.type === AST_NODE_TYPES.Property && INTERCEPTOR_KEYS.includes(propertyKeyName(property) ?? ""))) {
    return true;
  }
  const construction = call.construction ?? analysis.traceClient(call.receiver);
  const channelOptions = construction?.library === "grpc-js" ? construction.channelOptions : undefined;
  return channelOptions !== undefined && INTERCEPTOR_KEYS.some((key) => lookupProperty(analysis, channelOptions, key).state !== "absent");
}

function intoObject(analysis: GrpcAnalysis, options: TSESTree.Node, entry: string): Pick<DeadlineInsertion, "range" | "text"> | undefined {
  const object = unwrap(options);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  // A spread or a computed key may carry the option at run time: adding one could override it.
  if (object.properties.some((property) => property.type !== AST_NODE_TYPES.Property || property.computed || propertyKeyName(property) === undefined)) return undefined;
  const last = object.properties.at(-1);
  if (!last) {
    // `{}` (comments inside would be lost by a rewrite).
    if (analysis.sourceCode.getCommentsInside(object).length > 0) return undefined;
    return { range: object.range, text: `{ ${entry} }` };
  }
  return { range: [last.range[1], last.range[1]], text: `, ${entry}` };
}

function asArgument(analysis: GrpcAnalysis, call: GrpcCall, entry: string): Pick<DeadlineInsertion, "range" | "text"> | undefined {
  const { node, optionsIndex } = call;
  const callee = node.callee.type === AST_NODE_TYPES.ChainExpression ? node.callee.expression : node.callee;
  // Only `client.method(...)`: a promisified function's type takes no options argument, and in
  // `method.call(client, ...)` the RPC's arguments start one later than the call's.
  if (callee.type !== AST_NODE_TYPES.MemberExpression || ["call", "apply"].includes(memberName(callee) ?? "")) return undefined;
  if (optionsIndex === undefined || optionsIndex > node.arguments.length) return undefined;
  if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  const argument = `{ ${entry} }`;
  if (optionsIndex < node.arguments.length) {
    const before = node.arguments[optionsIndex];
    return { range: [before.range[0], before.range[0]], text: `${argument}, ` };
  }
  const last = node.arguments.at(-1);
  if (last) return { range: [last.range[1], last.range[1]], text: `, ${argument}` };
  const closing = analysis.sourceCode.getLastToken(node);
  if (!closing || closing.value !== ")") return undefined;
  return { range: [closing.range[0], closing.range[0]], text: argument };
}
