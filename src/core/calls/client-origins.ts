/**
 * Where a client value comes from: a small points-to analysis over TypeScript nodes, answered
 * with the symbols of whichever resolver the run has (ts-symbols.ts): the checker, which crosses
 * modules, when ESLint has a program; the scope manager, on this file alone, when it does not.
 *
 * A value is a client when it is followed to a construction (`createClient(...)`,
 * `new GreeterClient(...)`, `factory.create(...)`, `clientGrpc.getService(...)`), or to a
 * declaration whose annotation names a client type of a gRPC library or a generated client
 * module, read from the import statement so that a package that is not installed still counts.
 * Followed: variables, parameters, class fields (initializers and every `this.f = ...`),
 * parameter properties, getters, functions and methods that return a client (through `await` and
 * `Promise<...>`), object literal properties, destructuring, re-exports, and what a file's calls
 * pass to an unannotated parameter of a function it calls by name.
 *
 * Every step is bounded: a depth limit, an in-progress set (recursive getters, self-referential
 * fields, cyclic imports) and a cache per node. Nothing here throws to its caller.
 */
import ts from "typescript";
import { tsImportRef, tsUnwrap, type TsImportRef, type TsSymbols } from "../syntax/index.js";
import {
  CLIENT_FACTORY_TYPES,
  CLIENT_TYPE_NAMES,
  CONNECT_CLIENT_FACTORIES,
  GRPC_JS_CLIENT_CLASS_FACTORIES,
  GRPC_JS_PACKAGE_LOADER,
  LIBRARY_MODULES,
  NEST_CLIENT_DECORATORS,
  PROTOBUF_TS_TRANSPORTS,
  isConnectServiceModule,
  isProtobufServicePath,
  libraryOfFile,
  libraryOfGeneratedModule,
  type GrpcLibrary,
} from "./grpc-modules.js";

export interface ClientOrigin {
  library: GrpcLibrary;
  /** "factory": a value whose method makes clients (nice-grpc `ClientFactory`, NestJS `ClientGrpc`). */
  role: "client" | "factory";
  /** grpc-js `Client` itself: its RPCs are `makeUnaryRequest` and friends. */
  generic?: boolean;
  /** The construction the chain reached, if it reached one. */
  construction?: ts.CallExpression | ts.NewExpression;
}

const MAX_DEPTH = 12;
/** Classes followed up an `extends` chain. */
const MAX_BASES = 6;
const UNWRAPPED_TYPES = new Set(["Promise", "PromiseLike", "Awaited", "Readonly", "NonNullable", "Required", "Partial"]);

function packageLibrary(module: string): GrpcLibrary | undefined {
  for (const [library, modules] of Object.entries(LIBRARY_MODULES) as [GrpcLibrary, readonly string[]][]) {
    if (modules.includes(module)) return library;
  }
  return undefined;
}

