/**
 * Recognizing grpc-js, Connect and nice-grpc values by their types. Checks go by where a member is
 * declared (the library's own declaration files), not by type names: grpc-js's stream and call
 * types are aliases of intersections, and aliases are lost as soon as a type is widened or mapped.
 */
import ts from "typescript";
import { libraryOfFile } from "./grpc-modules.js";
function declaredIn(symbol, test) {
    const declarations = symbol?.declarations;
    if (!declarations)
        return false;
    return declarations.some((declaration) => test(declaration.getSourceFile().fileName.replace(/\\/g, "/")));
}
function baseName(fileName) {
    return fileName.slice(fileName.lastIndexOf("/") + 1);
}
/** One of grpc-js's declaration files, by base name (`call`, `server-call`, `server`). */
export function isGrpcJsFile(fileName, ...files) {
    if (libraryOfFile(fileName) !== "grpc-js")
        return false;
    const base = baseName(fileName).replace(/\.d\.ts$|\.ts$/, "");
    return files.length === 0 || files.includes(base);
}
export function isConnectFile(fileName) {
    return libraryOfFile(fileName) === "connect";
}
/** nice-grpc and nice-grpc-common (where the server's `CallContext` is declared). */
export function isNiceGrpcFile(fileName) {
    return libraryOfFile(fileName) === "nice-grpc" || /[\\/]node_modules[\\/]nice-grpc-common[\\/]/.test(fileName);
}
function withoutNullish(type, checker) {
    return type.isUnion() ? checker.getNonNullableType(type) : type;
}
/**
 * The grpc-js call or stream a type is: client side (`ClientReadableStream`, `ClientWritableStream`,
 * `ClientDuplexStream`, `ClientUnaryCall`) or server side (`ServerUnaryCall`, `ServerReadableStream`,
 * `ServerWritableStream`, `ServerDuplexStream`). Unary calls come back with both flags false.
 */
export function grpcJsCallShape(type, checker) {
    const target = withoutNullish(type, checker);
    if (target.flags & ts.TypeFlags.Any)
        return undefined;
    let side;
    if (declaredIn(target.getProperty("sendMetadata"), (f) => isGrpcJsFile(f, "server-call")))
        side = "server";
    else if (declaredIn(target.getProperty("getPeer"), (f) => isGrpcJsFile(f, "call")))
        side = "client";
    if (!side)
        return undefined;
    return {
        side,
        readable: target.getProperty("read") !== undefined,
        writable: target.getProperty("write") !== undefined,
    };
}
/** Connect's `HandlerContext` (second parameter of a Connect handler). */
export function isConnectHandlerContext(type) {
    return declaredIn(type.getProperty("timeoutMs"), isConnectFile) && type.getProperty("requestHeader") !== undefined;
}
/** nice-grpc's server `CallContext` (second parameter of a nice-grpc handler). */
export function isNiceGrpcCallContext(type) {
    return declaredIn(type.getProperty("signal"), isNiceGrpcFile) && type.getProperty("trailer") !== undefined;
}
/** A grpc-js `Server` (or a subclass). */
export function isGrpcJsServer(type) {
    return declaredIn(type.getProperty("addService"), (f) => isGrpcJsFile(f, "server"));
}
/** `AsyncIterable`: how Connect and nice-grpc hand out streams. */
export function isAsyncIterable(type, checker) {
    const target = withoutNullish(type, checker);
    return target.getProperties().some((property) => property.getName().startsWith("__@asyncIterator"));
}
