/**
 * Whether an options object has a property, following what the object is built from inside the
 * file: inline literals, variables, spreads, conditionals and helper functions' return values.
 * Typed code falls back to the type, and to declarations in other modules (ts-follow.ts).
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { FileView } from "./file-view.js";
import { type PropertyLookup } from "./property-lookup.js";
export { combine, type PropertyLookup } from "./property-lookup.js";
/** Looks `name` up on the object an expression evaluates to. "unknown" means: do not guess. */
export declare function lookupProperty(analysis: FileView, node: TSESTree.Node, name: string, depth?: number): PropertyLookup;
/** The expressions a called function (declared in this file) returns. */
export declare function returnedExpressions(analysis: FileView, call: TSESTree.CallExpression): TSESTree.Node[];
