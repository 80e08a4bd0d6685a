/**
 * gRPC client call recognition, shared by every TypeScript rule. Stable API:
 *
 *   const analysis = grpcAnalysis(context);      // undefined: the file holds nothing gRPC-related
 *   const call = analysis?.recognizeCall(node);  // node: a CallExpression; undefined if not an RPC
 *   call.library           "grpc-js" | "connect" | "nice-grpc"
 *   call.method            method name (makeUnaryRequest & co.: the path string when literal)
 *   call.callType          "unary" | "server-stream" | "client-stream" | "bidi" | undefined (unknown)
 *   call.receiver          the client expression the method is called on
 *   call.options           the call-options argument, if the call passes one
 *   call.optionsIndex      index where the options argument is, or would go; undefined if unknown
 *   call.optionsUncertain  an argument may be the options but cannot be told from metadata/request
 *   call.recognizedBy      "type" | "construction"
 *   call.construction      the client construction traced in this file (transport, middleware...)
 *
 *   analysis.construction(node)   a `new ...(...)` / `create...(...)` that builds a client, with
 *                                 target + channelOptions (grpc-js), transport (Connect), channel,
 *                                 defaultCallOptions, middleware (nice-grpc)
 *   analysis.traceClient(expr)    the construction an expression holds (variables, fields, objects)
 *   analysis.isGrpcJsClient(expr) a grpc-js client instance (for Client's own waitForReady & co.)
 *   analysis.typed / checker / tsNode(node)   type information when parser services have it
 *   analysis.estree               in-file tracing helpers (estree-trace.ts): valueSources, importedName
 *
 * Related modules: deadline-sources.ts (what bounds a call), deadline-values.ts (absolute or
 * relative deadline), object-props.ts + ts-follow.ts (a property of an options object, followed
 * through variables, spreads, helpers and modules), grpc-modules.ts (module and name tables).
 *
 * Types decide when the parser has them (grpc-js `Client` subclasses, Connect and nice-grpc client
 * types); without them, or on `any`, the receiver is traced inside the file to a construction.
 * One analysis per file, shared by all rules through a WeakMap on the SourceCode. Nothing throws.
 */
import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { FileContext } from "../syntax/index.js";
import { isAbsolute } from "node:path";
import ts from "typescript";
import { EstreeTracer, checkerSymbols, memberName, projectSymbols, scopeSymbols, tsCallTarget, tsNodeAtRange, tsSourceFileOf, unwrap } from "../syntax/index.js";
import { ClientOrigins, type ClientOrigin } from "./client-origins.js";
import { GrpcClientTracer, type GrpcClientConstruction } from "./grpc-clients.js";
import {
  BUILT_IN_OBJECTS,
  CONNECT_CLIENT_FACTORIES,
  NOT_RPC_METHOD_NAMES,
  PROTOBUFJS_SERVICE_MEMBERS,
  GRPC_JS_CLIENT_BASE_METHODS,
  GRPC_JS_REQUEST_METHODS,
  libraryOfFile,
  libraryOfModule,
  mentionsServiceClientType,
  textMayMentionGrpc,
  type GrpcCallType,
  type GrpcLibrary,
} from "./grpc-modules.js";
import { fileReachesGrpc } from "./grpc-program.js";
import { importsGrpcModule, projectImportsReachGrpc } from "./module-reach.js";
import type { ArgumentsView } from "./call-arguments.js";
import { isFunctionLike, isMetadataLike, optionsLayout, optionsLikeness, type OptionsPosition } from "./call-arguments.js";
import { GrpcTypeOracle } from "./grpc-types.js";

export type { GrpcCallType, GrpcLibrary } from "./grpc-modules.js";
export type { GrpcClientConstruction, GrpcClientKind } from "./grpc-clients.js";

export interface GrpcCall extends OptionsPosition {
  node: TSESTree.CallExpression;
  library: GrpcLibrary;
  method: string;
  callType: GrpcCallType | undefined;
  receiver: TSESTree.Node;
  /** "origin": followed to a client through fields, parameters, returns or annotations (client-origins.ts). */
  recognizedBy: "type" | "construction" | "origin";
  construction: GrpcClientConstruction | undefined;
  /** The construction in another module, when typed and the chain reached one there. */
  tsConstruction?: ts.CallExpression | ts.NewExpression;
}

