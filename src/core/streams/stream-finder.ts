/**
 * gRPC streams in one file: which expression is a grpc-js stream (client or server side, readable,
 * writable or duplex) or a Connect / nice-grpc async iterable of messages.
 *
 * Types decide when they are there (grpc-js's stream types, by where their members are declared).
 * Without them, or on `any`, an expression is followed inside its function to where it came from:
 * the `call` parameter of a server handler, or the result of a recognized streaming client call.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { FileContext } from "../syntax/index.js";
import ts from "typescript";
import { grpcJsCallShape, isAsyncIterable, type StreamShape, type GrpcCallType, type GrpcLibrary, type HandlerFinder } from "../calls/index.js";
import { unwrap, visitNodes } from "../syntax/index.js";

/** What the call recognizer says about a client call: enough to know the stream it returns. */
export interface RecognizedClientCall {
  library: GrpcLibrary;
  callType: GrpcCallType | undefined;
}

export type ClientCallRecognizer = (call: TSESTree.CallExpression) => RecognizedClientCall | undefined;

export interface GrpcStream extends StreamShape {
  library: GrpcLibrary;
  /** grpc-js streams are Node streams (events, write); Connect and nice-grpc hand out async iterables. */
  api: "node-stream" | "async-iterable";
}

export interface StreamFinder {
  streamOf(node: TSESTree.Node): GrpcStream | undefined;
}

const MAX_DEPTH = 4;

