/**
 * Type-based recognition (when parser services carry a program): the library a client type
 * comes from, a call's type from its signature, and which parameter takes the call options.
 * Every answer is cached per type; none of this runs on files the text gate skipped.
 */
import ts from "typescript";
import { checkerSymbols, tsImportRef } from "../syntax/index.js";
import { GRPC_JS_CALL_TYPE_BY_RETURN, LIBRARY_MODULES, PROTOBUFJS_PATH, PROTOBUF_TS_CALL_TYPES, libraryOfFile, type GrpcCallType, type GrpcLibrary } from "./grpc-modules.js";

/** Declaration files that hold the per-method signatures of a generated client type. */
const CLIENT_METHOD_FILES: Record<GrpcLibrary, RegExp> = {
  "grpc-js": /$^/,
  connect: /[\\/](?:promise-client|callback-client)\.d\.[cm]?ts$/,
  "nice-grpc": /[\\/]client[\\/]Client\.d\.ts$/,
  // Generated in the user's project; recognized by the call types their methods return.
  "protobuf-ts": /$^/,
  "grpc-web": /$^/,
  nestjs: /$^/,
  // Generated services extend `rpc.Service`; recognized by that base (`protobufjsService`).
  protobufjs: /$^/,
};

/** Inside `declare module "grpc-web" { ... }` (a library's typings vendored into a project). */
function inAmbientLibraryModule(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isModuleDeclaration(current) && ts.isStringLiteral(current.name)) {
      return Object.values(LIBRARY_MODULES).some((modules) => modules.includes((current as ts.ModuleDeclaration & { name: ts.StringLiteral }).name.text));
    }
  }
  return false;
}

export type TypeVerdict = GrpcLibrary | "not-grpc" | "unknown";

function declaredIn(symbol: ts.Symbol | undefined): GrpcLibrary | undefined {
  for (const declaration of symbol?.declarations ?? []) {
    const library = libraryOfFile(declaration.getSourceFile().fileName);
    if (library) return library;
  }
  return undefined;
}

export class GrpcTypeOracle {
  private readonly receiverCache = new WeakMap<ts.Type, GrpcLibrary | undefined>();

  constructor(readonly checker: ts.TypeChecker) {}