/** The origin analysis and how to move between its TypeScript nodes and this file's ESTree. */
interface OriginsView {
  origins: ClientOrigins;
  toTs(node: TSESTree.Node): ts.Node | undefined;
  /** The ESTree node for a TypeScript node of this file; undefined for other files. */
  toEstree(node: ts.Node): TSESTree.Node | undefined;
}

/** Node's promisify, as `promisify` or `util.promisify`. */
const PROMISIFY_MODULES = new Set(["util", "node:util"]);


export class GrpcAnalysis implements ArgumentsView {
  readonly estree: EstreeTracer;
  readonly clients: GrpcClientTracer;
  readonly types: GrpcTypeOracle | undefined;
  private readonly callCache = new WeakMap<TSESTree.CallExpression, GrpcCall | null>();
  private originsView: OriginsView | null | undefined;

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    readonly services: ParserServicesWithTypeInformation | undefined,
    private readonly filename = "file.ts",
    /** The lint's working directory: untyped lookups follow imports into the modules under it, no further. */
    private readonly root?: string,
  ) {
    this.estree = new EstreeTracer((node) => sourceCode.getScope(node));
    this.clients = new GrpcClientTracer(this.estree);
    this.types = services ? new GrpcTypeOracle(services.program.getTypeChecker()) : undefined;
  }

  get typed(): boolean {
    return this.services !== undefined;
  }

  get checker(): ts.TypeChecker | undefined {
    return this.types?.checker;
  }

  tsNode(node: TSESTree.Node): ts.Node | undefined {
    return this.services?.esTreeNodeToTSNodeMap.get(node);
  }

  /** The client construction an expression holds, traced through variables and fields in this file. */
  traceClient(receiver: TSESTree.Node): GrpcClientConstruction | undefined {
    try {
      for (const source of this.estree.valueSources(receiver)) {
        const found = this.construction(source);
        if (found) return found;
      }
    } catch {
      // Odd code: no construction.
    }
    return undefined;
  }

  /**
   * Recognizes an expression that builds a client: by syntax (imports of the client libraries,
   * `loadPackageDefinition` chains, `_grpc_pb` modules), else by the type it produces.
   */
  construction(node: TSESTree.Node): GrpcClientConstruction | undefined {
    const syntactic = this.clients.construction(node);
    if (syntactic || !this.types) return syntactic;
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.NewExpression && target.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const tsNode = this.tsNode(target);
    if (!tsNode) return undefined;
    const checker = this.types.checker;
    if (target.type === AST_NODE_TYPES.NewExpression) {
      const type = checker.getTypeAtLocation(tsNode);
      if (this.types.isAnyLike(type) || !this.types.grpcJsReceiver(type)) return undefined;
      const symbol = type.getSymbol();
      const generic = symbol?.getName() === "Client" && libraryOfFile(symbol.declarations?.[0]?.getSourceFile().fileName ?? "") === "grpc-js";
      const args = target.arguments;
      return { library: "grpc-js", kind: generic ? "grpc-js-generic" : "grpc-js-service", node: target, target: args[0], channelOptions: args[2] };
    }
    const callee = tsCallTarget(checker, tsNode as ts.CallExpression);
    if (!callee) return undefined;
    const library = libraryOfFile(callee.fileName);
    const args = target.arguments;
    if (library === "connect" && callee.name in CONNECT_CLIENT_FACTORIES) {
      const kind = CONNECT_CLIENT_FACTORIES[callee.name] === "callback" ? "connect-callback" : "connect-promise";
      return { library, kind, node: target, transport: args[1] };
    }
    if (library === "nice-grpc" && (callee.name === "createClient" || callee.name === "create")) {
      // The factory chain is not followed here; its middleware shows in the client's call options type.
      return { library, kind: "nice-grpc", node: target, channel: args[1], defaultCallOptions: args[2], middlewareKnown: false };
    }
    return undefined;
  }

  /** Argument shapes (see call-arguments.ts), kept here for rules that already use them. */
  isFunctionLike(node: TSESTree.Node | undefined): boolean {
    return isFunctionLike(this, node);
  }

  isMetadataLike(node: TSESTree.Node | undefined): boolean {
    return isMetadataLike(this, node);
  }

  optionsLikeness(node: TSESTree.Node): "options" | "request" | "unknown" {
    return optionsLikeness(this, node);
  }

  /** Whether an expression is a grpc-js client instance (by type, or traced to its construction). */
  isGrpcJsClient(receiver: TSESTree.Node): boolean {
    try {
      const tsReceiver = this.tsNode(receiver);
      if (tsReceiver && this.types) {
        const type = this.types.checker.getTypeAtLocation(tsReceiver);
        if (!this.types.isAnyLike(type)) return this.types.grpcJsReceiver(type);
      }
      return this.traceClient(receiver)?.library === "grpc-js";
    } catch {
      return false;
    }
  }

  recognizeCall(node: TSESTree.CallExpression): GrpcCall | undefined {
    const cached = this.callCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    let result: GrpcCall | undefined;
    try {
      result = this.computeCall(node);
    } catch {
      // Odd code or an odd program must not break a lint run; an unrecognized call is no finding.
      result = undefined;
    }
    this.callCache.set(node, result ?? null);
    return result;
  }

  private computeCall(node: TSESTree.CallExpression): GrpcCall | undefined {
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.promisifiedCall(node, callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const staticName = memberName(callee);
    // `stub[name](...)`: a method taken by name; only a receiver known to be a client makes it an RPC.
    const dynamic = staticName === undefined;
    const name = staticName ?? `[${this.sourceCode.getText(callee.property)}]`;
    const receiver = callee.object;
    // A client class's own `this.makeUnaryRequest(...)` forwards its caller's options: the call
    // worth checking is the one on the instance. Cheap syntactic exclusions come before types.
    if (receiver.type === AST_NODE_TYPES.Super || receiver.type === AST_NODE_TYPES.ThisExpression) return undefined;
    if (!dynamic && NOT_RPC_METHOD_NAMES.has(name)) return undefined;
    if (this.isNeverAClient(receiver)) return undefined;
    if (!dynamic && (name === "bind" || name === "call" || name === "apply")) return this.boundCall(node, callee);
    return this.callOn(node, callee, receiver, name, dynamic, node.arguments);
  }

  /** Classifies `receiver.name(...args)`: by types, else the construction in this file, else the receiver's origin. */
  private callOn(
    node: TSESTree.CallExpression,
    callee: TSESTree.Node,
    receiver: TSESTree.Node,
    name: string,
    dynamic: boolean,
    args: readonly TSESTree.CallExpressionArgument[],
    direct = true,
  ): GrpcCall | undefined {
    let library: GrpcLibrary | undefined;
    let recognizedBy: GrpcCall["recognizedBy"] = "type";
    let generic = false;
    let construction: GrpcClientConstruction | undefined;
    let tsConstruction: GrpcCall["tsConstruction"];

    const typedVerdict = callee.type === AST_NODE_TYPES.MemberExpression ? this.typedLibrary(callee, receiver, name) : "unknown";
    if (typedVerdict === "not-grpc") return undefined;
    if (typedVerdict !== "unknown" && typedVerdict !== "user-type") {
      library = typedVerdict.library;
      generic = typedVerdict.generic;
      if (library !== "grpc-js") {
        construction = this.traceClient(receiver);
        // Built elsewhere (a wrapper's field, another module): the origin finds the construction.
        const origin = construction ? undefined : this.originOf(receiver);
        const local = origin?.construction ? this.originsView?.toEstree(origin.construction) : undefined;
        construction ??= local ? this.construction(local) : undefined;
        if (!construction && origin?.construction) tsConstruction = origin.construction;
      }
    } else {
      construction = typedVerdict === "unknown" ? this.traceClient(receiver) : undefined;
      let origin: ClientOrigin | undefined;
      if (!construction) {
        origin = this.originOf(receiver);
        if (!origin || origin.role !== "client") return undefined;
        const local = origin.construction ? this.originsView?.toEstree(origin.construction) : undefined;
        construction = local ? this.construction(local) : undefined;
        if (!construction && origin.construction && this.typed) tsConstruction = origin.construction;
      }
      library = construction?.library ?? origin!.library;
      recognizedBy = construction ? "construction" : "origin";
      const genericClient = construction ? construction.kind === "grpc-js-generic" : !!origin?.generic;
      if (genericClient) {
        if (!Object.hasOwn(GRPC_JS_REQUEST_METHODS, name)) return undefined;
        generic = true;
      } else if (library === "grpc-js") {
        if (GRPC_JS_CLIENT_BASE_METHODS.includes(name) || name in Object.prototype) return undefined;
        generic = Object.hasOwn(GRPC_JS_REQUEST_METHODS, name);
      } else if (name in Object.prototype || (library === "protobufjs" && PROTOBUFJS_SERVICE_MEMBERS.has(name))) {
        return undefined;
      }
    }
    if (dynamic) generic = false;

    // A promisified or `.call` invocation goes through another function's signature.
    const tsCall = direct ? (this.tsNode(node) as ts.CallExpression | undefined) : undefined;
    let callType: GrpcCallType | undefined = generic ? GRPC_JS_REQUEST_METHODS[name] : undefined;
    if (!callType && tsCall && this.types && recognizedBy === "type") callType = this.types.callType(tsCall, library);
    // A protobufjs service method is always one unary call through its rpcImpl.
    if (library === "protobufjs") callType = "unary";

    let method = name;
    if (generic) {
      const path = args[0];
      method = path?.type === AST_NODE_TYPES.Literal && typeof path.value === "string" ? path.value : name;
    }

    const layout = optionsLayout(this, node, tsCall, library, callType, generic, args);
    const call: GrpcCall = { node, library, method, callType, receiver, ...layout, recognizedBy, construction };
    if (tsConstruction) call.tsConstruction = tsConstruction;
    return call;
  }

  /**
   * `p(req)` where `p = promisify(stub.m.bind(stub))`, `promisify(stub.m)` or `stub.m.bind(stub)`:
   * the RPC is `stub.m`, called without its callback.
   */
  private promisifiedCall(node: TSESTree.CallExpression, callee: TSESTree.Identifier): GrpcCall | undefined {
    for (const source of this.estree.valueSources(callee).slice(0, 4)) {
      const method = this.methodReference(source, 0);
      if (method) return this.callOn(node, method.member, method.member.object, method.name, method.dynamic, node.arguments, false);
    }
    return undefined;
  }

  /** `stub.m.bind(stub)(req)` and `stub.m.call(stub, req)`. */
  private boundCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): GrpcCall | undefined {
    const how = memberName(callee);
    const target = unwrap(callee.object);
    if (how === "bind") return undefined; // `x.bind(y)` only makes a function; the call comes later
    if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name = memberName(target);
    if (name === undefined || NOT_RPC_METHOD_NAMES.has(name)) return undefined;
    const args = how === "call" ? node.arguments.slice(1) : [];
    if (how === "apply") return undefined;
    return this.callOn(node, target, target.object, name, false, args, false);
  }

  private methodReference(node: TSESTree.Node, depth: number): { member: TSESTree.MemberExpression; name: string; dynamic: boolean } | undefined {
    if (depth > 4) return undefined;
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(target);
      if (name !== undefined && NOT_RPC_METHOD_NAMES.has(name)) return undefined;
      return { member: target, name: name ?? `[${this.sourceCode.getText(target.property)}]`, dynamic: name === undefined };
    }
    if (target.type !== AST_NODE_TYPES.CallExpression || !target.arguments[0]) return undefined;
    const fn = unwrap(target.callee);
    if (fn.type === AST_NODE_TYPES.MemberExpression && memberName(fn) === "bind") return this.methodReference(fn.object, depth + 1);
    const imported = this.estree.importedName(fn);
    const isPromisify =
      (imported !== undefined && PROMISIFY_MODULES.has(imported.module) && imported.name === "promisify") ||
      (fn.type === AST_NODE_TYPES.MemberExpression && memberName(fn) === "promisify");
    if (!isPromisify || target.arguments[0].type === AST_NODE_TYPES.SpreadElement) return undefined;
    const inner = this.estree.valueSources(target.arguments[0]).slice(0, 4);
    for (const source of inner) {
      const found = this.methodReference(source, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The expression in this file that built the client a receiver holds, followed through fields,
   * parameters and returns (client-origins.ts), whatever the library: generated clients built
   * over a transport (`new ExampleServiceClient(transport)`) are read by their own verdicts.
   */
  builtAt(receiver: TSESTree.Node): TSESTree.Node | undefined {
    const origin = this.originOf(receiver);
    return origin?.construction ? this.originsView?.toEstree(origin.construction) : undefined;
  }

  /** Where the receiver's value comes from (client-origins.ts), typed or on this file alone. */
  private originOf(receiver: TSESTree.Node): ClientOrigin | undefined {
    const view = this.origins();
    const tsReceiver = view?.toTs(unwrap(receiver));
    return tsReceiver ? view!.origins.of(tsReceiver) : undefined;
  }

  private origins(): OriginsView | undefined {
    if (this.originsView !== undefined) return this.originsView ?? undefined;
    let view: OriginsView | null = null;
    try {
      if (this.services) {
        const services = this.services;
        const file = services.esTreeNodeToTSNodeMap.get(this.sourceCode.ast as never) as ts.Node | undefined;
        view = {
          origins: new ClientOrigins(checkerSymbols(services.program.getTypeChecker())),
          toTs: (node) => services.esTreeNodeToTSNodeMap.get(node as never),
          toEstree: (node) => (file && node.getSourceFile() === file ? (services.tsNodeToESTreeNodeMap.get(node)) : undefined),
        };
      } else {
        // typescript-estree without a project still keeps its TypeScript tree and node maps.
        const maps = this.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
        const parsed = maps?.esTreeNodeToTSNodeMap?.get(this.sourceCode.ast as never) as ts.Node | undefined;
        // On its own a file can only lead to a client through an import of a gRPC module or a
        // generated client module: without one (generated messages, unrelated code) skip the lookup.
        const followsImports = this.root !== undefined && isAbsolute(this.filename);
        const text = this.sourceCode.text;
        if (!importsGrpcModule(text) && !mentionsServiceClientType(text) && !(followsImports && projectImportsReachGrpc(this.filename, text, this.root))) {
          this.originsView = null;
          return undefined;
        }
        const tree = parsed && ts.isSourceFile(parsed) ? parsed : undefined;
        // A file another parser read (espree for `.js`) gets a TypeScript tree, never a program.
        const file = tree ?? tsSourceFileOf(this.filename, this.sourceCode.text);
        const toTs = tree
          ? (node: TSESTree.Node) => maps!.esTreeNodeToTSNodeMap!.get(node as never) as ts.Node | undefined
          : (node: TSESTree.Node) => tsNodeAtRange(file, node.range[0], node.range[1]);
        const identifierAt = tree
          ? (node: ts.Node) => maps!.tsNodeToESTreeNodeMap!.get(node) as TSESTree.Node | undefined
          : (node: ts.Node) => this.innermostAt(node.getStart(file), node.end);
        const inFile = scopeSymbols(this.estree, { toTs, toEstree: identifierAt });
        // Other modules of the project are read only when the file names a real path under the root.
        const symbols = this.root && isAbsolute(this.filename) ? projectSymbols({ fileName: this.filename, file, symbols: inFile }, this.root) : inFile;
        view = {
          origins: new ClientOrigins(symbols),
          toTs,
          toEstree: (node) => (node.getSourceFile() === file ? this.estreeAt(node.getStart(file), node.end) : undefined),
        };
      }
    } catch {
      view = null;
    }
    this.originsView = view;
    return view ?? undefined;
  }

  /** The deepest ESTree node spanning exactly [start, end): an identifier rather than its declaration. */
  private innermostAt(start: number, end: number): TSESTree.Node | undefined {
    const node = this.sourceCode.getNodeByRangeIndex(start);
    return node && node.range[0] === start && node.range[1] === end ? node : undefined;
  }

  private estreeAt(start: number, end: number): TSESTree.Node | undefined {
    let node = this.sourceCode.getNodeByRangeIndex(start);
    while (node && node.range[1] < end) node = node.parent ?? null;
    while (node && node.range[0] === start && node.range[1] === end && node.parent && node.parent.range[0] === start && node.parent.range[1] === end) {
      node = node.parent;
    }
    return node && node.range[0] === start && node.range[1] === end ? node : undefined;
  }

  /**
   * Receivers that cannot be a client instance, known without types: built-in globals
   * (`console`, `JSON`, `Promise`...) and namespace or default imports of a package that is not
   * a gRPC library (`fs`, `axios`): a package does not export an instance of the user's service.
   */
  private isNeverAClient(receiver: TSESTree.Node): boolean {
    const target = unwrap(receiver);
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = this.estree.variableOf(target);
    if (!variable || variable.defs.length === 0) return BUILT_IN_OBJECTS.has(target.name);
    const imported = this.estree.importedName(target);
    if (!imported || imported.name !== "*") return false;
    const bare = !imported.module.startsWith(".") && !imported.module.startsWith("/");
    return bare && libraryOfModule(imported.module) === undefined && !imported.module.includes("grpc");
  }

  /** The verdict types give: a library, "not-grpc" (typed, and not a client), or "unknown" (no types, `any`). */
  private typedLibrary(
    callee: TSESTree.MemberExpression,
    receiver: TSESTree.Node,
    name: string,
  ): { library: GrpcLibrary; generic: boolean } | "not-grpc" | "user-type" | "unknown" {
    if (!this.services || !this.types) return "unknown";
    const tsReceiver = this.tsNode(receiver);
    const tsCallee = this.tsNode(callee);
    if (!tsReceiver || !tsCallee) return "unknown";
    const checker = this.types.checker;
    const receiverType = checker.getTypeAtLocation(tsReceiver);
    if (this.types.isAnyLike(receiverType)) return "unknown";
    if (this.types.grpcJsReceiver(receiverType)) {
      if (Object.hasOwn(GRPC_JS_REQUEST_METHODS, name)) return { library: "grpc-js", generic: true };
      if (GRPC_JS_CLIENT_BASE_METHODS.includes(name)) return "not-grpc";
      // `Client.prototype.hasOwnProperty(...)`, `client.toString()`: members of Object, not methods of a service.
      if (this.isDefaultLibraryMember(tsCallee)) return "not-grpc";
      return { library: "grpc-js", generic: false };
    }
    if (this.types.protobufjsService(receiverType)) {
      return PROTOBUFJS_SERVICE_MEMBERS.has(name) || this.isDefaultLibraryMember(tsCallee) ? "not-grpc" : { library: "protobufjs", generic: false };
    }
    const calleeType = checker.getTypeAtLocation(tsCallee);
    const library = this.types.libraryOfCallee(calleeType) ?? this.types.libraryOfGeneratedMethod(tsCallee);
    if (library) return { library, generic: false };
    // A type of the project's own (a NestJS service interface, a wrapper): where the value comes from decides.
    return this.types.declaredInProject(receiverType) ? "user-type" : "not-grpc";
  }

  private isDefaultLibraryMember(tsCallee: ts.Node): boolean {
    const program = this.services?.program;
    const checker = this.types?.checker;
    if (!program || !checker) return false;
    const nameNode = (tsCallee as ts.PropertyAccessExpression).name ?? tsCallee;
    const declarations = checker.getSymbolAtLocation(nameNode)?.declarations;
    if (!declarations || declarations.length === 0) return false;
    return declarations.every((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
  }
}

const analyses = new WeakMap<object, GrpcAnalysis | null>();

/**
 * The file's shared analysis, or undefined when the file cannot hold a gRPC call: its text names
 * no gRPC module and (typed) none of its imports reach a gRPC library.
 */
export function grpcAnalysis(file: FileContext): GrpcAnalysis | undefined {
  const sourceCode = file.sourceCode;
  const cached = analyses.get(sourceCode);
  if (cached !== undefined) return cached ?? undefined;
  const typed = file.services;
  let relevant = textMayMentionGrpc(sourceCode.text);
  if (!relevant && typed) {
    const tsFile = typed.esTreeNodeToTSNodeMap.get(sourceCode.ast) as ts.SourceFile | undefined;
    relevant = tsFile !== undefined && fileReachesGrpc(typed.program, tsFile);
  } else if (!relevant && isAbsolute(file.filename)) {
    relevant = projectImportsReachGrpc(file.filename, sourceCode.text, file.cwd);
  }
  const analysis = relevant ? new GrpcAnalysis(sourceCode, typed, file.filename, file.cwd) : null;
  analyses.set(sourceCode, analysis);
  return analysis ?? undefined;
}
