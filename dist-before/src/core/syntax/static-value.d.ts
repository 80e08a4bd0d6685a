/**
 * Static evaluation of the expressions rules read targets and options from: literals, `const`
 * bindings, template literals with static parts, string concatenation, `process.env.X ?? "..."`
 * fallbacks, object and array literals. Works inside one file through scope analysis, and uses a
 * literal type from the checker (a `const` imported from another module) when types are there.
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { FileContext } from "./file-context.js";
/** Stands for a part of a value that cannot be known statically. */
export declare const UNKNOWN: unique symbol;
export type StaticValue = string | number | boolean | null | undefined | typeof UNKNOWN | StaticValue[] | {
    [key: string]: StaticValue;
}
/** An object literal with a spread or computed key we could not read: known keys only. */
 | StaticObject | StringifiedValue;
export declare class StaticObject {
    readonly known: Record<string, StaticValue>;
    readonly open: boolean;
    constructor(known: Record<string, StaticValue>, open: boolean);
}
/** A string whose unknown parts are replaced by a one-letter host label, so patterns can still match its static parts. */
export interface StaticString {
    text: string;
    complete: boolean;
}
export interface StaticEvaluator {
    string(node: TSESTree.Node): StaticString | undefined;
    value(node: TSESTree.Node): StaticValue;
    /** The object literal an options argument is, directly or through a `const`. */
    objectLiteral(node: TSESTree.Node): TSESTree.ObjectExpression | undefined;
}
export declare function createStaticEvaluator(context: FileContext): StaticEvaluator;
/** The value of `JSON.stringify(x)` where `x` was evaluated statically: kept as the object, not as text. */
export declare class StringifiedValue {
    readonly value: StaticValue;
    constructor(value: StaticValue);
}
/** A plain JS value for a static value, or undefined when any part of it is unknown. */
export declare function toPlain(value: StaticValue): unknown;