function nameText(name: ts.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** What a type reference to an import means, by the library's own names. */
function originOfImportedType(ref: TsImportRef): ClientOrigin | undefined {
  const library = packageLibrary(ref.module);
  if (library) {
    if (CLIENT_TYPE_NAMES[library].includes(ref.name)) return { library, role: "client", generic: library === "grpc-js" };
    if (CLIENT_FACTORY_TYPES[library]?.[ref.name]) return { library, role: "factory" };
    return undefined;
  }
  const generated = libraryOfGeneratedModule(ref.module);
  if (generated && /Client$/.test(ref.name)) return { library: generated, role: "client" };
  return undefined;
}

export class ClientOrigins {
  private readonly cache = new Map<ts.Node, ClientOrigin | null>();
  private readonly typeCache = new Map<ts.Node, ClientOrigin | null>();
  private readonly inProgress = new Set<ts.Node>();
  private readonly classWrites = new Map<ts.Node, Map<string, ts.Expression[]>>();
  private readonly fileCalls = new Map<ts.SourceFile, Map<string, ts.CallExpression[]>>();

  constructor(private readonly symbols: TsSymbols) {}

  /** The origin of the value an expression holds, if it is a gRPC client (or client factory). */
  of(node: ts.Node): ClientOrigin | undefined {
    try {
      return this.expression(node, 0);
    } catch {
      return undefined;
    }
  }

  private expression(node: ts.Node, depth: number): ClientOrigin | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const target = tsUnwrap(node);
    const cached = this.cache.get(target);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(target)) return undefined;
    this.inProgress.add(target);
    let result: ClientOrigin | undefined;
    try {
      result = this.compute(target, depth + 1);
    } finally {
      this.inProgress.delete(target);
    }
    this.cache.set(target, result ?? null);
    return result;
  }

  private compute(node: ts.Node, depth: number): ClientOrigin | undefined {
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return this.reference(node, depth);
    if (ts.isCallExpression(node)) return this.call(node, depth);
    if (ts.isNewExpression(node)) return this.construct(node, depth);
    if (ts.isConditionalExpression(node)) return this.expression(node.whenTrue, depth) ?? this.expression(node.whenFalse, depth);
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.EqualsToken) return this.expression(node.right, depth);
      if (
        operator === ts.SyntaxKind.QuestionQuestionToken ||
        operator === ts.SyntaxKind.BarBarToken ||
        operator === ts.SyntaxKind.QuestionQuestionEqualsToken ||
        operator === ts.SyntaxKind.BarBarEqualsToken
      ) {
        return this.expression(node.left, depth) ?? this.expression(node.right, depth);
      }
    }
    return undefined;
  }

  private reference(node: ts.Identifier | ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): ClientOrigin | undefined {
    if (ts.isIdentifier(node) && node.text === "undefined") return undefined;
    const nameNode = ts.isPropertyAccessExpression(node) ? node.name : ts.isElementAccessExpression(node) ? node.argumentExpression : node;
    const declarations = this.symbols.resolved(nameNode);
    if (declarations) {
      const found = this.declarations(declarations, depth);
      if (found) return found;
    }
    if (ts.isIdentifier(node)) return undefined;
    const key = ts.isPropertyAccessExpression(node) ? node.name.text : nameText(node.argumentExpression);
    return key === undefined || declarations ? undefined : this.member(node.expression, key, depth);
  }

  /**
   * `object.key` when no resolver names the property (an `any` object, or no types): a member of
   * the class `this` or the object is declared or built as, or a property of an object literal.
   */
  private member(object: ts.Expression, key: string, depth: number): ClientOrigin | undefined {
    const owner = this.declaredClass(object, depth + 1);
    if (owner) {
      // The nearest class up the `extends` chain that declares or writes the member.
      let current: ts.ClassLikeDeclaration | ts.InterfaceDeclaration | undefined = owner;
      for (let hop = 0; current && hop < MAX_BASES; hop++, current = this.baseOf(current)) {
        const found = this.declarations(membersNamed(current, key), depth);
        if (found) return found;
        const written = ts.isClassLike(current) ? this.firstOf(this.writesInClass(current, key), depth) : undefined;
        if (written) return written;
      }
      return undefined;
    }
    const literal = this.objectLiteralOf(object, depth);
    if (!literal) return undefined;
    for (const property of literal.properties) {
      if (nameText(property.name) === key) return this.declaration(property, depth);
    }
    return undefined;
  }

  /**
   * The class or interface a value is declared or built as, read from annotations and `new`
   * (`constructor(private readonly connection: Connection)`, `field = new Dispatcher()`), so that
   * a member is found without types.
   */
  private declaredClass(node: ts.Expression, depth: number): ts.ClassLikeDeclaration | ts.InterfaceDeclaration | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const target = tsUnwrap(node);
    if (target.kind === ts.SyntaxKind.ThisKeyword) return enclosingClass(target);
    if (ts.isNewExpression(target)) return this.classNamed(target.expression);
    let declarations: readonly ts.Node[] | undefined;
    if (ts.isIdentifier(target)) declarations = this.symbols.resolved(target);
    else if (ts.isPropertyAccessExpression(target)) {
      declarations = this.symbols.resolved(target.name);
      if (!declarations) {
        const owner = this.declaredClass(target.expression, depth + 1);
        declarations = owner ? this.inheritedMembers(owner, target.name.text) : undefined;
      }
      const literal = !declarations && target.expression.kind === ts.SyntaxKind.ThisKeyword ? thisObject(target.expression) : undefined;
      const property = literal?.properties.find((member) => nameText(member.name) === target.name.text);
      if (property && ts.isPropertyAssignment(property)) return this.declaredClass(property.initializer, depth + 1);
    }
    for (const declaration of declarations?.slice(0, 4) ?? []) {
      if (!ts.isVariableDeclaration(declaration) && !ts.isParameter(declaration) && !ts.isPropertyDeclaration(declaration) && !ts.isPropertySignature(declaration)) continue;
      if (declaration.type && ts.isTypeReferenceNode(declaration.type)) {
        const named = this.classNamed(declaration.type.typeName);
        if (named) return named;
      }
      const initializer = ts.isPropertySignature(declaration) ? undefined : declaration.initializer;
      const built = initializer ? this.declaredClass(initializer, depth + 1) : undefined;
      if (built) return built;
    }
    return undefined;
  }

  /** The class or interface a declaration extends (the first one named), read through the resolver. */
  private baseOf(owner: ts.ClassLikeDeclaration | ts.InterfaceDeclaration): ts.ClassLikeDeclaration | ts.InterfaceDeclaration | undefined {
    for (const clause of owner.heritageClauses ?? []) {
      if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
      const base = clause.types[0];
      return base ? this.classNamed(base.expression) : undefined;
    }
    return undefined;
  }

  /** Members named `key` of the nearest class up the `extends` chain that declares one. */
  private inheritedMembers(owner: ts.ClassLikeDeclaration | ts.InterfaceDeclaration, key: string): ts.Node[] {
    let current: ts.ClassLikeDeclaration | ts.InterfaceDeclaration | undefined = owner;
    for (let hop = 0; current && hop < MAX_BASES; hop++, current = this.baseOf(current)) {
      const members = membersNamed(current, key);
      if (members.length > 0) return members;
    }
    return [];
  }

  private classNamed(name: ts.EntityName | ts.Expression): ts.ClassLikeDeclaration | ts.InterfaceDeclaration | undefined {
    const nameNode = ts.isQualifiedName(name) ? name.right : ts.isPropertyAccessExpression(name) ? name.name : name;
    for (const declaration of this.symbols.resolved(nameNode)?.slice(0, 4) ?? []) {
      if (ts.isClassLike(declaration) || ts.isInterfaceDeclaration(declaration)) return declaration;
    }
    return undefined;
  }

  private objectLiteralOf(node: ts.Node, depth: number): ts.ObjectLiteralExpression | undefined {
    const target = tsUnwrap(node);
    if (ts.isObjectLiteralExpression(target)) return target;
    if (target.kind === ts.SyntaxKind.ThisKeyword) return thisObject(target);
    if (depth > MAX_DEPTH || !ts.isIdentifier(target)) return undefined;
    const declaration = this.symbols.declarations(target)?.[0];
    return declaration && ts.isVariableDeclaration(declaration) && declaration.initializer
      ? this.objectLiteralOf(declaration.initializer, depth + 1)
      : undefined;
  }

  private declarations(declarations: readonly ts.Node[], depth: number): ClientOrigin | undefined {
    for (const declaration of declarations.slice(0, 4)) {
      const found = this.declaration(declaration, depth);
      if (found) return found;
    }
    return undefined;
  }

  private declaration(declaration: ts.Node, depth: number): ClientOrigin | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) {
      // The annotation says what it is; the values assigned may also say how it was built.
      const annotated = declaration.type ? this.type(declaration.type, depth + 1) : undefined;
      if (annotated?.construction) return annotated;
      if (ts.isPropertyDeclaration(declaration)) {
        const injected = this.nestInjected(declaration);
        if (injected) return injected;
      }
      const init = ts.isPropertySignature(declaration) ? undefined : declaration.initializer;
      const initializer = init ? this.expression(init, depth + 1) : undefined;
      if (initializer) return preferBuilt(annotated, initializer);
      if (ts.isParameter(declaration)) {
        // An annotation names the client's kind, not how it was built: the calls may show that.
        const passed = this.passedArguments(declaration, depth + 1);
        if (passed) return preferBuilt(annotated, passed);
      }
      if (ts.isParameter(declaration) && !annotated) {
        const handed = this.callbackOfClientClass(declaration, depth + 1);
        if (handed) return handed;
      }
      if (ts.isPropertyDeclaration(declaration) || (ts.isParameter(declaration) && ts.isParameterPropertyDeclaration(declaration, declaration.parent))) {
        const owner = ts.isParameter(declaration) ? declaration.parent.parent : declaration.parent;
        const key = nameText(declaration.name);
        if (key !== undefined && ts.isClassLike(owner)) {
          const written = this.firstOf(this.writesInClass(owner, key), depth + 1);
          if (written) return preferBuilt(annotated, written);
        }
      }
      return annotated;
    }
    if (ts.isBindingElement(declaration)) return this.bindingElement(declaration, depth + 1);
    if (ts.isPropertyAssignment(declaration)) return this.expression(declaration.initializer, depth + 1);
    if (ts.isShorthandPropertyAssignment(declaration)) {
      // `{ client }` names the variable.
      const value = this.symbols.shorthandValue(declaration);
      return value ? this.declarations(value, depth + 1) : undefined;
    }
    if (ts.isGetAccessorDeclaration(declaration)) return this.functionResult(declaration, depth + 1);
    if (ts.isExportAssignment(declaration)) return this.expression(declaration.expression, depth + 1);
    if (ts.isBinaryExpression(declaration)) return this.expression(declaration.right, depth + 1);
    return undefined;
  }

  /**
   * An unannotated parameter of a function this file calls by name (`function unary(client) {...}`
   * then `unary(client, ...)`): what the calls pass in that position.
   */
  private passedArguments(parameter: ts.ParameterDeclaration, depth: number): ClientOrigin | undefined {
    const fn = parameter.parent;
    if (parameter.dotDotDotToken || (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn))) return undefined;
    const holder = ts.isFunctionDeclaration(fn) ? fn : ts.isVariableDeclaration(fn.parent) ? fn.parent : undefined;
    const name = holder?.name && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
    if (!holder || name === undefined) return undefined;
    const index = fn.parameters.indexOf(parameter);
    for (const call of this.callsByName(fn.getSourceFile()).get(name)?.slice(0, 8) ?? []) {
      const argument = call.arguments[index];
      if (!argument || ts.isSpreadElement(argument)) continue;
      if (!this.symbols.declarations(call.expression)?.includes(holder)) continue;
      const found = this.expression(argument, depth);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The first parameter of a callback handed to a call together with a client class:
   * `this.execute(StreamsClient, "read", (client) => client.read(req))` runs the callback with an
   * instance of that class (the wrapper builds or caches it).
   */
  private callbackOfClientClass(parameter: ts.ParameterDeclaration, depth: number): ClientOrigin | undefined {
    const fn = parameter.parent;
    if ((!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) || fn.parameters[0] !== parameter) return undefined;
    const call = fn.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(fn)) return undefined;
    for (const argument of call.arguments) {
      if (argument === fn || !(ts.isIdentifier(argument) || ts.isPropertyAccessExpression(argument))) continue;
      const kind = this.clientClass(argument, depth);
      if (kind) return { library: kind.library, role: "client", generic: kind.generic };
    }
    return undefined;
  }

  /** The file's calls of plain names (`f(...)`), by name: one walk per file. */
  private callsByName(file: ts.SourceFile): Map<string, ts.CallExpression[]> {
    let calls = this.fileCalls.get(file);
    if (!calls) {
      const found = new Map<string, ts.CallExpression[]>();
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
          const list = found.get(node.expression.text);
          if (list) list.push(node);
          else found.set(node.expression.text, [node]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      calls = found;
      this.fileCalls.set(file, calls);
    }
    return calls;
  }

  /** `const { client } = holder`, `const { stub: s } = this`. */
  private bindingElement(element: ts.BindingElement, depth: number): ClientOrigin | undefined {
    const pattern = element.parent;
    if (!ts.isObjectBindingPattern(pattern)) return undefined;
    const key = nameText(element.propertyName ?? element.name);
    if (key === undefined) return undefined;
    const holder = pattern.parent;
    if (ts.isVariableDeclaration(holder) && holder.initializer) {
      const fromType = holder.initializer ? this.propertyOfValue(holder.initializer, key, depth) : undefined;
      if (fromType) return fromType;
    }
    return element.initializer ? this.expression(element.initializer, depth) : undefined;
  }

  private propertyOfValue(object: ts.Expression, key: string, depth: number): ClientOrigin | undefined {
    const property = this.symbols.propertyOf(object, key);
    if (property) {
      const found = this.declarations(property, depth + 1);
      if (found) return found;
    }
    return this.member(object, key, depth + 1);
  }

  private firstOf(nodes: readonly ts.Node[], depth: number): ClientOrigin | undefined {
    for (const node of nodes.slice(0, 8)) {
      const found = this.expression(node, depth);
      if (found) return found;
    }
    return undefined;
  }

  /** Every `this.key = value` in a class's own bodies (not nested plain functions). */
  private writesInClass(owner: ts.ClassLikeDeclaration, key: string): ts.Expression[] {
    let writes = this.classWrites.get(owner);
    if (!writes) {
      const found = new Map<string, ts.Expression[]>();
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassLike(node)) {
          if (node !== owner && !(ts.isFunctionExpression(node) && node.parent && ts.isClassElement(node.parent))) return;
        }
        if (
          ts.isBinaryExpression(node) &&
          node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left)) &&
          node.left.expression.kind === ts.SyntaxKind.ThisKeyword
        ) {
          const name = ts.isPropertyAccessExpression(node.left) ? node.left.name.text : nameText(node.left.argumentExpression);
          if (name !== undefined) found.set(name, [...(found.get(name) ?? []), node.right]);
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
  private nestInjected(declaration: ts.PropertyDeclaration): ClientOrigin | undefined {
    for (const decorator of ts.getDecorators(declaration) ?? []) {
      const expression = decorator.expression;
      const callee = ts.isCallExpression(expression) ? expression.expression : expression;
      const ref = tsImportRef(this.symbols, callee);
      if (ref && packageLibrary(ref.module) === "nestjs" && NEST_CLIENT_DECORATORS.includes(ref.name)) return { library: "nestjs", role: "factory" };
    }
    return undefined;
  }

  private call(node: ts.CallExpression, depth: number): ClientOrigin | undefined {
    const callee = tsUnwrap(node.expression);
    const ref = tsImportRef(this.symbols, callee);
    if (ref) {
      const library = packageLibrary(ref.module);
      if (library === "connect" && Object.hasOwn(CONNECT_CLIENT_FACTORIES, ref.name)) return { library, role: "client", construction: node };
      if (library === "nice-grpc" && ref.name === "createClient") return { library, role: "client", construction: node };
      if (library === "nice-grpc" && ref.name === "createClientFactory") return { library, role: "factory" };
      if (library) return undefined;
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (method === "use" || method === "create" || method === "getService") {
        const holder = this.expression(callee.expression, depth);
        if (holder?.role === "factory") {
          if (method === "use") return holder.library === "nice-grpc" ? holder : undefined;
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
    const declarations = this.symbols.resolved(nameNode);
    const functions: ts.Node[] = [];
    for (const declaration of (declarations ?? []).slice(0, 4)) {
      if (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration)) {
        if (declaration.initializer) functions.push(tsUnwrap(declaration.initializer));
      } else {
        functions.push(declaration);
      }
    }
    if (!declarations && ts.isPropertyAccessExpression(callee)) {
      const owner = this.declaredClass(callee.expression, depth + 1);
      if (owner) functions.push(...membersNamed(owner, callee.name.text));
    }
    if (ts.isFunctionExpression(callee) || ts.isArrowFunction(callee)) functions.push(callee);
    for (const fn of functions) {
      if (ts.isFunctionLike(fn)) {
        const found = this.functionResult(fn, depth);
        if (found) return found;
      }
    }
    return undefined;
  }

  private functionResult(fn: ts.SignatureDeclaration, depth: number): ClientOrigin | undefined {
    const declared = fn.type ? this.type(fn.type, depth + 1) : undefined;
    if (declared?.construction) return declared;
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body) return declared;
    if (!ts.isBlock(body)) return preferBuilt(declared, this.expression(body, depth + 1));
    const returned: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isReturnStatement(node)) {
        if (node.expression) returned.push(node.expression);
        return;
      }
      if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(body, visit);
    return preferBuilt(declared, this.firstOf(returned, depth + 1));
  }

  private construct(node: ts.NewExpression, depth: number): ClientOrigin | undefined {
    const kind = this.clientClass(node.expression, depth);
    if (kind) return { ...kind, construction: node };
    // protobuf-ts: a generated client is constructed over a transport.
    const transport = node.arguments?.[0];
    if (transport && this.isProtobufTsTransport(transport, depth)) return { library: "protobuf-ts", role: "client", construction: node };
    return undefined;
  }

  private isProtobufTsTransport(node: ts.Expression, depth: number): boolean {
    const target = tsUnwrap(node);
    if (ts.isNewExpression(target)) {
      const ref = tsImportRef(this.symbols, target.expression);
      return !!ref && packageLibrary(ref.module) === "protobuf-ts" && PROTOBUF_TS_TRANSPORTS.includes(ref.name);
    }
    if (!ts.isIdentifier(target) && !ts.isPropertyAccessExpression(target)) return false;
    if (depth > MAX_DEPTH) return false;
    const declarations = this.symbols.declarations(ts.isPropertyAccessExpression(target) ? target.name : target);
    for (const declaration of declarations?.slice(0, 4) ?? []) {
      if (!ts.isVariableDeclaration(declaration) && !ts.isParameter(declaration) && !ts.isPropertyDeclaration(declaration)) continue;
      if (declaration.type && ts.isTypeReferenceNode(declaration.type)) {
        const ref = tsImportRef(this.symbols, declaration.type.typeName);
        if (ref && packageLibrary(ref.module) === "protobuf-ts" && (ref.name === "RpcTransport" || PROTOBUF_TS_TRANSPORTS.includes(ref.name))) return true;
      }
      if (declaration.initializer && this.isProtobufTsTransport(declaration.initializer, depth + 1)) return true;
    }
    return false;
  }

  /** What a constructor expression makes: a generated client class, grpc-js `Client`, a class extending one. */
  private clientClass(node: ts.Expression, depth: number): ClientOrigin | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const target = tsUnwrap(node) as ts.Expression;
    const ref = tsImportRef(this.symbols, target);
    if (ref) {
      const library = packageLibrary(ref.module);
      if (library === "grpc-js" && ref.name === "Client") return { library, role: "client", generic: true };
      if (library) return undefined;
      const generated = libraryOfGeneratedModule(ref.module);
      if (generated) return { library: generated, role: "client" };
    }
    if (this.isPackageDefinitionMember(target, depth + 1)) return { library: "grpc-js", role: "client" };
    const nameNode = ts.isPropertyAccessExpression(target) ? target.name : target;
    const resolved = ts.isIdentifier(nameNode) ? this.symbols.resolved(nameNode) : undefined;
    for (const declaration of resolved?.slice(0, 4) ?? []) {
      if (ts.isClassLike(declaration)) {
        const library = libraryOfFile(declaration.getSourceFile().fileName);
        if (library) return library === "grpc-js" && declaration.name?.text === "Client" ? { library, role: "client", generic: true } : undefined;
        for (const clause of declaration.heritageClauses ?? []) {
          if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
          for (const base of clause.types) {
            const kind = this.clientClass(base.expression, depth + 1);
            if (kind) return { library: kind.library, role: "client" };
          }
        }
      }
      if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
        const init = tsUnwrap(declaration.initializer);
        if (ts.isCallExpression(init)) {
          const factory = tsImportRef(this.symbols, tsUnwrap(init.expression));
          if (factory && packageLibrary(factory.module) === "grpc-js" && GRPC_JS_CLIENT_CLASS_FACTORIES.includes(factory.name)) {
            return { library: "grpc-js", role: "client" };
          }
        } else if (init !== target) {
          const kind = this.clientClass(init as ts.Expression, depth + 1);
          if (kind) return kind;
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
  private isPackageDefinitionMember(node: ts.Expression, depth: number): boolean {
    const target = tsUnwrap(node);
    if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) return this.isPackageDefinitionRoot(target.expression, depth + 1);
    return false;
  }

  private isPackageDefinitionRoot(node: ts.Expression, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    const target = tsUnwrap(node);
    if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) return this.isPackageDefinitionRoot(target.expression, depth + 1);
    if (ts.isCallExpression(target)) {
      const ref = tsImportRef(this.symbols, tsUnwrap(target.expression));
      return !!ref && packageLibrary(ref.module) === "grpc-js" && ref.name === GRPC_JS_PACKAGE_LOADER;
    }
    if (ts.isIdentifier(target)) {
      const declaration = this.symbols.declarations(target)?.[0];
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return this.isPackageDefinitionRoot(declaration.initializer, depth + 1);
      if (declaration && ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
        const holder = declaration.parent.parent;
        return ts.isVariableDeclaration(holder) && !!holder.initializer && this.isPackageDefinitionRoot(holder.initializer, depth + 1);
      }
    }
    return false;
  }

  /** The origin an annotation gives: a library's client type, a generated client, or a local alias, interface or class of one. */
  private type(node: ts.TypeNode, depth: number): ClientOrigin | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const cached = this.typeCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(node)) return undefined;
    this.inProgress.add(node);
    let result: ClientOrigin | undefined;
    try {
      result = this.computeType(node, depth + 1);
    } finally {
      this.inProgress.delete(node);
    }
    this.typeCache.set(node, result ?? null);
    return result;
  }

  private computeType(node: ts.TypeNode, depth: number): ClientOrigin | undefined {
    if (ts.isParenthesizedTypeNode(node)) return this.type(node.type, depth);
    if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
      for (const member of node.types) {
        const found = this.type(member, depth);
        if (found) return found;
      }
      return undefined;
    }
    if (ts.isTypeQueryNode(node)) return ts.isIdentifier(node.exprName) ? this.expression(node.exprName, depth) : undefined;
    if (!ts.isTypeReferenceNode(node)) return undefined;
    const last = ts.isQualifiedName(node.typeName) ? node.typeName.right.text : node.typeName.text;
    if (UNWRAPPED_TYPES.has(last) && node.typeArguments?.[0]) return this.type(node.typeArguments[0], depth);
    const named = this.entity(node.typeName, depth);
    if (named) return named;
    // `Client<typeof ElizaService>` from a module that re-exports Connect's type (a company SDK):
    // Connect's client type names applied to a generated Connect service descriptor.
    if (CLIENT_TYPE_NAMES.connect.includes(last) && this.isConnectService(node.typeArguments?.[0])) return { library: "connect", role: "client" };
    return undefined;
  }

  /**
   * `ns.pkg.v1.FooService` through an import: a service class of a pbjs static module, whose
   * package may not be generated or installed where the lint runs.
   */
  private isProtobufService(name: ts.EntityName | ts.Expression): boolean {
    const segments: string[] = [];
    let current: ts.Node = name;
    for (;;) {
      if (ts.isQualifiedName(current)) {
        segments.unshift(current.right.text);
        current = current.left;
      } else if (ts.isPropertyAccessExpression(current) && ts.isIdentifier(current.name)) {
        segments.unshift(current.name.text);
        current = current.expression;
      } else break;
    }
    if (!ts.isIdentifier(current)) return false;
    segments.unshift(current.text);
    if (!isProtobufServicePath(segments)) return false;
    const root = this.symbols.declarations(current)?.[0];
    return root !== undefined && tsImportRef(this.symbols, current) !== undefined;
  }

  private isConnectService(argument: ts.TypeNode | undefined): boolean {
    if (!argument || !ts.isTypeQueryNode(argument)) return false;
    const ref = tsImportRef(this.symbols, argument.exprName);
    return ref !== undefined && isConnectServiceModule(ref.module);
  }

  /** A named type (in an annotation or an `extends` clause). */
  private entity(name: ts.EntityName | ts.Expression, depth: number): ClientOrigin | undefined {
    if (this.isProtobufService(name)) return { library: "protobufjs", role: "client" };
    const ref = tsImportRef(this.symbols, name);
    if (ref) {
      const known = originOfImportedType(ref);
      if (known) return known;
      if (packageLibrary(ref.module)) return undefined;
    }
    const nameNode = ts.isQualifiedName(name) ? name.right : ts.isPropertyAccessExpression(name) ? name.name : name;
    for (const declaration of this.symbols.resolved(nameNode)?.slice(0, 4) ?? []) {
      const fileLibrary = libraryOfFile(declaration.getSourceFile().fileName);
      if (fileLibrary) {
        const declaredName = nameText(ts.getNameOfDeclaration(declaration as ts.Declaration)) ?? "";
        const known = originOfImportedType({ module: LIBRARY_MODULES[fileLibrary][0], name: declaredName });
        if (known) return known;
        continue;
      }
      if (ts.isTypeAliasDeclaration(declaration)) {
        const found = this.type(declaration.type, depth + 1);
        if (found) return found;
      }
      if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration)) {
        for (const clause of declaration.heritageClauses ?? []) {
          for (const base of clause.types) {
            const found = this.entity(base.expression, depth + 1);
            if (found) return { library: found.library, role: found.role };
          }
        }
      }
    }
    return undefined;
  }
}

