/**
 * The whole-repository pass: which server handlers reach which client call sites through helper
 * functions, across modules. One ts-morph project for the run, holding only the files that import
 * a gRPC module (or hold a recognized call or handler) and the local modules they import; no
 * library or node_modules file is loaded (`noLib`, `noResolve`), so the checker only binds our
 * files and resolves imports between them. Core already judged every call site during the lint
 * pass; this pass adds the paths between functions and whether each hop hands the incoming call
 * (or its context) on.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Project, ts } from "ts-morph";
export const DEFAULT_GRAPH_LIMITS = { maxDepth: 6, maxVisitsPerHandler: 2_000, importDepth: 2 };
const GRPC_MODULE = /^(?:@grpc\/grpc-js|grpc|@connectrpc\/|@bufbuild\/connect|nice-grpc|grpc-web|@improbable-eng\/grpc-web|@nestjs\/microservices)/;
/** Members of an incoming call or context that carry its deadline or cancellation. */
const DEADLINE_MEMBERS = new Set(["getDeadline", "signal", "timeoutMs", "deadline", "cancelled"]);
const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** A local module specifier as the file system has it (`./x.js` is `./x.ts` in TypeScript sources). */
function resolveLocal(from, specifier, known) {
    if (!specifier.startsWith("."))
        return undefined;
    const base = resolve(dirname(from), specifier);
    const stem = base.replace(/\.(?:[cm]?js|jsx)$/, "");
    const candidates = [base, ...SOURCE_EXTENSIONS.map((ext) => stem + ext), ...SOURCE_EXTENSIONS.map((ext) => `${base}/index${ext}`)];
    return candidates.find((candidate) => known.has(candidate) || (!known.size && existsSync(candidate)));
}
function isFunctionLike(node) {
    return ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) ||
        ts.isConstructorDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
}
/** Where a function is found again: a method by its name, anything else by its start (as the lint pass records it). */
function keyOffset(node, file) {
    if (ts.isFunctionDeclaration(node) && node.name)
        return node.name.getStart(file);
    if ((ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && node.name)
        return node.name.getStart(file);
    return node.getStart(file);
}
/** A function with a name of its own; inline callbacks belong to the function they are written in. */
function isNamedOwner(node) {
    if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node))
        return true;
    const parent = node.parent;
    return ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) ||
        ts.isExportAssignment(parent) || (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken);
}
function nameOf(node) {
    if (node.name && ts.isIdentifier(node.name))
        return node.name.text;
    if (node.name)
        return node.name.getText();
    const parent = node.parent;
    if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && ts.isIdentifier(parent.name))
        return parent.name.text;
    if (ts.isConstructorDeclaration(node))
        return "constructor";
    return "(anonymous)";
}
function calleeName(call) {
    let callee = call.expression;
    while (ts.isParenthesizedExpression(callee) || ts.isNonNullExpression(callee))
        callee = callee.expression;
    if (ts.isIdentifier(callee))
        return callee;
    if (ts.isPropertyAccessExpression(callee))
        return callee.name;
    return undefined;
}
export function buildCallGraph(facts, typescriptFiles, limits = DEFAULT_GRAPH_LIMITS) {
    const result = { reaches: new Map(), ownerName: new Map(), filesRead: 0, cyclesCut: 0, truncated: false, notes: [] };
    // Seeds: files that import a gRPC module or hold what core recognized; then the local modules they import.
    const selected = new Set();
    let frontier = [...facts.values()]
        .filter((fileFacts) => fileFacts.callSites.length > 0 || fileFacts.handlers.length > 0 || fileFacts.imports.some((module) => GRPC_MODULE.test(module)))
        .map((fileFacts) => fileFacts.file);
    for (const file of frontier)
        selected.add(file);
    for (let depth = 0; depth < limits.importDepth && frontier.length > 0; depth++) {
        const next = [];
        for (const file of frontier) {
            for (const specifier of facts.get(file)?.imports ?? []) {
                const target = resolveLocal(file, specifier, typescriptFiles);
                if (target && !selected.has(target) && facts.has(target)) {
                    selected.add(target);
                    next.push(target);
                }
            }
        }
        frontier = next;
    }
    if (selected.size === 0)
        return result;
    let project;
    try {
        project = new Project({
            compilerOptions: {
                allowJs: true,
                noLib: true,
                noResolve: true,
                types: [],
                target: ts.ScriptTarget.ESNext,
                module: ts.ModuleKind.ESNext,
                moduleResolution: ts.ModuleResolutionKind.Bundler,
                jsx: ts.JsxEmit.Preserve,
                allowImportingTsExtensions: true,
                noEmit: true,
            },
            skipAddingFilesFromTsConfig: true,
            skipFileDependencyResolution: true,
            skipLoadingLibFiles: true,
        });
        for (const file of selected) {
            try {
                project.addSourceFileAtPath(file);
            }
            catch {
                result.notes.push(`could not read ${file} for the call graph`);
            }
        }
    }
    catch (error) {
        result.notes.push(`the call-graph pass could not start: ${error.message.split("\n")[0]}`);
        return result;
    }
    const sourceFiles = project.getSourceFiles().map((file) => file.compilerNode);
    result.filesRead = sourceFiles.length;
    // Pass 1: every named function, its parameters and the calls written in it (inline callbacks included).
    const functions = new Map();
    const functionOfNode = new Map();
    const declaredNames = new Set();
    const siteOwner = new Map();
    for (const file of sourceFiles) {
        const siteStarts = new Set((facts.get(file.fileName)?.callSites ?? []).map((site) => site.start));
        const visit = (node, owner) => {
            let current = owner;
            if (isFunctionLike(node) && (isNamedOwner(node) || !owner)) {
                current = {
                    key: `${file.fileName}:${keyOffset(node, file)}`,
                    name: nameOf(node),
                    params: node.parameters.map((param) => (ts.isIdentifier(param.name) ? param.name.text : "")),
                    calls: [],
                };
                functions.set(current.key, current);
                functionOfNode.set(node, current);
                declaredNames.add(current.name);
            }
            if (ts.isCallExpression(node) && current) {
                current.calls.push(node);
                const start = node.getStart(file);
                if (siteStarts.has(start))
                    siteOwner.set(`${file.fileName}:${start}`, current);
            }
            ts.forEachChild(node, (child) => visit(child, current));
        };
        visit(file, undefined);
    }
    for (const [site, owner] of siteOwner)
        result.ownerName.set(site, owner.name);
    // Pass 2: resolve calls to our own functions (names first, the checker only for names we declare).
    let checker;
    try {
        checker = project.getProgram().compilerObject.getTypeChecker();
    }
    catch (error) {
        result.notes.push(`the call-graph pass could not bind the files: ${error.message.split("\n")[0]}`);
        return result;
    }
    const resolvedCallee = new Map();
    const calleeOf = (call) => {
        const cached = resolvedCallee.get(call);
        if (cached !== undefined)
            return cached ?? undefined;
        let found;
        const name = calleeName(call);
        if (name && declaredNames.has(name.text)) {
            try {
                let symbol = checker.getSymbolAtLocation(name);
                if (symbol && symbol.flags & ts.SymbolFlags.Alias)
                    symbol = checker.getAliasedSymbol(symbol);
                for (const declaration of symbol?.declarations ?? []) {
                    let target = declaration;
                    if ((ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
                        target = declaration.initializer;
                    }
                    const info = target ? functionOfNode.get(target) : undefined;
                    if (info) {
                        found = info;
                        break;
                    }
                }
            }
            catch {
                found = undefined;
            }
        }
        resolvedCallee.set(call, found ?? null);
        return found;
    };
    const sitesByOwner = new Map();
    for (const file of sourceFiles) {
        for (const site of facts.get(file.fileName)?.callSites ?? []) {
            if (site.handlerStart !== undefined)
                continue; // inside a handler: the lint pass judged it directly
            const key = `${file.fileName}:${site.start}`;
            const owner = siteOwner.get(key);
            const call = owner?.calls.find((candidate) => candidate.getStart(file) === site.start);
            if (owner && call) {
                const list = sitesByOwner.get(owner.key) ?? [];
                list.push({ site: key, call });
                sitesByOwner.set(owner.key, list);
            }
        }
    }
    /**
     * Whether an argument hands the incoming call or context on: the parameter itself, its deadline
     * or signal (`call.getDeadline()`, `ctx.signal`, `ctx.timeoutMs()`), an object literal holding one
     * (`{ parent: call }`), or a helper given one (`deadlineFrom(call)`). `call.request.id` is data, not the deadline.
     */
    const carries = (node, names, depth = 0) => {
        if (names.size === 0 || depth > 4)
            return false;
        let target = node;
        while (ts.isParenthesizedExpression(target) || ts.isAsExpression(target) || ts.isNonNullExpression(target))
            target = target.expression;
        if (ts.isIdentifier(target))
            return names.has(target.text);
        if (ts.isPropertyAccessExpression(target))
            return DEADLINE_MEMBERS.has(target.name.text) && carries(target.expression, names, depth + 1);
        if (ts.isCallExpression(target)) {
            const callee = target.expression;
            if (ts.isPropertyAccessExpression(callee) && DEADLINE_MEMBERS.has(callee.name.text) && carries(callee.expression, names, depth + 1))
                return true;
            return target.arguments.some((argument) => carries(argument, names, depth + 1));
        }
        if (ts.isObjectLiteralExpression(target)) {
            return target.properties.some((property) => ts.isShorthandPropertyAssignment(property) ? names.has(property.name.text) :
                ts.isPropertyAssignment(property) ? carries(property.initializer, names, depth + 1) :
                    ts.isSpreadAssignment(property) ? carries(property.expression, names, depth + 1) : false);
        }
        return false;
    };
    // Pass 3: from each handler, walk the calls (bounded depth and visits; a function already on the way is a cycle, cut).
    for (const fileFacts of facts.values()) {
        for (const handler of fileFacts.handlers) {
            const handlerKey = `${fileFacts.file}:${handler.start}`;
            const start = functions.get(handlerKey);
            if (!start)
                continue;
            // grpc-js hands the call first; Connect and nice-grpc the context second. Unknown: any parameter.
            const incoming = handler.library === "grpc-js" ? start.params.slice(0, 1) : handler.library === "nestjs" ? start.params : start.params.slice(1, 2);
            let visits = 0;
            const walk = (fn, carriers, depth, via, onPath) => {
                if (++visits > limits.maxVisitsPerHandler) {
                    result.truncated = true;
                    return;
                }
                {
                    // Sites the lint pass judged inside a handler are not here (see sitesByOwner); at depth 0
                    // these are calls written in a handler core did not see as one (a function named by the registration).
                    for (const { site, call } of sitesByOwner.get(fn.key) ?? []) {
                        const propagation = call.arguments.some((argument) => carries(argument, carriers)) ? "propagated" : "not-propagated";
                        const list = result.reaches.get(site) ?? [];
                        list.push({ handler: handlerKey, via, propagation });
                        result.reaches.set(site, list);
                    }
                }
                if (depth >= limits.maxDepth) {
                    if (fn.calls.some((call) => calleeOf(call)))
                        result.truncated = true;
                    return;
                }
                for (const call of fn.calls) {
                    const callee = calleeOf(call);
                    if (!callee || callee === fn)
                        continue;
                    if (onPath.has(callee.key)) {
                        result.cyclesCut++;
                        continue;
                    }
                    const next = new Set();
                    call.arguments.forEach((argument, index) => {
                        const param = callee.params[index];
                        if (param && carries(argument, carriers))
                            next.add(param);
                    });
                    onPath.add(callee.key);
                    walk(callee, next, depth + 1, [...via, callee.name], onPath);
                    onPath.delete(callee.key);
                }
            };
            walk(start, new Set(incoming.filter(Boolean)), 0, [], new Set([start.key]));
        }
    }
    return result;
}