/** Casts, `!`, `?.` and `await` do not change which stream an expression is. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrap(current.argument);
  return current;
}

function shapeOfCallType(callType: GrpcCallType | undefined): StreamShape | undefined {
  switch (callType) {
    case "server-stream":
      return { side: "client", readable: true, writable: false };
    case "client-stream":
      return { side: "client", readable: false, writable: true };
    case "bidi":
      return { side: "client", readable: true, writable: true };
    default:
      return undefined;
  }
}

export function createStreamFinder(
  context: FileContext,
  handlers: HandlerFinder,
  recognizeCall: ClientCallRecognizer,
  typed: { checker: ts.TypeChecker; tsNode(node: TSESTree.Node): ts.Node | undefined } | undefined,
): StreamFinder {
  const cache = new WeakMap<TSESTree.Node, GrpcStream | null>();

  function typeOf(node: TSESTree.Node): ts.Type | undefined {
    const tsNode = typed?.tsNode(node);
    return tsNode ? typed!.checker.getTypeAtLocation(tsNode) : undefined;
  }

  function fromParameter(identifier: TSESTree.Identifier, def: TSESLint.Scope.Definition, depth: number): GrpcStream | undefined {
    if (def.type !== "Parameter") return undefined;
    const fn = def.node;
    if (
      fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
      fn.type !== AST_NODE_TYPES.FunctionExpression &&
      fn.type !== AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return undefined;
    }
    const handler = handlers.handlerOf(fn);
    if (!handler) return fromCallSites(fn, identifier, depth);
    // NestJS hands handlers Observables, which these rules do not model.
    if (handler.library === "nestjs" || handler.callParam?.name !== identifier.name) return undefined;
    if (handler.library === "grpc-js") {
      const kind = handler.kind;
      if (kind === "unary") return undefined;
      return {
        library: "grpc-js",
        api: "node-stream",
        side: "server",
        readable: kind !== "server-streaming",
        writable: kind !== "client-streaming",
      };
    }
    // Connect and nice-grpc: the request is a stream only in client-streaming and bidi methods.
    const type = typeOf(identifier);
    if (type && !(type.flags & ts.TypeFlags.Any) && !isAsyncIterable(type, typed!.checker)) return undefined;
    return { library: handler.library, api: "async-iterable", side: "server", readable: true, writable: false };
  }

  /**
   * A parameter of a function only this file can call (a private method, a function that is not
   * exported and never handed out): a stream when every call passes one.
   */
  function fromCallSites(
    fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression,
    identifier: TSESTree.Identifier,
    depth: number,
  ): GrpcStream | undefined {
    const index = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === identifier.name);
    if (index < 0) return undefined;
    const calls = callSites(fn);
    if (!calls?.length) return undefined;
    let found: GrpcStream | undefined;
    for (const call of calls) {
      const argument = call.arguments[index];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const stream = streamOf(argument, depth + 1);
      if (!stream || (found && (stream.library !== found.library || stream.api !== found.api))) return undefined;
      found ??= stream;
    }
    return found;
  }

  /** Every call of `fn` when all of them are in sight; undefined when it can be called from elsewhere. */
  function callSites(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): TSESTree.CallExpression[] | undefined {
    const method = fn.parent;
    if (method?.type === AST_NODE_TYPES.MethodDefinition && method.value === fn && method.kind === "method" && !method.static && !method.computed) {
      const name = method.key.type === AST_NODE_TYPES.Identifier || method.key.type === AST_NODE_TYPES.PrivateIdentifier ? method.key.name : undefined;
      const isPrivate = method.key.type === AST_NODE_TYPES.PrivateIdentifier || method.accessibility === "private";
      if (name === undefined || !isPrivate) return undefined;
      const calls: TSESTree.CallExpression[] = [];
      let escapes = false;
      visitNodes(method.parent, (node) => {
        if (
          escapes ||
          node.type !== AST_NODE_TYPES.MemberExpression ||
          node.object.type !== AST_NODE_TYPES.ThisExpression ||
          node.computed ||
          (node.property.type !== AST_NODE_TYPES.Identifier && node.property.type !== AST_NODE_TYPES.PrivateIdentifier) ||
          node.property.name !== name ||
          (node.property.type === AST_NODE_TYPES.PrivateIdentifier) !== (method.key.type === AST_NODE_TYPES.PrivateIdentifier)
        ) {
          return;
        }
        if (node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node) calls.push(node.parent);
        else escapes = true;
      });
      return escapes ? undefined : calls;
    }
    if (fn.type !== AST_NODE_TYPES.FunctionDeclaration || !fn.id) return undefined;
    if (fn.parent.type === AST_NODE_TYPES.ExportNamedDeclaration || fn.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return undefined;
    const variable = ASTUtils.findVariable(context.sourceCode.getScope(fn), fn.id);
    if (!variable) return undefined;
    const calls: TSESTree.CallExpression[] = [];
    for (const reference of variable.references) {
      const parent = reference.identifier.parent;
      // Any other use (an export list, a callback, `module.exports`) may call it with anything.
      if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== reference.identifier) return undefined;
      calls.push(parent);
    }
    return calls;
  }

  /** A Node stream class (`Readable`, `Duplex`, `Transform` or a subclass), by where `pipe` and `push` are declared. */
  function isNodeReadable(type: ts.Type): boolean {
    const fromNode = (name: string) =>
      type.getProperty(name)?.declarations?.some((declaration) => /[\\/]@types[\\/]node[\\/]/.test(declaration.getSourceFile().fileName)) === true;
    return fromNode("pipe") && fromNode("push");
  }

  /**
   * `new ChunkedStream(grpcStream, ...)`: a Node Readable built over a gRPC stream relays its
   * messages (typed only: without types nothing says the class is a stream).
   */
  function relayedBy(expression: TSESTree.NewExpression, depth: number): GrpcStream | undefined {
    const type = typeOf(expression);
    if (!type || type.flags & ts.TypeFlags.Any || !isNodeReadable(type)) return undefined;
    for (const argument of expression.arguments) {
      if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
      const inner = streamOf(argument, depth + 1);
      if (inner?.readable && inner.side === "client") {
        // Only the readable side is modelled: what the class does with its own writes is its business.
        return { library: inner.library, api: "node-stream", side: "client", readable: true, writable: false };
      }
    }
    return undefined;
  }

  function compute(node: TSESTree.Node, depth: number): GrpcStream | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const expression = unwrapExpression(node);
    const type = typeOf(expression);
    if (type && typed) {
      const shape = grpcJsCallShape(type, typed.checker);
      if (shape) return shape.readable || shape.writable ? { ...shape, library: "grpc-js", api: "node-stream" } : undefined;
    }
    if (expression.type === AST_NODE_TYPES.CallExpression) {
      const call = recognizeCall(expression);
      // protobuf-ts (`call.responses`), grpc-web (no Node stream) and NestJS (Observables) hand
      // out streams these rules do not model yet.
      if (!call || (call.library !== "grpc-js" && call.library !== "connect" && call.library !== "nice-grpc")) return undefined;
      // Untyped clients (`loadPackageDefinition`, JavaScript) do not say the call type: how the
      // result is used does (only streams have 'data' events, `write()` or async iteration).
      const shape = call.callType === undefined ? { side: "client" as const, readable: true, writable: true } : shapeOfCallType(call.callType);
      if (!shape) return undefined;
      return { ...shape, library: call.library, api: call.library === "grpc-js" ? "node-stream" : "async-iterable" };
    }
    if (expression.type === AST_NODE_TYPES.NewExpression) return typed ? relayedBy(expression, depth) : undefined;
    if (expression.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(context.sourceCode.getScope(expression), expression);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!def) return undefined;
    if (def.type === "Parameter") return fromParameter(expression, def, depth);
    if (def.type === "Variable" && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init) {
      return streamOf(def.node.init, depth + 1);
    }
    return undefined;
  }

  function streamOf(node: TSESTree.Node, depth = 0): GrpcStream | undefined {
    const cached = cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    let result: GrpcStream | undefined;
    try {
      result = compute(node, depth);
    } catch {
      result = undefined;
    }
    cache.set(node, result ?? null);
    return result;
  }

  return { streamOf: (node) => streamOf(node) };
}
