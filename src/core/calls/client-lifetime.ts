/**
 * Connection lifetimes: whether a channel, client or transport is built inside a function that
 * calls through it and then lets it go, so every call of the function pays for a new one.
 *
 * What owns a connection (see CONNECTION_OWNERS in grpc-modules.ts):
 * - a grpc-js client builds its own channel (`client.ts`: `new ChannelImplementation(...)` unless
 *   `channelOverride`); an unclosed channel stays registered in channelz (`internal-channel.ts`
 *   registers in the constructor and unregisters only in `close()`), and secure credentials made
 *   per call never equal the last ones (`channel-credentials.ts` `_equals` compares the
 *   `secureContext`), so the global subchannel pool cannot share the connection: a new TCP and
 *   TLS handshake per call;
 * - `new grpc.Channel`, nice-grpc's `createChannel` (a grpc-js `Channel`, `lib/client/channel.js`);
 * - a Connect Node transport over HTTP/2 builds its own `Http2SessionManager`
 *   (`connect-node/dist/esm/node-transport-options.js`), one HTTP/2 connection per transport;
 *   over HTTP/1.1 it uses Node's pooled agent and is cheap, so only HTTP/2 ones count;
 * - protobuf-ts's `GrpcTransport` builds a grpc-js `Client` in its constructor.
 *
 * The handle is followed through local variables and the clients built on it. It is kept
 * (no finding) when it is returned, stored in a field, map, array or outer variable, passed to
 * anything that is not a client construction, or closed. Functions that run once (a `main()`
 * called from module scope, an IIFE) and test callbacks are not per call.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { functionName, isFunctionNode, lookupProperty, memberName, unwrap, type FunctionNode } from "../syntax/index.js";
import type { GrpcAnalysis, GrpcCall } from "./grpc-calls.js";
import { CONNECTION_CLOSE_METHODS, CONNECTION_OWNERS, NOT_RPC_METHOD_NAMES, ONE_SHOT_TEST_CALLEES, type ConnectionOwnerKind } from "./grpc-modules.js";

export type { ConnectionOwnerKind } from "./grpc-modules.js";

export type LifetimeVerdict =
  | { kind: "per-call"; owner: ConnectionOwnerKind; fn: FunctionNode; functionName: string | undefined; call: TSESTree.CallExpression }
  | { kind: "kept" }
  | { kind: "not-an-owner" };

const MAX_DEPTH = 6;

/** What kind of connection a `new ...` or `create...()` expression opens, if any. */
export function connectionOwner(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression): ConnectionOwnerKind | undefined {
  const imported = analysis.estree.importedName(node.callee);
  if (imported) {
    for (const owner of CONNECTION_OWNERS) {
      if (owner.construct !== node.type || owner.name !== imported.name || !owner.modules.includes(imported.module)) continue;
      if (owner.http2Only && !isHttp2Transport(analysis, node, owner.name)) return undefined;
      return owner.kind;
    }
  }
  if (node.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const construction = analysis.construction(node);
  if (construction?.library !== "grpc-js") return undefined;
  // `new Client(target, creds, { channelOverride })` shares an existing channel.
  if (construction.channelOptions && lookupProperty(analysis, construction.channelOptions, "channelOverride").state !== "absent") return undefined;
  return "grpc-js-client";
}

/** `createGrpcTransport` is always HTTP/2; the other Node transports only with `httpVersion: "2"`. */
function isHttp2Transport(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression, name: string): boolean {
  if (name === "createGrpcTransport") return true;
  const options = node.arguments[0];
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) return false;
  const version = lookupProperty(analysis, options, "httpVersion");
  if (version.state !== "present" || !version.value) return false;
  const value = unwrap(version.value);
  return value.type === AST_NODE_TYPES.Literal && value.value === "2";
}

interface Uses {
  calls: TSESTree.CallExpression[];
  kept: boolean;
  closed: boolean;
  seen: Set<TSESLint.Scope.Variable>;
}

