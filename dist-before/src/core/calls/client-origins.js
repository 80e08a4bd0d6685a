/**
 * Where a client value comes from: a small points-to analysis over TypeScript nodes, answered
 * with the checker's symbols so that it crosses modules when ESLint has a program, and works on
 * one file alone (a program of that file) when it does not.
 *
 * A value is a client when it is followed to a construction (`createClient(...)`,
 * `new GreeterClient(...)`, `factory.create(...)`, `clientGrpc.getService(...)`), or to a
 * declaration whose annotation names a client type of a gRPC library or a generated client
 * module, read from the import statement so that a package that is not installed still counts.
 * Followed: variables, parameters, class fields (initializers and every `this.f = ...`),
 * parameter properties, getters, functions and methods that return a client (through `await` and
 * `Promise<...>`), object literal properties, destructuring, re-exports.
 *
 * Every step is bounded: a depth limit, an in-progress set (recursive getters, self-referential
 * fields, cyclic imports) and a cache per node. Nothing here throws to its caller.
 */
import ts from "typescript";
import { tsImportRef, tsUnwrap } from "../syntax/index.js";
import { CLIENT_FACTORY_TYPES, CLIENT_TYPE_NAMES, CONNECT_CLIENT_FACTORIES, GRPC_JS_CLIENT_CLASS_FACTORIES, GRPC_JS_PACKAGE_LOADER, LIBRARY_MODULES, NEST_CLIENT_DECORATORS, PROTOBUF_TS_TRANSPORTS, libraryOfFile, libraryOfGeneratedModule, } from "./grpc-modules.js";
const MAX_DEPTH = 12;
const UNWRAPPED_TYPES = new Set(["Promise", "PromiseLike", "Awaited", "Readonly", "NonNullable", "Required", "Partial"]);
function packageLibrary(module) {
    for (const [library, modules] of Object.entries(LIBRARY_MODULES)) {
        if (modules.includes(module))
            return library;
    }
    return undefined;
}
function nameText(name) {
    if (!name)
        return undefined;
    if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name))
        return name.text;
    return undefined;
}
/** What a type reference to an import means, by the library's own names. */
function originOfImportedType(ref) {
    const library = packageLibrary(ref.module);
    if (library) {
        if (CLIENT_TYPE_NAMES[library].includes(ref.name))
            return { library, role: "client", generic: library === "grpc-js" };
        if (CLIENT_FACTORY_TYPES[library]?.[ref.name])
            return { library, role: "factory" };
        return undefined;
    }
    const generated = libraryOfGeneratedModule(ref.module);
    if (generated && /Client$/.test(ref.name))
        return { library: generated, role: "client" };
    return undefined;
}
export class ClientOrigins {
    checker;
    cache = new Map();
    typeCache = new Map();
    inProgress = new Set();
    classWrites = new Map();
    constructor(checker) {
        this.checker = checker;
    }
    /** The origin of the value an expression holds, if it is a gRPC client (or client factory). */
    of(node) {
        try {
            return this.expression(node, 0);
        }
        catch {
            return undefined;
        }
    }
    expression(node, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        const target = tsUnwrap(node);
        const cached = this.cache.get(target);
        if (cached !== undefined)
            return cached ?? undefined;
        if (this.inProgress.has(target))
            return undefined;
        this.inProgress.add(target);
        let result;
        try {
            result = this.compute(target, depth + 1);
        }
        finally {
            this.inProgress.delete(target);
        }
        this.cache.set(target, result ?? null);
        return result;
    }
    compute(node, depth) {
        if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
            return this.reference(node, depth);
        if (ts.isCallExpression(node))
            return this.call(node, depth);
        if (ts.isNewExpression(node))
            return this.construct(node, depth);
        if (ts.isConditionalExpression(node))
            return this.expression(node.whenTrue, depth) ?? this.expression(node.whenFalse, depth);
        if (ts.isBinaryExpression(node)) {
            const operator = node.operatorToken.kind;
            if (operator === ts.SyntaxKind.EqualsToken)
                return this.expression(node.right, depth);
            if (operator === ts.SyntaxKind.QuestionQuestionToken ||
                operator === ts.SyntaxKind.BarBarToken ||
                operator === ts.SyntaxKind.QuestionQuestionEqualsToken ||
                operator === ts.SyntaxKind.BarBarEqualsToken) {
                return this.expression(node.left, depth) ?? this.expression(node.right, depth);
            }
        }
        return undefined;
    }
    reference(node, depth) {
        if (ts.isIdentifier(node) && node.text === "undefined")
            return undefined;
        const nameNode = ts.isPropertyAccessExpression(node) ? node.name : ts.isElementAccessExpression(node) ? node.argumentExpression : node;
        let symbol = this.checker.getSymbolAtLocation(nameNode);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
            const aliased = this.checker.getAliasedSymbol(symbol);
            symbol = aliased.declarations?.length ? aliased : undefined;
        }
        if (symbol) {
            const found = this.symbol(symbol, depth);
            if (found)
                return found;
        }
        if (ts.isIdentifier(node))
            return undefined;
        const key = ts.isPropertyAccessExpression(node) ? node.name.text : nameText(node.argumentExpression);
        return key === undefined || symbol ? undefined : this.member(node.expression, key, depth);
    }
    /** `object.key` when the checker cannot name the property (an `any` object): `this.key`, or a literal's property. */
    member(object, key, depth) {
        const target = tsUnwrap(object);
        if (target.kind === ts.SyntaxKind.ThisKeyword) {
            const owner = enclosingClass(target);
            if (!owner)
                return undefined;
            for (const member of owner.members) {
                if (nameText(member.name) === key) {
                    const found = this.declaration(member, depth);
                    if (found)
                        return found;
                }
            }
            for (const parameter of constructorOf(owner)?.parameters ?? []) {
                if (ts.isParameterPropertyDeclaration(parameter, parameter.parent) && nameText(parameter.name) === key)
                    return this.declaration(parameter, depth);
            }
            return this.firstOf(this.writesInClass(owner, key), depth);
        }
        const literal = this.objectLiteralOf(target, depth);
        if (!literal)
            return undefined;
        for (const property of literal.properties) {
            if (nameText(property.name) === key)
                return this.declaration(property, depth);
        }
        return undefined;
    }
    objectLiteralOf(node, depth) {
        const target = tsUnwrap(node);
        if (ts.isObjectLiteralExpression(target))
            return target;
        if (depth > MAX_DEPTH || !ts.isIdentifier(target))
            return undefined;
        const declaration = this.checker.getSymbolAtLocation(target)?.declarations?.[0];
        return declaration && ts.isVariableDeclaration(declaration) && declaration.initializer
            ? this.objectLiteralOf(declaration.initializer, depth + 1)
            : undefined;
    }
    symbol(symbol, depth) {
        for (const declaration of (symbol.declarations ?? []).slice(0, 4)) {
            const found = this.declaration(declaration, depth);
            if (found)
                return found;
        }
        // `declare`d or shorthand: `{ client }` names the variable.
        const shorthand = symbol.valueDeclaration && ts.isShorthandPropertyAssignment(symbol.valueDeclaration)
            ? this.checker.getShorthandAssignmentValueSymbol(symbol.valueDeclaration)
            : undefined;
        return shorthand ? this.symbol(shorthand, depth + 1) : undefined;
    }
    declaration(declaration, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        if (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) {
            // The annotation says what it is; the values assigned may also say how it was built.
            const annotated = declaration.type ? this.type(declaration.type, depth + 1) : undefined;
            if (annotated?.construction)
                return annotated;
            if (ts.isPropertyDeclaration(declaration)) {
                const injected = this.nestInjected(declaration);
                if (injected)
                    return injected;
            }
            const init = ts.isPropertySignature(declaration) ? undefined : declaration.initializer;
            const initializer = init ? this.expression(init, depth + 1) : undefined;
            if (initializer)
                return preferBuilt(annotated, initializer);
            if (ts.isPropertyDeclaration(declaration) || (ts.isParameter(declaration) && ts.isParameterPropertyDeclaration(declaration, declaration.parent))) {
                const owner = ts.isParameter(declaration) ? declaration.parent.parent : declaration.parent;
                const key = nameText(declaration.name);
                if (key !== undefined && ts.isClassLike(owner)) {
                    const written = this.firstOf(this.writesInClass(owner, key), depth + 1);
                    if (written)
                        return preferBuilt(annotated, written);
                }
            }
            return annotated;
        }
        if (ts.isBindingElement(declaration))
            return this.bindingElement(declaration, depth + 1);
        if (ts.isPropertyAssignment(declaration))
            return this.expression(declaration.initializer, depth + 1);
        if (ts.isShorthandPropertyAssignment(declaration)) {
            const value = this.checker.getShorthandAssignmentValueSymbol(declaration);
            return value ? this.symbol(value, depth + 1) : undefined;
        }
        if (ts.isGetAccessorDeclaration(declaration))
            return this.functionResult(declaration, depth + 1);
        if (ts.isExportAssignment(declaration))
            return this.expression(declaration.expression, depth + 1);
        if (ts.isBinaryExpression(declaration))
            return this.expression(declaration.right, depth + 1);
        return undefined;
    }
    /** `const { client } = holder`, `const { stub: s } = this`. */
    bindingElement(element, depth) {
        const pattern = element.parent;
        if (!ts.isObjectBindingPattern(pattern))
            return undefined;
        const key = nameText(element.propertyName ?? element.name);
        if (key === undefined)
            return undefined;
        const holder = pattern.parent;
        if (ts.isVariableDeclaration(holder) && holder.initializer) {
            const fromType = holder.initializer ? this.propertyOfValue(holder.initializer, key, depth) : undefined;
            if (fromType)
                return fromType;
        }
        return element.initializer ? this.expression(element.initializer, depth) : undefined;
    }
    propertyOfValue(object, key, depth) {
        const type = this.checker.getTypeAtLocation(object);
        const property = type.flags & ts.TypeFlags.Any ? undefined : type.getProperty(key);
        if (property) {
            const found = this.symbol(property, depth + 1);
            if (found)
                return found;
        }
        return this.member(object, key, depth + 1);
    }
    firstOf(nodes, depth) {
        for (const node of nodes.slice(0, 8)) {
            const found = this.expression(node, depth);
            if (found)
                return found;
        }
        return undefined;
    }
    /** Every `this.key = value` in a class's own bodies (not nested plain functions). */
    writesInClass(owner, key) {
        let writes = this.classWrites.get(owner);
        if (!writes) {
            const found = new Map();
            const visit = (node) => {
                if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassLike(node)) {
                    if (node !== owner && !(ts.isFunctionExpression(node) && node.parent && ts.isClassElement(node.parent)))
                        return;
                }
                if (ts.isBinaryExpression(node) &&
                    node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
                    (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left)) &&
                    node.left.expression.kind === ts.SyntaxKind.ThisKeyword) {
                    const name = ts.isPropertyAccessExpression(node.left) ? node.left.name.text : nameText(node.left.argumentExpression);
                    if (name !== undefined)
                        found.set(name, [...(found.get(name) ?? []), node.right]);
                }
                ts.forEachChild(node, visit);
            };
            visit(owner);
            writes = found;
            this.classWrites.set(owner, writes);
        }
        return writes.get(key) ?? [];
    }
    /** A NestJS field decorated `@Client(options)`: the decorator injects a `ClientGrpc`. */
    nestInjected(declaration) {
        for (const decorator of ts.getDecorators(declaration) ?? []) {
            const expression = decorator.expression;
            const callee = ts.isCallExpression(expression) ? expression.expression : expression;
            const ref = tsImportRef(this.checker, callee);
            if (ref && packageLibrary(ref.module) === "nestjs" && NEST_CLIENT_DECORATORS.includes(ref.name))
                return { library: "nestjs", role: "factory" };
        }
        return undefined;
    }
    call(node, depth) {
        const callee = tsUnwrap(node.expression);
        const ref = tsImportRef(this.checker, callee);
        if (ref) {
            const library = packageLibrary(ref.module);
            if (library === "connect" && Object.hasOwn(CONNECT_CLIENT_FACTORIES, ref.name))
                return { library, role: "client", construction: node };
            if (library === "nice-grpc" && ref.name === "createClient")
                return { library, role: "client", construction: node };
            if (library === "nice-grpc" && ref.name === "createClientFactory")
                return { library, role: "factory" };
            if (library)
                return undefined;
        }
        if (ts.isPropertyAccessExpression(callee)) {
            const method = callee.name.text;
            if (method === "use" || method === "create" || method === "getService") {
                const holder = this.expression(callee.expression, depth);
                if (holder?.role === "factory") {
                    if (method === "use")
                        return holder.library === "nice-grpc" ? holder : undefined;
                    const makes = Object.values(CLIENT_FACTORY_TYPES[holder.library] ?? {});
                    if (makes.includes(method) || (holder.library === "nice-grpc" && method === "create")) {
                        return { library: holder.library, role: "client", construction: node };
                    }
                    return undefined;
                }
            }
        }
        // A function or method that returns a client: its declared return type, else what it returns.
        const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
        let symbol = this.checker.getSymbolAtLocation(nameNode);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
            const aliased = this.checker.getAliasedSymbol(symbol);
            symbol = aliased.declarations?.length ? aliased : undefined;
        }
        const functions = [];
        for (const declaration of (symbol?.declarations ?? []).slice(0, 4)) {
            if (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration)) {
                if (declaration.initializer)
                    functions.push(tsUnwrap(declaration.initializer));
            }
            else {
                functions.push(declaration);
            }
        }
        if (!symbol && ts.isPropertyAccessExpression(callee) && tsUnwrap(callee.expression).kind === ts.SyntaxKind.ThisKeyword) {
            const owner = enclosingClass(callee);
            for (const member of owner?.members ?? [])
                if (nameText(member.name) === callee.name.text)
                    functions.push(member);
        }
        if (ts.isFunctionExpression(callee) || ts.isArrowFunction(callee))
            functions.push(callee);
        for (const fn of functions) {
            if (ts.isFunctionLike(fn)) {
                const found = this.functionResult(fn, depth);
                if (found)
                    return found;
            }
        }
        return undefined;
    }
    functionResult(fn, depth) {
        const declared = fn.type ? this.type(fn.type, depth + 1) : undefined;
        if (declared?.construction)
            return declared;
        const body = fn.body;
        if (!body)
            return declared;
        if (!ts.isBlock(body))
            return preferBuilt(declared, this.expression(body, depth + 1));
        const returned = [];
        const visit = (node) => {
            if (ts.isReturnStatement(node)) {
                if (node.expression)
                    returned.push(node.expression);
                return;
            }
            if (ts.isFunctionLike(node) || ts.isClassLike(node))
                return;
            ts.forEachChild(node, visit);
        };
        ts.forEachChild(body, visit);
        return preferBuilt(declared, this.firstOf(returned, depth + 1));
    }
    construct(node, depth) {
        const kind = this.clientClass(node.expression, depth);
        if (kind)
            return { ...kind, construction: node };
        // protobuf-ts: a generated client is constructed over a transport.
        const transport = node.arguments?.[0];
        if (transport && this.isProtobufTsTransport(transport, depth))
            return { library: "protobuf-ts", role: "client", construction: node };
        return undefined;
    }
    isProtobufTsTransport(node, depth) {
        const target = tsUnwrap(node);
        if (ts.isNewExpression(target)) {
            const ref = tsImportRef(this.checker, target.expression);
            return !!ref && packageLibrary(ref.module) === "protobuf-ts" && PROTOBUF_TS_TRANSPORTS.includes(ref.name);
        }
        if (!ts.isIdentifier(target) && !ts.isPropertyAccessExpression(target))
            return false;
        if (depth > MAX_DEPTH)
            return false;
        const symbol = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(target) ? target.name : target);
        for (const declaration of symbol?.declarations?.slice(0, 4) ?? []) {
            if (!ts.isVariableDeclaration(declaration) && !ts.isParameter(declaration) && !ts.isPropertyDeclaration(declaration))
                continue;
            if (declaration.type && ts.isTypeReferenceNode(declaration.type)) {
                const ref = tsImportRef(this.checker, declaration.type.typeName);
                if (ref && packageLibrary(ref.module) === "protobuf-ts" && (ref.name === "RpcTransport" || PROTOBUF_TS_TRANSPORTS.includes(ref.name)))
                    return true;
            }
            if (declaration.initializer && this.isProtobufTsTransport(declaration.initializer, depth + 1))
                return true;
        }
        return false;
    }
    /** What a constructor expression makes: a generated client class, grpc-js `Client`, a class extending one. */
    clientClass(node, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        const target = tsUnwrap(node);
        const ref = tsImportRef(this.checker, target);
        if (ref) {
            const library = packageLibrary(ref.module);
            if (library === "grpc-js" && ref.name === "Client")
                return { library, role: "client", generic: true };
            if (library)
                return undefined;
            const generated = libraryOfGeneratedModule(ref.module);
            if (generated)
                return { library: generated, role: "client" };
        }
        if (this.isPackageDefinitionMember(target, depth + 1))
            return { library: "grpc-js", role: "client" };
        const nameNode = ts.isPropertyAccessExpression(target) ? target.name : target;
        const symbol = ts.isIdentifier(nameNode) ? this.checker.getSymbolAtLocation(nameNode) : undefined;
        const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
        for (const declaration of resolved?.declarations?.slice(0, 4) ?? []) {
            if (ts.isClassLike(declaration)) {
                const library = libraryOfFile(declaration.getSourceFile().fileName);
                if (library)
                    return library === "grpc-js" && declaration.name?.text === "Client" ? { library, role: "client", generic: true } : undefined;
                for (const clause of declaration.heritageClauses ?? []) {
                    if (clause.token !== ts.SyntaxKind.ExtendsKeyword)
                        continue;
                    for (const base of clause.types) {
                        const kind = this.clientClass(base.expression, depth + 1);
                        if (kind)
                            return { library: kind.library, role: "client" };
                    }
                }
            }
            if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
                const init = tsUnwrap(declaration.initializer);
                if (ts.isCallExpression(init)) {
                    const factory = tsImportRef(this.checker, tsUnwrap(init.expression));
                    if (factory && packageLibrary(factory.module) === "grpc-js" && GRPC_JS_CLIENT_CLASS_FACTORIES.includes(factory.name)) {
                        return { library: "grpc-js", role: "client" };
                    }
                }
                else if (init !== target) {
                    const kind = this.clientClass(init, depth + 1);
                    if (kind)
                        return kind;
                }
            }
            if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
                const holder = declaration.parent.parent;
                if (ts.isVariableDeclaration(holder) && holder.initializer && this.isPackageDefinitionRoot(holder.initializer, depth + 1)) {
                    return { library: "grpc-js", role: "client" };
                }
            }
        }
        return undefined;
    }
    /** `loadPackageDefinition(def).pkg.Service`, or a name holding part of that chain. */
    isPackageDefinitionMember(node, depth) {
        const target = tsUnwrap(node);
        if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target))
            return this.isPackageDefinitionRoot(target.expression, depth + 1);
        return false;
    }
    isPackageDefinitionRoot(node, depth) {
        if (depth > MAX_DEPTH)
            return false;
        const target = tsUnwrap(node);
        if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target))
            return this.isPackageDefinitionRoot(target.expression, depth + 1);
        if (ts.isCallExpression(target)) {
            const ref = tsImportRef(this.checker, tsUnwrap(target.expression));
            return !!ref && packageLibrary(ref.module) === "grpc-js" && ref.name === GRPC_JS_PACKAGE_LOADER;
        }
        if (ts.isIdentifier(target)) {
            const declaration = this.checker.getSymbolAtLocation(target)?.declarations?.[0];
            if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer)
                return this.isPackageDefinitionRoot(declaration.initializer, depth + 1);
            if (declaration && ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
                const holder = declaration.parent.parent;
                return ts.isVariableDeclaration(holder) && !!holder.initializer && this.isPackageDefinitionRoot(holder.initializer, depth + 1);
            }
        }
        return false;
    }
    /** The origin an annotation gives: a library's client type, a generated client, or a local alias, interface or class of one. */
    type(node, depth) {
        if (depth > MAX_DEPTH)
            return undefined;
        const cached = this.typeCache.get(node);
        if (cached !== undefined)
            return cached ?? undefined;
        if (this.inProgress.has(node))
            return undefined;
        this.inProgress.add(node);
        let result;
        try {
            result = this.computeType(node, depth + 1);
        }
        finally {
            this.inProgress.delete(node);
        }
        this.typeCache.set(node, result ?? null);
        return result;
    }
    computeType(node, depth) {
        if (ts.isParenthesizedTypeNode(node))
            return this.type(node.type, depth);
        if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
            for (const member of node.types) {
                const found = this.type(member, depth);
                if (found)
                    return found;
            }
            return undefined;
        }
        if (ts.isTypeQueryNode(node))
            return ts.isIdentifier(node.exprName) ? this.expression(node.exprName, depth) : undefined;
        if (!ts.isTypeReferenceNode(node))
            return undefined;
        const last = ts.isQualifiedName(node.typeName) ? node.typeName.right.text : node.typeName.text;
        if (UNWRAPPED_TYPES.has(last) && node.typeArguments?.[0])
            return this.type(node.typeArguments[0], depth);
        return this.entity(node.typeName, depth);
    }
    /** A named type (in an annotation or an `extends` clause). */
    entity(name, depth) {
        const ref = tsImportRef(this.checker, name);
        if (ref) {
            const known = originOfImportedType(ref);
            if (known)
                return known;
            if (packageLibrary(ref.module))
                return undefined;
        }
        const nameNode = ts.isQualifiedName(name) ? name.right : ts.isPropertyAccessExpression(name) ? name.name : name;
        let symbol = this.checker.getSymbolAtLocation(nameNode);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias)
            symbol = this.checker.getAliasedSymbol(symbol);
        for (const declaration of symbol?.declarations?.slice(0, 4) ?? []) {
            const fileLibrary = libraryOfFile(declaration.getSourceFile().fileName);
            if (fileLibrary) {
                const declaredName = symbol.getName();
                const known = originOfImportedType({ module: LIBRARY_MODULES[fileLibrary][0], name: declaredName });
                if (known)
                    return known;
                continue;
            }
            if (ts.isTypeAliasDeclaration(declaration)) {
                const found = this.type(declaration.type, depth + 1);
                if (found)
                    return found;
            }
            if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration)) {
                for (const clause of declaration.heritageClauses ?? []) {
                    for (const base of clause.types) {
                        const found = this.entity(base.expression, depth + 1);
                        if (found)
                            return { library: found.library, role: found.role };
                    }
                }
            }
        }
        return undefined;
    }
}
/** The declared origin, unless the value's own origin says the same library and how it was built. */
function preferBuilt(declared, found) {
    if (!declared)
        return found;
    if (found?.construction && found.library === declared.library)
        return found;
    return declared;
}
function enclosingClass(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (ts.isClassLike(current))
            return current;
        // A plain function has its own `this`; methods, accessors, constructors and arrows keep the class's.
        if (ts.isFunctionDeclaration(current) || (ts.isFunctionExpression(current) && !ts.isClassElement(current.parent)))
            return undefined;
    }
    return undefined;
}
function constructorOf(owner) {
    return owner.members.find((member) => ts.isConstructorDeclaration(member));
}
