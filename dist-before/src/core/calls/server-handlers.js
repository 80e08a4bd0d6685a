/**
 * Server handlers: the functions a gRPC server calls for each incoming RPC.
 *
 * - grpc-js: the methods of the object given to `server.addService(definition, impl)`, of an object
 *   or class typed as a generated `*Server` / `*Handlers` interface (`UntypedServiceImplementation`),
 *   and any function whose first parameter is typed as a grpc-js server call.
 * - Connect: the methods given to `router.service(Service, impl)` / `router.rpc(method, impl)`, of a
 *   `ServiceImpl<...>`, and any function whose second parameter is a `HandlerContext`.
 * - nice-grpc: the methods given to `server.add(Definition, impl)` and functions taking a `CallContext`.
 * - NestJS: controller methods decorated `@GrpcMethod` / `@GrpcStreamMethod` (data, metadata, call).
 *
 * Syntax decides first; the checker is asked only about functions that sit where a handler can.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import ts from "typescript";
import { grpcJsCallShape, isConnectFile, isConnectHandlerContext, isNiceGrpcCallContext, isNiceGrpcFile } from "./call-shapes.js";
import { memberName as staticMemberName, isFunctionNode } from "../syntax/index.js";
import { grpcAnalysis } from "./grpc-calls.js";
import { libraryOfModule } from "./grpc-modules.js";
const REGISTRATION_LIBRARY = { addService: "grpc-js", service: "connect", rpc: "connect", add: "nice-grpc" };
/** NestJS's method decorators that make a controller method a gRPC handler. */
const NEST_HANDLER_DECORATORS = new Set(["GrpcMethod", "GrpcStreamMethod", "GrpcStreamCall"]);
function memberName(node) {
    return node.type === AST_NODE_TYPES.MemberExpression ? staticMemberName(node) : undefined;
}
/** `ElizaService.method.say`: how Connect v2 names one method of a generated service. */
function isConnectMethodReference(node) {
    if (node?.type !== AST_NODE_TYPES.MemberExpression)
        return false;
    const holder = node.object;
    return holder.type === AST_NODE_TYPES.MemberExpression && (memberName(holder) === "method" || memberName(holder) === "methods");
}
function identifierParam(param) {
    if (!param)
        return undefined;
    if (param.type === AST_NODE_TYPES.Identifier)
        return param;
    if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier)
        return param.left;
    return undefined;
}
/** Type names that make a parameter a handler's call or context: grpc-js server calls, Connect's and nice-grpc's contexts. */
const HANDLER_PARAMETER_TYPES = /^(Server(Unary|Readable|Writable|Duplex)(Call|Stream)|HandlerContext|CallContext)$/;
function annotatedAsHandler(fn) {
    return fn.params.some((param) => {
        const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
        if (target.type === AST_NODE_TYPES.TSParameterProperty)
            return false;
        const annotation = target.typeAnnotation?.typeAnnotation;
        if (annotation?.type !== AST_NODE_TYPES.TSTypeReference)
            return false;
        const name = annotation.typeName;
        const last = name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : name.type === AST_NODE_TYPES.Identifier ? name.name : "";
        return HANDLER_PARAMETER_TYPES.test(last);
    });
}
/**
 * Where asking the checker can pay off: parameters annotated with a handler type, or a method of an
 * object literal whose type comes from outside it (an annotated variable, `satisfies`, a call
 * argument), where contextual typing gives the parameters their handler types.
 */