/** The verdict for one construction: built per call, kept, or not something that owns a connection. */
export function connectionLifetime(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression): LifetimeVerdict {
  const owner = connectionOwner(analysis, node);
  if (!owner) return { kind: "not-an-owner" };
  const fn = enclosingFunction(node);
  if (!fn || runsOnce(analysis, fn) || insideTestCallback(fn)) return { kind: "kept" };
  const uses: Uses = { calls: [], kept: false, closed: false, seen: new Set() };
  followValue(analysis, node, fn, owner, uses, 0);
  if (uses.kept || uses.closed || uses.calls.length === 0) return { kind: "kept" };
  return { kind: "per-call", owner, fn, functionName: functionName(fn), call: uses.calls[0] };
}

/** Follows where the value of `expr` goes inside `fn`. Anything not understood counts as kept. */
function followValue(analysis: GrpcAnalysis, expr: TSESTree.Node, fn: FunctionNode, owner: ConnectionOwnerKind, uses: Uses, depth: number): void {
  if (uses.kept) return;
  if (depth > MAX_DEPTH) {
    uses.kept = true;
    return;
  }
  let current: TSESTree.Node = expr;
  let parent = current.parent;
  // Wrappers that pass the value through unchanged.
  while (
    parent &&
    (parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      parent.type === AST_NODE_TYPES.AwaitExpression)
  ) {
    current = parent;
    parent = current.parent;
  }
  if (!parent) {
    uses.kept = true;
    return;
  }
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== current) break;
      const call = parent.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) {
        // `x.channel = ...` style writes, or reading a property: leave it alone.
        if (call?.type === AST_NODE_TYPES.AssignmentExpression && call.left === parent) uses.kept = true;
        return;
      }
      const name = memberName(parent);
      if (name !== undefined && CONNECTION_CLOSE_METHODS.includes(name)) {
        uses.closed = true;
        return;
      }
      if (isCallThrough(analysis, call, name, owner)) uses.calls.push(call);
      return;
    }
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier) break;
      followVariable(analysis, parent.id, fn, owner, uses, depth);
      return;
    }
    case AST_NODE_TYPES.AssignmentExpression: {
      if (parent.right !== current || parent.operator !== "=" || parent.left.type !== AST_NODE_TYPES.Identifier) break;
      const variable = analysis.estree.variableOf(parent.left);
      // Assigned to a variable of an enclosing scope: a lazily filled cache.
      if (!variable || !declaredInside(variable, fn)) break;
      followVariable(analysis, parent.left, fn, owner, uses, depth);
      return;
    }
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression: {
      if (!parent.arguments.includes(current as TSESTree.CallExpressionArgument)) break;
      // A client built on this channel or transport carries it on.
      if (isClientOn(analysis, parent, owner)) {
        followValue(analysis, parent, fn, owner, uses, depth + 1);
        return;
      }
      break;
    }
    case AST_NODE_TYPES.Property: {
      // `new Client(target, creds, { channelOverride: channel })`: the client carries the channel on.
      const object = parent.parent;
      const construction = object?.parent;
      if (
        parent.value === current &&
        object?.type === AST_NODE_TYPES.ObjectExpression &&
        (construction?.type === AST_NODE_TYPES.NewExpression || construction?.type === AST_NODE_TYPES.CallExpression) &&
        construction.arguments.includes(object) &&
        isClientOn(analysis, construction, owner)
      ) {
        followValue(analysis, construction, fn, owner, uses, depth + 1);
        return;
      }
      break;
    }
    case AST_NODE_TYPES.ExpressionStatement:
      return;
    default:
      break;
  }
  uses.kept = true;
}

function followVariable(analysis: GrpcAnalysis, id: TSESTree.Identifier, fn: FunctionNode, owner: ConnectionOwnerKind, uses: Uses, depth: number): void {
  const variable = analysis.estree.variableOf(id);
  if (!variable) {
    uses.kept = true;
    return;
  }
  if (uses.seen.has(variable)) return;
  uses.seen.add(variable);
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    followValue(analysis, reference.identifier, fn, owner, uses, depth + 1);
    if (uses.kept) return;
  }
}

