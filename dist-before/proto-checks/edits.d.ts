import type { EnumDecl, Message, ProtoFile } from "./ast.js";
export interface ProtoEdit {
    range: [number, number];
    text: string;
}
/** How a reserved name is written: a string literal before editions, a bare identifier since edition 2023. */
export declare function reservedNameText(file: ProtoFile, name: string): string;
/**
 * Appends `statements` (each a full `reserved ...;`) at the end of a message or enum body, one a line,
 * indented like the body's last line (so repeated fixes land in the order they were reported).
 * Undefined when the declaration does not end in its closing brace.
 */
export declare function appendToBody(text: string, declaration: Message | EnumDecl, statements: readonly string[]): ProtoEdit | undefined;
/** The parts of `range` that none of `ranges` covers: protoc rejects a reserved range overlapping another. */
export declare function uncoveredParts(range: {
    from: number;
    to: number;
}, ranges: ReadonlyArray<{
    from: number;
    to: number;
}>): {
    from: number;
    to: number;
}[];