function mayBeTypedHandler(fn, container) {
    if (annotatedAsHandler(fn))
        return true;
    if (container?.type !== AST_NODE_TYPES.ObjectExpression)
        return false;
    const parent = container.parent;
    switch (parent?.type) {
        case AST_NODE_TYPES.VariableDeclarator:
            return parent.id.type === AST_NODE_TYPES.Identifier && parent.id.typeAnnotation !== undefined;
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.ReturnStatement:
        case AST_NODE_TYPES.PropertyDefinition:
            return true;
        default:
            return false;
    }
}
function kindFromShape(shape, hasCallback) {
    if (shape.readable && shape.writable)
        return hasCallback ? "client-streaming" : "bidi";
    if (shape.readable)
        return "client-streaming";
    if (shape.writable)
        return "server-streaming";
    return "unary";
}
/** Where a function sits: as a method of an object literal or class, or on its own. */
function containerOf(fn) {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.Property && parent.value === fn && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
        return parent.parent;
    }
    if ((parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.PropertyDefinition) &&
        parent.value === fn &&
        !parent.static &&
        parent.key.type !== AST_NODE_TYPES.PrivateIdentifier) {
        return parent.parent;
    }
    return undefined;
}
export function createHandlerFinder(file) {
    const typed = file.services;
    const checker = typed?.program.getTypeChecker();
    const calls = grpcAnalysis(file);
    const cache = new WeakMap();
    const registrationCache = new WeakMap();
    /** The library an object literal is registered with, when it is passed (directly or via a const) to a registration call. */
    function registeredObjectLibrary(object) {
        const cached = registrationCache.get(object);
        if (cached !== undefined)
            return cached ?? undefined;
        let result;
        const parent = object.parent;
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === object) {
            result = registrationLibrary(parent);
        }
        else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
            const variable = file.sourceCode.getDeclaredVariables(parent)[0];
            for (const reference of variable?.references ?? []) {
                const use = reference.identifier.parent;
                if (use?.type === AST_NODE_TYPES.CallExpression && use.arguments[1] === reference.identifier) {
                    result = registrationLibrary(use);
                    if (result)
                        break;
                }
            }
        }
        registrationCache.set(object, result ?? null);
        return result;
    }
    /**
     * `server.addService(...)`, `router.service(...)`, `router.rpc(...)`, `server.add(...)`. `service`,
     * `rpc` and `add` are common method names: with types at hand, the receiver must be the library's.
     */
    function registrationLibrary(call) {
        const name = memberName(call.callee);
        const library = name ? REGISTRATION_LIBRARY[name] : undefined;
        // `rpc` is a common name: without types, the first argument must read like Connect v2's `Service.method.name`.
        if (name === "rpc" && (!checker || !typed) && !isConnectMethodReference(call.arguments[0]))
            return undefined;
        if (!library || library === "grpc-js" || !checker || !typed || call.callee.type !== AST_NODE_TYPES.MemberExpression)
            return library;
        const receiver = checker.getTypeAtLocation(typed.esTreeNodeToTSNodeMap.get(call.callee.object));
        if (receiver.flags & ts.TypeFlags.Any)
            return library;
        const declarations = receiver.getProperty(name)?.declarations ?? [];
        const fromLibrary = declarations.some((declaration) => {
            const file = declaration.getSourceFile().fileName;
            return library === "connect" ? isConnectFile(file) : isNiceGrpcFile(file);
        });
        return fromLibrary ? library : undefined;
    }
    /**
     * A class implementing a service interface: a generated grpc-js `*Server` / `*Handlers` interface
     * (it extends `UntypedServiceImplementation`), Connect's `ServiceImpl`, nice-grpc's
     * `ServiceImplementation`. Names alone are not enough (`implements McpServer`): the interface
     * must come from the library or a generated module, or its type must say so.
     */
    /** A NestJS controller method decorated `@GrpcMethod(...)` / `@GrpcStreamMethod(...)`. */
    function nestHandler(fn) {
        const method = fn.parent;
        if (method?.type !== AST_NODE_TYPES.MethodDefinition)
            return false;
        return (method.decorators ?? []).some((decorator) => {
            const expression = decorator.expression.type === AST_NODE_TYPES.CallExpression ? decorator.expression.callee : decorator.expression;
            const imported = calls?.estree.importedName(expression);
            return imported !== undefined && imported.module === "@nestjs/microservices" && NEST_HANDLER_DECORATORS.has(imported.name);
        });
    }
    function classLibrary(body) {
        const declaration = body.parent;
        for (const clause of declaration.implements ?? []) {
            const imported = calls?.estree.importedName(clause.expression);
            const library = imported ? libraryOfModule(imported.module) : undefined;
            if (library === "connect" && imported?.name === "ServiceImpl")
                return "connect";
            if (library === "nice-grpc" && imported?.name === "ServiceImplementation")
                return "nice-grpc";
            if (library === "grpc-js")
                return "grpc-js";
            if (checker && typed && extendsUntypedServiceImplementation(checker.getTypeAtLocation(typed.esTreeNodeToTSNodeMap.get(clause)))) {
                return "grpc-js";
            }
        }
        return undefined;
    }
    function extendsUntypedServiceImplementation(type, depth = 0) {
        if (depth > 4)
            return false;
        const symbol = type.getSymbol();
        if (symbol?.getName() === "UntypedServiceImplementation")
            return true;
        if (!type.isClassOrInterface())
            return false;
        return (checker.getBaseTypes(type) ?? []).some((base) => extendsUntypedServiceImplementation(base, depth + 1));
    }
    function typedHandler(fn) {
        if (!checker || !typed)
            return undefined;
        const [first, second] = fn.params.map(identifierParam);
        if (first) {
            const shape = grpcJsCallShape(checker.getTypeAtLocation(typed.esTreeNodeToTSNodeMap.get(first)), checker);
            if (shape?.side === "server") {
                return withParams({ library: "grpc-js", fn, kind: kindFromShape(shape, fn.params.length >= 2) }, fn);
            }
        }
        if (second) {
            const type = checker.getTypeAtLocation(typed.esTreeNodeToTSNodeMap.get(second));
            if (isConnectHandlerContext(type))
                return withParams({ library: "connect", fn, kind: "unknown" }, fn);
            if (isNiceGrpcCallContext(type))
                return withParams({ library: "nice-grpc", fn, kind: "unknown" }, fn);
        }
        return undefined;
    }
    function withParams(handler, fn) {
        const [first, second, third] = fn.params.map(identifierParam);
        if (first)
            handler.callParam = first;
        if (handler.library === "nestjs") {
            // (data, metadata, call): the grpc-js server call comes third.
            if (third)
                handler.contextParam = third;
            return handler;
        }
        if (handler.library === "grpc-js") {
            if (second)
                handler.callbackParam = second;
        }
        else if (second) {
            handler.contextParam = second;
        }
        return handler;
    }
    function find(fn) {
        if (fn.params.length === 0 || fn.params.length > 3)
            return undefined;
        const container = containerOf(fn);
        let library;
        if (container?.type === AST_NODE_TYPES.ObjectExpression)
            library = registeredObjectLibrary(container);
        else if (container?.type === AST_NODE_TYPES.ClassBody)
            library = nestHandler(fn) ? "nestjs" : classLibrary(container);
        if (!container && fn.parent?.type === AST_NODE_TYPES.CallExpression && fn.parent.arguments[1] === fn && memberName(fn.parent.callee) === "rpc") {
            library = registrationLibrary(fn.parent);
        }
        const fromTypes = library || mayBeTypedHandler(fn, container) ? typedHandler(fn) : undefined;
        if (fromTypes)
            return fromTypes;
        if (!library)
            return undefined;
        // Without types the kind is unknown: how the handler uses its call shows what it is.
        return withParams({ library, fn, kind: "unknown" }, fn);
    }
    function handlerOf(fn) {
        const cached = cache.get(fn);
        if (cached !== undefined)
            return cached ?? undefined;
        let result;
        try {
            result = find(fn);
        }
        catch {
            result = undefined;
        }
        cache.set(fn, result ?? null);
        return result;
    }
    function enclosingHandler(node) {
        for (let current = node.parent; current; current = current.parent) {
            if (isFunctionNode(current)) {
                const handler = handlerOf(current);
                if (handler)
                    return handler;
            }
        }
        return undefined;
    }
    return { handlerOf, enclosingHandler };
}
