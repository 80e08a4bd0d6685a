/**
 * Which client calls go over a browser transport that cannot send a request stream.
 *
 * Browsers send a request body in one piece: `fetch` has no request streaming over HTTP/1.1, and
 * the gRPC-web protocol has no client streaming at all. The transports say so at run time:
 * - `@connectrpc/connect-web` `createConnectTransport` and `createGrpcWebTransport`: `stream()`
 *   throws "The fetch API does not support streaming request bodies" for every method whose kind
 *   is not `server_streaming` (connect-web src/connect-transport.ts, grpc-web-transport.ts);
 * - protobuf-ts `GrpcWebFetchTransport`: `clientStreaming()` and `duplex()` throw `RpcError`
 *   UNIMPLEMENTED "... streaming is not supported by grpc-web"; `TwirpFetchTransport` has no
 *   streaming at all;
 * - grpc-web's own client base has `unaryCall`, `rpcCall`, `thenableCall` and `serverStreaming`
 *   only, and protoc-gen-grpc-web emits no method for the other shapes: nothing to call.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { memberName, tsCallTarget, tsUnwrap, tsValueSources, unwrap } from "../syntax/index.js";
/** The browser transports' factories and classes, per module. */
const CONNECT_WEB_MODULES = ["@connectrpc/connect-web", "@bufbuild/connect-web"];
const CONNECT_WEB_FACTORIES = ["createConnectTransport", "createGrpcWebTransport"];
const PROTOBUF_TS_BROWSER_TRANSPORTS = {
    GrpcWebFetchTransport: { module: "@protobuf-ts/grpcweb-transport", transport: "grpc-web-fetch" },
    TwirpFetchTransport: { module: "@protobuf-ts/twirp-transport", transport: "twirp-fetch" },
};
const OK = { kind: "ok" };
/**
 * Does this call stream requests over a browser transport? `callTypeOf` answers for calls whose
 * shape types do not give (untyped files): the rule looks the method up in the project's protos.
 */
export function browserStreamingVerdict(analysis, call, callTypeOf) {
    if (call.library !== "connect" && call.library !== "protobuf-ts")
        return OK;
    if (call.callType === "unary" || call.callType === "server-stream")
        return OK;
    const transport = browserTransportOf(analysis, call);
    if (!transport)
        return OK;
    const callType = call.callType ?? callTypeOf?.(call.method);
    if (callType !== "client-stream" && callType !== "bidi")
        return OK;
    return { kind: "request-stream-in-browser", callType, transport };
}
/** The browser transport the call's client was built over, when every source found is one. */
function browserTransportOf(analysis, call) {
    const construction = call.construction ?? analysis.traceClient(call.receiver);
    if (construction) {
        const transportArg = call.library === "connect" ? construction.transport : construction.node.arguments[0];
        if (!transportArg)
            return undefined;
        return agreed(analysis.estree.valueSources(transportArg).map((source) => estreeTransport(analysis, source)));
    }
    // Built in another module: follow the client's construction with the type checker.
    const checker = analysis.checker;
    if (!checker)
        return undefined;
    const constructions = call.tsConstruction ? [call.tsConstruction] : tsConstructionsOf(analysis, checker, call.receiver);
    const found = [];
    for (const built of constructions) {
        const args = built.arguments ?? [];
        const transportArg = call.library === "connect" ? args[1] : args[0];
        if (!transportArg)
            return undefined;
        for (const source of tsValueSources(checker, transportArg))
            found.push(tsTransport(checker, source));
    }
    return agreed(found);
}
function tsConstructionsOf(analysis, checker, receiver) {
    const tsReceiver = analysis.tsNode(receiver);
    if (!tsReceiver)
        return [];
    return tsValueSources(checker, tsReceiver)
        .map(tsUnwrap)
        .filter((node) => ts.isCallExpression(node) || ts.isNewExpression(node));
}
/** One transport when all sources agree on it; a source that is not a browser transport (or unknown) says nothing. */
function agreed(found) {
    if (found.length === 0 || found.some((transport) => transport === undefined))
        return undefined;
    return found.every((transport) => transport === found[0]) ? found[0] : undefined;
}
function estreeTransport(analysis, source) {
    const node = unwrap(source);
    if (node.type === AST_NODE_TYPES.CallExpression) {
        const imported = analysis.estree.importedName(node.callee);
        if (imported && CONNECT_WEB_MODULES.includes(imported.module) && CONNECT_WEB_FACTORIES.includes(imported.name))
            return "connect-web";
        return undefined;
    }
    if (node.type === AST_NODE_TYPES.NewExpression) {
        const imported = analysis.estree.importedName(node.callee);
        const callee = unwrap(node.callee);
        const name = imported?.name ?? (callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined);
        const known = name !== undefined && Object.hasOwn(PROTOBUF_TS_BROWSER_TRANSPORTS, name) ? PROTOBUF_TS_BROWSER_TRANSPORTS[name] : undefined;
        // Imported from elsewhere under the same name (a wrapper class of the project's own): not known.
        if (!known || (imported && imported.module !== known.module))
            return undefined;
        return known.transport;
    }
    return undefined;
}
function tsTransport(checker, source) {
    const node = tsUnwrap(source);
    if (ts.isCallExpression(node)) {
        const target = tsCallTarget(checker, node);
        if (!target || !CONNECT_WEB_FACTORIES.includes(target.name))
            return undefined;
        const path = target.fileName.replace(/\\/g, "/");
        return CONNECT_WEB_MODULES.some((module) => path.includes(`/node_modules/${module}/`)) ? "connect-web" : undefined;
    }
    if (ts.isNewExpression(node)) {
        const callee = tsUnwrap(node.expression);
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
        const known = name !== undefined && Object.hasOwn(PROTOBUF_TS_BROWSER_TRANSPORTS, name) ? PROTOBUF_TS_BROWSER_TRANSPORTS[name] : undefined;
        if (!known)
            return undefined;
        const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
        const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const file = resolved?.declarations?.[0]?.getSourceFile();
        // The project's own class of that name is not the transport; an uninstalled package resolves to nothing.
        if (file && !file.isDeclarationFile && !file.fileName.replace(/\\/g, "/").includes("/node_modules/"))
            return undefined;
        return known.transport;
    }
    return undefined;
}