function declaredInside(variable: TSESLint.Scope.Variable, fn: FunctionNode): boolean {
  const def = variable.defs[0];
  if (!def) return false;
  return def.name.range[0] >= fn.range[0] && def.name.range[1] <= fn.range[1];
}

/** A construction that takes the channel or transport: a gRPC client, or (protobuf-ts) a generated `new XClient(transport)`. */
function isClientOn(analysis: GrpcAnalysis, node: TSESTree.NewExpression | TSESTree.CallExpression, owner: ConnectionOwnerKind): boolean {
  if (analysis.construction(node)) return true;
  return owner === "protobuf-ts-transport" && node.type === AST_NODE_TYPES.NewExpression;
}

function isCallThrough(analysis: GrpcAnalysis, call: TSESTree.CallExpression, name: string | undefined, owner: ConnectionOwnerKind): boolean {
  const recognized: GrpcCall | undefined = analysis.recognizeCall(call);
  if (recognized) return true;
  // protobuf-ts clients are not recognized by core; any method of a client built on the transport is a call.
  return owner === "protobuf-ts-transport" && name !== undefined && !NOT_RPC_METHOD_NAMES.has(name);
}

function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
    // A class field initializer runs once per instance, like a constructor storing a field.
    if (current.type === AST_NODE_TYPES.PropertyDefinition) return undefined;
  }
  return undefined;
}

/** Inside a function that is not itself inside another function. */
function atModuleScope(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return false;
    if (
      current.type === AST_NODE_TYPES.ForStatement ||
      current.type === AST_NODE_TYPES.ForInStatement ||
      current.type === AST_NODE_TYPES.ForOfStatement ||
      current.type === AST_NODE_TYPES.WhileStatement ||
      current.type === AST_NODE_TYPES.DoWhileStatement
    ) {
      return false;
    }
  }
  return true;
}

/**
 * A function that runs once per process: an IIFE at module scope, or a function whose every
 * reference is a call made at module scope (`main()`, `main().catch(...)`), or the constructor of a class
 * (each instance keeps what it builds only through fields, which count as kept anyway).
 */
function runsOnce(analysis: GrpcAnalysis, fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === fn) return atModuleScope(parent);
  let id: TSESTree.Identifier | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id && parent?.type === AST_NODE_TYPES.Program) id = fn.id;
  else if (
    parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    parent.parent?.parent?.type === AST_NODE_TYPES.Program
  ) {
    id = parent.id;
  }
  if (!id) return false;
  const variable = analysis.estree.variableOf(id);
  if (!variable) return false;
  const reads = variable.references.filter((reference) => reference.isRead());
  if (reads.length === 0) return false;
  return reads.every((reference) => {
    const ref = reference.identifier;
    return ref.parent?.type === AST_NODE_TYPES.CallExpression && ref.parent.callee === ref && atModuleScope(ref.parent);
  });
}

/** A callback of `it(...)`, `test(...)`, `beforeAll(...)` and friends: test set-up, not production calls. */
function insideTestCallback(fn: FunctionNode): boolean {
  for (let current: TSESTree.Node | undefined = fn; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const fnNode: FunctionNode = current;
    const call: TSESTree.Node | undefined = fnNode.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fnNode as TSESTree.CallExpressionArgument)) continue;
    let callee: TSESTree.Node = call.callee;
    // `it.only(...)`, `test.each(table)(...)`, `describe.skip(...)`.
    while (callee.type === AST_NODE_TYPES.MemberExpression || callee.type === AST_NODE_TYPES.CallExpression) {
      callee = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee.callee;
    }
    if (callee.type === AST_NODE_TYPES.Identifier && ONE_SHOT_TEST_CALLEES.has(callee.name)) return true;
  }
  return false;
}