/** The declared origin, unless the value's own origin says the same library and how it was built. */
function preferBuilt(declared: ClientOrigin | undefined, found: ClientOrigin | undefined): ClientOrigin | undefined {
  if (!declared) return found;
  if (found?.construction && found.library === declared.library) return found;
  return declared;
}

function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isClassLike(current)) return current;
    // `this` in a method of an object literal is the object (see `thisObject`).
    if (objectLiteralOfMethod(current)) return undefined;
    // A plain function has its own `this`; methods, accessors, constructors and arrows keep the class's.
    if (ts.isFunctionDeclaration(current) || (ts.isFunctionExpression(current) && !ts.isClassElement(current.parent))) return undefined;
  }
  return undefined;
}

/** The object literal a method, accessor or function-valued property belongs to: its `this`. */
function objectLiteralOfMethod(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if ((ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isObjectLiteralExpression(node.parent)) return node.parent;
  if (ts.isFunctionExpression(node) && ts.isPropertyAssignment(node.parent) && ts.isObjectLiteralExpression(node.parent.parent)) return node.parent.parent;
  return undefined;
}

/** The object literal `this` is, inside one of its methods (`{ client: this, fetch() { this.client... } }`). */
function thisObject(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    const literal = objectLiteralOfMethod(current);
    if (literal) return literal;
    if (ts.isClassLike(current) || ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current)) return undefined;
  }
  return undefined;
}

function constructorOf(owner: ts.ClassLikeDeclaration): ts.ConstructorDeclaration | undefined {
  return owner.members.find((member): member is ts.ConstructorDeclaration => ts.isConstructorDeclaration(member));
}

/** A class's or interface's members named `key`, with a class's constructor parameter properties. */
function membersNamed(owner: ts.ClassLikeDeclaration | ts.InterfaceDeclaration, key: string): ts.Node[] {
  const found: ts.Node[] = owner.members.filter((member) => nameText(member.name) === key);
  if (ts.isClassLike(owner)) {
    for (const parameter of constructorOf(owner)?.parameters ?? []) {
      if (ts.isParameterPropertyDeclaration(parameter, parameter.parent) && nameText(parameter.name) === key) found.push(parameter);
    }
  }
  return found;
}
