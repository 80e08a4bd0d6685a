/** The answer to "does this object have property `name`?", shared by the ESTree and TypeScript followers. */
import type { TSESTree } from "@typescript-eslint/utils";
import type ts from "typescript";
export type PropertyLookup = {
    state: "present";
    value?: TSESTree.Node;
    tsValue?: ts.Expression;
} | {
    state: "absent";
} | {
    state: "unknown";
};
/** Any path that has the property counts (rules prefer silence to a guess); all paths lacking it is "absent". */
export declare function combine(results: PropertyLookup[]): PropertyLookup;
