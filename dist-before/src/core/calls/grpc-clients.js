/**
 * Recognizing gRPC client constructions in one file, by syntax: grpc-js generated or generic
 * clients, Connect clients, nice-grpc clients (with the middleware of their factory).
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { memberName, unwrap } from "../syntax/index.js";
import { CONNECT_CLIENT_FACTORIES, GRPC_JS_CLIENT_CLASS_FACTORIES, GRPC_JS_PACKAGE_LOADER, LIBRARY_MODULES, NICE_GRPC_DEADLINE_MODULE, isGeneratedGrpcJsModule, } from "./grpc-modules.js";
const MAX_DEPTH = 8;
function isLibrary(module, library) {
    return LIBRARY_MODULES[library].includes(module);
}
export class GrpcClientTracer {
    estree;
    constructor(estree) {
        this.estree = estree;
    }
    /** The construction a receiver expression holds, traced through variables and fields in this file. */
    traceClient(receiver) {
        for (const source of this.estree.valueSources(receiver)) {
            const construction = this.construction(source);
            if (construction)
                return construction;
        }
        return undefined;
    }
    /** Recognizes an expression that builds a client (no tracing of the expression itself). */
    construction(node) {
        const target = unwrap(node);
        if (target.type === AST_NODE_TYPES.NewExpression) {
            const kind = this.clientClassKind(target.callee, 0);
            if (!kind)
                return undefined;
            return { library: "grpc-js", kind, node: target, target: target.arguments[0], channelOptions: target.arguments[2] };
        }
        if (target.type === AST_NODE_TYPES.CallExpression)
            return this.factoryCall(target);
        return undefined;
    }
    factoryCall(call) {
        const imported = this.estree.importedName(call.callee);
        if (imported) {
            if (isLibrary(imported.module, "connect") && Object.hasOwn(CONNECT_CLIENT_FACTORIES, imported.name)) {
                const kind = CONNECT_CLIENT_FACTORIES[imported.name] === "callback" ? "connect-callback" : "connect-promise";
                return { library: "connect", kind, node: call, transport: call.arguments[1] };
            }
            if (isLibrary(imported.module, "nice-grpc") && imported.name === "createClient") {
                return {
                    library: "nice-grpc",
                    kind: "nice-grpc",
                    node: call,
                    channel: call.arguments[1],
                    defaultCallOptions: call.arguments[2],
                    middleware: [],
                    middlewareKnown: true,
                };
            }
            return undefined;
        }
        const callee = unwrap(call.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "create") {
            const factory = this.niceGrpcFactory(callee.object, 0);
            if (!factory)
                return undefined;
            return {
                library: "nice-grpc",
                kind: "nice-grpc",
                node: call,
                channel: call.arguments[1],
                defaultCallOptions: call.arguments[2],
                middleware: factory.middleware,
                middlewareKnown: factory.known,
            };
        }
        return undefined;
    }
    /** Follows `createClientFactory().use(a).use(b)` (through variables); undefined when it is no factory. */
    niceGrpcFactory(node, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        for (const source of this.estree.valueSources(node)) {
            if (source.type !== AST_NODE_TYPES.CallExpression)
                continue;
            const imported = this.estree.importedName(source.callee);
            if (imported && isLibrary(imported.module, "nice-grpc") && imported.name === "createClientFactory") {
                return { middleware: [], known: true };
            }
            const callee = unwrap(source.callee);
            if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "use") {
                const inner = this.niceGrpcFactory(callee.object, depth + 1);
                if (inner)
                    return { middleware: [...source.arguments, ...inner.middleware], known: inner.known };
            }
        }
        return undefined;
    }
    /** Whether a nice-grpc middleware expression is `deadlineMiddleware` from its package. */
    isDeadlineMiddleware(node) {
        const imported = this.estree.importedName(node);
        return imported?.module === NICE_GRPC_DEADLINE_MODULE && imported.name === "deadlineMiddleware";
    }
    /** What kind of grpc-js client a constructor expression makes, if it is one. */
    clientClassKind(node, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        const imported = this.estree.importedName(node);
        if (imported) {
            if (isLibrary(imported.module, "grpc-js") && imported.name === "Client")
                return "grpc-js-generic";
            if (isGeneratedGrpcJsModule(imported.module))
                return "grpc-js-service";
            return undefined;
        }
        const target = unwrap(node);
        if (target.type === AST_NODE_TYPES.Identifier) {
            // `const { Greeter } = loadPackageDefinition(def).hello`
            const destructured = this.estree.destructuredFrom(target);
            if (destructured && this.isPackageRoot(destructured.object, depth + 1))
                return "grpc-js-service";
        }
        for (const source of this.estree.valueSources(node)) {
            if (this.isPackageMember(source, depth))
                return "grpc-js-service";
            if (source.type === AST_NODE_TYPES.CallExpression) {
                const factory = this.estree.importedName(source.callee);
                if (factory && isLibrary(factory.module, "grpc-js") && GRPC_JS_CLIENT_CLASS_FACTORIES.includes(factory.name)) {
                    return "grpc-js-service";
                }
            }
            if ((source.type === AST_NODE_TYPES.ClassDeclaration || source.type === AST_NODE_TYPES.ClassExpression) &&
                source.superClass) {
                const base = this.clientClassKind(source.superClass, depth + 1);
                if (base)
                    return base === "grpc-js-generic" ? "grpc-js-service" : base;
            }
        }
        return undefined;
    }
    /** `loadPackageDefinition(def).pkg.Service`, or a name holding any part of that chain. */
    isPackageMember(node, depth) {
        if (depth > MAX_DEPTH)
            return false;
        const target = unwrap(node);
        if (target.type === AST_NODE_TYPES.MemberExpression)
            return this.isPackageRoot(target.object, depth + 1);
        return false;
    }
    isPackageRoot(node, depth) {
        if (depth > MAX_DEPTH)
            return false;
        for (const source of this.estree.valueSources(node)) {
            if (source.type === AST_NODE_TYPES.MemberExpression) {
                if (this.isPackageRoot(source.object, depth + 1))
                    return true;
                continue;
            }
            if (source.type === AST_NODE_TYPES.CallExpression) {
                const loader = this.estree.importedName(source.callee);
                if (loader && isLibrary(loader.module, "grpc-js") && loader.name === GRPC_JS_PACKAGE_LOADER)
                    return true;
            }
        }
        return false;
    }
}
