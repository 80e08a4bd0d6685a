import type { ParseResult } from "./ast.js";
/**
 * Parses one .proto file. Never throws: syntax errors are collected (with offsets) and the
 * parser resynchronizes at the next `;` or brace, so one typo does not hide the rest of the file.
 */
export declare function parseProto(text: string): ParseResult;
