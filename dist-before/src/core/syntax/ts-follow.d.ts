/**
 * Following values across modules with the type checker, for facts that live in another file:
 * a Connect transport's `defaultTimeoutMs`, a nice-grpc client's factory and default options, a
 * helper that returns call options. Works on TypeScript nodes; answers "unknown" rather than guess.
 */
import ts from "typescript";
import { type PropertyLookup } from "./property-lookup.js";
export declare function tsUnwrap(node: ts.Node): ts.Node;
export declare function tsResolvedSymbol(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined;
/** What an expression can hold: initializers of the variables, properties and fields it names. */
export declare function tsValueSources(checker: ts.TypeChecker, node: ts.Node, depth?: number): ts.Node[];
/** The function a call goes to, and the file that declares it (for library checks). */
export declare function tsCallTarget(checker: ts.TypeChecker, call: ts.CallExpression): {
    name: string;
    fileName: string;
} | undefined;
/** What the function a call goes to returns (functions whose declaration the checker can see). */
export declare function tsReturnedExpressions(checker: ts.TypeChecker, call: ts.CallExpression): ts.Expression[];
/** TypeScript-node twin of `lookupProperty`: syntax first, then the declared type. */
export declare function tsLookupProperty(checker: ts.TypeChecker, node: ts.Node, name: string, depth?: number): PropertyLookup;
/** Declared type: a required property is there, a missing one is not, an optional one is not known. */
export declare function lookupInType(checker: ts.TypeChecker, type: ts.Type, name: string): PropertyLookup;
export declare function propertyNameText(name: ts.PropertyName): string | undefined;
/** A number written in the code or held by a `const` (`-1`, `0`, `MAX`), else undefined. */
export declare function tsStaticNumber(checker: ts.TypeChecker, node: ts.Node, depth?: number): number | undefined;
