import type { EnumDecl, Message, ProtoFile } from "./ast.js";
/** Calls back for every message (nested and group bodies too) and every enum of a file, outside in. */
export declare function forEachDeclaration(file: ProtoFile, visitor: {
    message?(message: Message): void;
    enum?(node: EnumDecl): void;
}): void;
/** `proto2`, `proto3` or `editions`: what decides a file's defaults (packed encoding, presence). */
export declare function syntaxOf(file: ProtoFile): string;