  isAnyLike(type: ts.Type): boolean {
    return (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
  }

  /** grpc-js when the receiver is an instance of grpc-js's `Client` (generated classes extend it). */
  grpcJsReceiver(type: ts.Type): boolean {
    let cached = this.receiverCache.get(type);
    if (!this.receiverCache.has(type)) {
      const probe = this.checker.getApparentType(type).getProperty("makeUnaryRequest");
      cached = declaredIn(probe) === "grpc-js" ? "grpc-js" : undefined;
      this.receiverCache.set(type, cached);
    }
    return cached === "grpc-js";
  }

  /** An instance of a protobufjs `rpc.Service` subclass (a pbjs static module's service class). */
  protobufjsService(type: ts.Type): boolean {
    const probe = this.checker.getApparentType(type).getProperty("rpcCall");
    return probe?.declarations?.some((declaration) => PROTOBUFJS_PATH.test(declaration.getSourceFile().fileName)) ?? false;
  }

  /**
   * The library whose client-method types declare the called function's signatures: Connect's
   * promise and callback clients, nice-grpc's `Client`. Factories (`createClient`, `.use`,
   * `.create`) are declared in the same packages but are not calls to a service.
   */
  libraryOfCallee(calleeType: ts.Type): GrpcLibrary | undefined {
    for (const signature of calleeType.getCallSignatures()) {
      const declaration = signature.getDeclaration() as ts.Declaration | undefined;
      if (!declaration || ts.isFunctionDeclaration(declaration) || ts.isMethodSignature(declaration)) continue;
      const fileName = declaration.getSourceFile().fileName;
      const library = libraryOfFile(fileName);
      if (library && CLIENT_METHOD_FILES[library].test(fileName)) return library;
    }
    return undefined;
  }

  /**
   * The library of a generated client method, from its declaration: protobuf-ts methods return
   * `UnaryCall` & co. of `@protobuf-ts/runtime-rpc`; grpc-web methods take grpc-web `Metadata` or
   * return its `ClientReadableStream`. Read from the annotations' imports, so it answers even when
   * the package is not installed (generated code is usually committed).
   */
  libraryOfGeneratedMethod(tsCallee: ts.Node): GrpcLibrary | undefined {
    const nameNode = ts.isPropertyAccessExpression(tsCallee) ? tsCallee.name : tsCallee;
    const symbol = this.checker.getSymbolAtLocation(nameNode);
    for (const declaration of symbol?.declarations?.slice(0, 4) ?? []) {
      if (!ts.isMethodDeclaration(declaration) && !ts.isMethodSignature(declaration)) continue;
      // The library's own API (a stream's `on`, a transport's `unary`) is not a generated client method.
      if (libraryOfFile(declaration.getSourceFile().fileName) || inAmbientLibraryModule(declaration)) continue;
      const returned = declaration.type && this.typeNodeSource(declaration.type);
      if (returned?.library === "protobuf-ts" && Object.hasOwn(PROTOBUF_TS_CALL_TYPES, returned.name)) return "protobuf-ts";
      if (returned?.library === "grpc-web" && returned.name === "ClientReadableStream") return "grpc-web";
      for (const parameter of declaration.parameters) {
        const source = parameter.type && this.typeNodeSource(parameter.type);
        if (source?.library === "grpc-web" && source.name === "Metadata") return "grpc-web";
      }
    }
    return undefined;
  }

  /** The library and exported name a type annotation refers to (`Promise<...>` and `| null` looked through). */
  private typeNodeSource(node: ts.TypeNode): { library: GrpcLibrary; name: string } | undefined {
    if (ts.isUnionTypeNode(node)) {
      for (const member of node.types) {
        const found = this.typeNodeSource(member);
        if (found) return found;
      }
      return undefined;
    }
    if (!ts.isTypeReferenceNode(node)) return undefined;
    const last = ts.isQualifiedName(node.typeName) ? node.typeName.right.text : node.typeName.text;
    if (last === "Promise" && node.typeArguments?.[0]) return undefined;
    const ref = tsImportRef(checkerSymbols(this.checker), node.typeName);
    if (ref) {
      for (const [library, modules] of Object.entries(LIBRARY_MODULES) as [GrpcLibrary, readonly string[]][]) {
        if (modules.includes(ref.module)) return { library, name: ref.name };
      }
    }
    const nameNode = ts.isQualifiedName(node.typeName) ? node.typeName.right : node.typeName;
    const library = declaredIn(this.checker.getSymbolAtLocation(nameNode));
    return library ? { library, name: last } : undefined;
  }

  /** Whether a type is the project's own (declared outside node_modules), so a value of it may still hold a client. */
  declaredInProject(type: ts.Type): boolean {
    const target = this.checker.getNonNullableType(type);
    const symbol = target.aliasSymbol ?? target.getSymbol();
    const declarations = symbol?.declarations ?? [];
    return declarations.length > 0 && declarations.some((declaration) => !/[\\/]node_modules[\\/]/.test(declaration.getSourceFile().fileName));
  }

  /** Whether the method symbol is declared by grpc-js itself (the `Client` base class), not a service. */
  isGrpcJsBaseMember(symbol: ts.Symbol | undefined): boolean {
    return declaredIn(symbol) === "grpc-js" && !!symbol?.declarations?.some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d));
  }

  /** Call type from the resolved signature: grpc-js names it by return class, the others by Promise/AsyncIterable. */
  callType(call: ts.CallExpression, library: GrpcLibrary): GrpcCallType | undefined {
    const signature = this.checker.getResolvedSignature(call);
    if (!signature) return undefined;
    const returnType = signature.getReturnType();
    if (library === "grpc-js") {
      // `ClientUnaryCall` is an alias the checker does not keep: read the declared return type's name.
      const declared = (signature.getDeclaration() as ts.SignatureDeclaration | undefined)?.type;
      const declaredName = declared && ts.isTypeReferenceNode(declared) ? declared.typeName.getText() : undefined;
      const returnName = declaredName?.replace(/^.*\./, "") ?? (returnType.aliasSymbol ?? returnType.getSymbol())?.getName();
      return returnName ? GRPC_JS_CALL_TYPE_BY_RETURN[returnName] : undefined;
    }
    if (library === "protobuf-ts") {
      const declared = (signature.getDeclaration() as ts.SignatureDeclaration | undefined)?.type;
      const name = declared && ts.isTypeReferenceNode(declared) ? declared.typeName.getText().replace(/^.*\./, "") : undefined;
      return name && Object.hasOwn(PROTOBUF_TS_CALL_TYPES, name) ? PROTOBUF_TS_CALL_TYPES[name] : undefined;
    }
    if (library === "grpc-web" || library === "nestjs") return undefined;
    const firstParameter = signature.getParameters()[0];
    const requestType = firstParameter ? this.checker.getTypeOfSymbol(firstParameter) : undefined;
    const requestStreams = this.isAsyncIterable(requestType);
    const responseStreams = this.isAsyncIterable(returnType);
    if (library === "connect" && signature.getParameters().length > 3) {
      // Connect's callback client: (request, onResponse, onClose, options?) is server streaming.
      return "server-stream";
    }
    if (requestStreams) return responseStreams ? "bidi" : "client-stream";
    return responseStreams ? "server-stream" : "unary";
  }

  private isAsyncIterable(type: ts.Type | undefined): boolean {
    if (!type) return false;
    const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
    return name === "AsyncIterable" || name === "AsyncIterableIterator" || name === "AsyncGenerator";
  }

  /**
   * Index of the parameter that takes call options in the resolved signature: the first one
   * whose type has a `deadline` (grpc-js, nice-grpc with the middleware) or `timeoutMs` (Connect)
   * property. Undefined when no parameter has such a type (a union-typed generated signature).
   */
  optionsParameterIndex(call: ts.CallExpression): number | undefined {
    const signature = this.checker.getResolvedSignature(call);
    if (!signature) return undefined;
    const parameters = signature.getParameters();
    for (let index = 0; index < parameters.length; index++) {
      const type = this.checker.getNonNullableType(this.checker.getTypeOfSymbol(parameters[index]));
      if (type.isUnion()) continue;
      if (type.getProperty("deadline") || type.getProperty("timeoutMs") || type.getProperty("propagate_flags")) return index;
    }
    return undefined;
  }

  /** Whether a parameter list declares call options with `deadline` (nice-grpc: only with a deadline middleware). */
  optionsHaveDeadline(call: ts.CallExpression, index: number): boolean {
    const signature = this.checker.getResolvedSignature(call);
    const parameter = signature?.getParameters()[index];
    if (!parameter) return false;
    return !!this.checker.getNonNullableType(this.checker.getTypeOfSymbol(parameter)).getProperty("deadline");
  }
}
