/**
 * Following values across modules with the type checker, for facts that live in another file:
 * a Connect transport's `defaultTimeoutMs`, a nice-grpc client's factory and default options, a
 * helper that returns call options. Works on TypeScript nodes; answers "unknown" rather than guess.
 */
import ts from "typescript";
import { combine } from "./property-lookup.js";
import { tsImportRef } from "./ts-imports.js";
const MAX_DEPTH = 8;
export function tsUnwrap(node) {
    let current = node;
    while (ts.isParenthesizedExpression(current) ||
        ts.isAsExpression(current) ||
        ts.isNonNullExpression(current) ||
        ts.isSatisfiesExpression(current) ||
        ts.isTypeAssertionExpression(current) ||
        ts.isAwaitExpression(current)) {
        current = current.expression;
    }
    return current;
}
export function tsResolvedSymbol(checker, node) {
    const symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias)
        return checker.getAliasedSymbol(symbol);
    return symbol;
}
/** What an expression can hold: initializers of the variables, properties and fields it names. */
export function tsValueSources(checker, node, depth = 0) {
    const target = tsUnwrap(node);
    if (depth > MAX_DEPTH)
        return [target];
    if (!ts.isIdentifier(target) && !ts.isPropertyAccessExpression(target))
        return [target];
    const symbol = tsResolvedSymbol(checker, ts.isPropertyAccessExpression(target) ? target.name : target);
    const sources = [];
    for (const declaration of symbol?.declarations ?? []) {
        if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration)) &&
            declaration.initializer) {
            sources.push(...tsValueSources(checker, declaration.initializer, depth + 1));
        }
        else if (ts.isShorthandPropertyAssignment(declaration)) {
            sources.push(...tsValueSources(checker, declaration.name, depth + 1));
        }
        else if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) {
            sources.push(declaration);
        }
    }
    return sources.length > 0 ? sources : [target];
}
/** The function a call goes to, and the file that declares it (for library checks). */
export function tsCallTarget(checker, call) {
    const callee = tsUnwrap(call.expression);
    const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
    const symbol = tsResolvedSymbol(checker, nameNode);
    const declaration = symbol?.declarations?.[0];
    if (!symbol || !declaration) {
        // A package that is not installed: the import still names it. Answer with the path its
        // declarations would have, so library checks by path work the same way.
        const ref = !callee.getSourceFile().isDeclarationFile && !ts.isCallExpression(callee) ? tsImportRef(checker, callee) : undefined;
        if (!ref || ref.name === "*" || ref.module.startsWith(".") || ref.module.startsWith("/"))
            return undefined;
        return { name: ref.name, fileName: `/node_modules/${ref.module}/index.d.ts` };
    }
    return { name: symbol.getName(), fileName: declaration.getSourceFile().fileName };
}
/** What the function a call goes to returns (functions whose declaration the checker can see). */
export function tsReturnedExpressions(checker, call) {
    const returned = [];
    for (const fn of tsValueSources(checker, call.expression)) {
        if (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn) && !ts.isMethodDeclaration(fn))
            continue;
        if (!fn.body)
            continue;
        if (!ts.isBlock(fn.body)) {
            returned.push(fn.body);
            continue;
        }
        const visit = (node) => {
            if (ts.isReturnStatement(node)) {
                if (node.expression)
                    returned.push(node.expression);
                return;
            }
            if (ts.isFunctionLike(node))
                return;
            ts.forEachChild(node, visit);
        };
        ts.forEachChild(fn.body, visit);
    }
    return returned;
}
/** TypeScript-node twin of `lookupProperty`: syntax first, then the declared type. */
export function tsLookupProperty(checker, node, name, depth = 0) {
    if (depth > MAX_DEPTH)
        return { state: "unknown" };
    return combine(tsValueSources(checker, node).map((source) => lookupInSource(checker, source, name, depth)));
}
function lookupInSource(checker, source, name, depth) {
    if (ts.isObjectLiteralExpression(source)) {
        for (let index = source.properties.length - 1; index >= 0; index--) {
            const property = source.properties[index];
            if (ts.isSpreadAssignment(property)) {
                const spread = tsLookupProperty(checker, property.expression, name, depth + 1);
                if (spread.state !== "absent")
                    return spread;
                continue;
            }
            const key = property.name && propertyNameText(property.name);
            if (key === undefined)
                return { state: "unknown" };
            if (key !== name)
                continue;
            if (ts.isPropertyAssignment(property)) {
                const value = tsUnwrap(property.initializer);
                if (ts.isIdentifier(value) && value.text === "undefined")
                    return { state: "absent" };
                return { state: "present", tsValue: property.initializer };
            }
            if (ts.isShorthandPropertyAssignment(property))
                return { state: "present", tsValue: property.name };
            return { state: "present" };
        }
        return { state: "absent" };
    }
    if (ts.isConditionalExpression(source)) {
        return combine([
            tsLookupProperty(checker, source.whenTrue, name, depth + 1),
            tsLookupProperty(checker, source.whenFalse, name, depth + 1),
        ]);
    }
    if (ts.isBinaryExpression(source) && (source.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || source.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
        return combine([tsLookupProperty(checker, source.left, name, depth + 1), tsLookupProperty(checker, source.right, name, depth + 1)]);
    }
    if (ts.isCallExpression(source)) {
        const returned = tsReturnedExpressions(checker, source);
        if (returned.length > 0) {
            const result = combine(returned.map((value) => tsLookupProperty(checker, value, name, depth + 1)));
            if (result.state !== "unknown")
                return result;
        }
    }
    if (source.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(source) && source.text === "undefined"))
        return { state: "absent" };
    if (!isExpressionLike(source))
        return { state: "unknown" };
    return lookupInType(checker, checker.getTypeAtLocation(source), name);
}
function isExpressionLike(node) {
    return ts.isExpression(node) || ts.isIdentifier(node);
}
/** Declared type: a required property is there, a missing one is not, an optional one is not known. */
export function lookupInType(checker, type, name) {
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter))
        return { state: "unknown" };
    const nonNull = checker.getNonNullableType(type);
    if (nonNull.isUnion())
        return combine(nonNull.types.map((member) => lookupInType(checker, member, name)));
    if (!(nonNull.flags & ts.TypeFlags.Object) && !nonNull.isIntersection())
        return { state: "unknown" };
    const property = checker.getPropertyOfType(nonNull, name);
    if (!property) {
        // An index signature (`Record<string, unknown>`) may hold anything.
        return checker.getIndexInfosOfType(nonNull).length > 0 ? { state: "unknown" } : { state: "absent" };
    }
    if (property.flags & ts.SymbolFlags.Optional)
        return { state: "unknown" };
    return { state: "present" };
}
export function propertyNameText(name) {
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))
        return name.text;
    return undefined;
}
/** A number written in the code or held by a `const` (`-1`, `0`, `MAX`), else undefined. */
export function tsStaticNumber(checker, node, depth = 0) {
    const target = tsUnwrap(node);
    if (ts.isNumericLiteral(target))
        return Number(target.text);
    if (ts.isPrefixUnaryExpression(target) && target.operator === ts.SyntaxKind.MinusToken) {
        const inner = tsStaticNumber(checker, target.operand, depth + 1);
        return inner === undefined ? undefined : -inner;
    }
    if (depth < MAX_DEPTH && (ts.isIdentifier(target) || ts.isPropertyAccessExpression(target))) {
        const type = checker.getTypeAtLocation(target);
        if (type.isNumberLiteral())
            return type.value;
    }
    return undefined;
}
