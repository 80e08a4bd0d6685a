/**
 * Type-based recognition (when parser services carry a program): the library a client type
 * comes from, a call's type from its signature, and which parameter takes the call options.
 * Every answer is cached per type; none of this runs on files the text gate skipped.
 */
import ts from "typescript";
import { GRPC_JS_CALL_TYPE_BY_RETURN, libraryOfFile, type GrpcCallType, type GrpcLibrary } from "./grpc-modules.js";

/** Declaration files that hold the per-method signatures of a generated client type. */
const CLIENT_METHOD_FILES: Record<GrpcLibrary, RegExp> = {
  "grpc-js": /$^/,
  connect: /[\\/](?:promise-client|callback-client)\.d\.[cm]?ts$/,
  "nice-grpc": /[\\/]client[\\/]Client\.d\.ts$/,
};

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
