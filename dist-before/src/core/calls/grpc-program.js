/**
 * Program-wide gates for typed analysis, computed once per TypeScript program: whether a file
 * imports (directly or through its own imports) a gRPC module. The import statements' text
 * counts, so a package that is not installed (or a generated module that is not generated yet)
 * still opens the gate. A file that reaches no gRPC module cannot hold a gRPC client.
 */
import ts from "typescript";
import { isGrpcModuleSpecifier, libraryOfFile } from "./grpc-modules.js";
const factsByProgram = new WeakMap();
function factsOf(program) {
    let facts = factsByProgram.get(program);
    if (!facts) {
        facts = { reaches: new WeakMap() };
        factsByProgram.set(program, facts);
    }
    return facts;
}
function moduleSpecifiers(file) {
    const specifiers = [];
    for (const statement of file.statements) {
        if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier) {
            specifiers.push(statement.moduleSpecifier);
        }
        else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
            specifiers.push(statement.moduleReference.expression);
        }
    }
    return specifiers;
}
/**
 * Whether `file` imports a gRPC library, directly or through the files it imports. One walk over
 * the import graph (cycles included) per unanswered file: when nothing reachable from it imports a
 * gRPC module, nothing reachable from any file on the way does either, so all of them are settled.
 */
export function fileReachesGrpc(program, file) {
    const facts = factsOf(program);
    const known = facts.reaches.get(file);
    if (known !== undefined)
        return known;
    const checker = program.getTypeChecker();
    const seen = new Set();
    const stack = [file];
    while (stack.length > 0) {
        const current = stack.pop();
        if (seen.has(current))
            continue;
        seen.add(current);
        const settled = facts.reaches.get(current);
        if (settled === false)
            continue;
        const specifiers = settled ? [] : moduleSpecifiers(current);
        if (settled ||
            libraryOfFile(current.fileName) !== undefined ||
            specifiers.some((specifier) => ts.isStringLiteralLike(specifier) && isGrpcModuleSpecifier(specifier.text))) {
            facts.reaches.set(current, true);
            facts.reaches.set(file, true);
            return true;
        }
        for (const specifier of specifiers) {
            const declaration = checker.getSymbolAtLocation(specifier)?.declarations?.[0];
            const target = declaration && ts.isSourceFile(declaration) ? declaration : declaration?.getSourceFile();
            if (target && !seen.has(target))
                stack.push(target);
        }
    }
    for (const visited of seen)
        facts.reaches.set(visited, false);
    return false;
}
