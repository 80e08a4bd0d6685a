/**
 * A pull tokenizer for .proto source. It keeps one current token as plain numeric fields
 * (kind, start, end) instead of allocating token objects: googleapis is 67 MB of protos, and
 * the parser only ever needs one token of lookahead. Comments and whitespace are skipped;
 * line starts are recorded on the way so locations can be computed later without re-scanning.
 */
export declare const TOKEN_EOF = 0;
export declare const TOKEN_IDENT = 1;
export declare const TOKEN_INT = 2;
export declare const TOKEN_FLOAT = 3;
export declare const TOKEN_STRING = 4;
export declare const TOKEN_SYMBOL = 5;
/** A character no proto token starts with (binary junk, stray backslash...). */
export declare const TOKEN_INVALID = 6;
export type TokenKind = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type ScannerState = [pos: number, kind: TokenKind, start: number, end: number, previousEnd: number, lines: number, errors: number];
export interface ScanError {
    message: string;
    start: number;
    end: number;
}
export declare class Scanner {
    readonly text: string;
    /** Offset of the first character of each line; index 0 is line 1. */
    readonly lineStarts: number[];
    readonly errors: ScanError[];
    kind: TokenKind;
    start: number;
    end: number;
    /** Offset just after the previous token: where a missing token "should" have been. */
    previousEnd: number;
    private pos;
    constructor(text: string);
    /** Snapshot for a short lookahead; `restore` rewinds to it. */
    save(): ScannerState;
    restore(state: ScannerState): void;
    /** Text of the current token. */
    value(): string;
    /** True when the current token is the one-character symbol `ch`. */
    isSymbol(ch: number): boolean;
    /** True when the current token is the identifier `word` (compared without slicing). */
    isWord(word: string): boolean;
    next(): void;
    private recordLines;
    private scanToken;
    private scanString;
    private addError;
}
/** The value of a string token (quotes removed, C-style escapes decoded). */
export declare function decodeString(raw: string): string;
/** 1-based line and column of an offset, by binary search over the recorded line starts. */
export declare function positionAt(lineStarts: readonly number[], offset: number): {
    line: number;
    column: number;
};
