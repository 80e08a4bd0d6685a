/**
 * The parser's building blocks: the scanner cursor, expectations that fail with a positioned
 * error, block parsing with error recovery, and option values (including text-format
 * aggregates). `parser.ts` builds the declarations on top of them.
 */
import type { OptionAggregate, OptionDecl, OptionValue, Span, SyntaxError } from "./ast.js";
import { Scanner } from "./scanner.js";
export declare const LBRACE = 123;
export declare const RBRACE = 125;
export declare const LBRACKET = 91;
export declare const RBRACKET = 93;
export declare const LPAREN = 40;
export declare const RPAREN = 41;
export declare const LANGLE = 60;
export declare const RANGLE = 62;
export declare const SEMI = 59;
export declare const EQUALS = 61;
export declare const COMMA = 44;
export declare const DOT = 46;
export declare const COLON = 58;
export declare const MINUS = 45;
export declare const PLUS = 43;
export declare const SLASH = 47;
/** A file with this many syntax errors is not a proto file; further errors add nothing. */
export declare const MAX_ERRORS = 50;
/** Deeper nesting (messages, aggregates) is refused rather than risking the call stack. */
export declare const MAX_DEPTH = 100;
/** Thrown inside a declaration to unwind to the enclosing body, which then resynchronizes. */
export declare class Failure {
    readonly error: SyntaxError;
    constructor(error: SyntaxError);
}
export declare abstract class ParserBase {
    protected readonly s: Scanner;
    protected readonly errors: SyntaxError[];
    protected depth: number;
    constructor(text: string);
    protected parseOptionStatement(): OptionDecl;
    protected parseBracketOptions(): OptionDecl[];
    protected parseOptionAssignment(start: number): OptionDecl;
    protected parseOptionName(): string;
    protected parseOptionValue(): OptionValue;
    protected parseNumberLike(): number;
    /** Text-format message literal: `{ key: value key2 { ... } key3: [ ... ] }`. */
    protected parseAggregate(): OptionAggregate;
    protected parseList(): OptionValue[];
    /**
     * `{ member* }`: runs `member` until the closing brace, recovering from a failed member at
     * the next `;` or brace. A missing `}` at end of file is one error at the opening brace.
     */
    protected parseBlock(node: Span, member: () => void): void;
    protected enter(at: number): void;
    protected fail(caught: unknown): void;
    /** Skips to just after the next `;`, past the next balanced `{...}`, or to (not past) a `}`. */
    protected recover(): void;
    protected skipBalanced(): void;
    protected span(): Span;
    protected nextIsSymbol(ch: number): boolean;
    protected parseFullName(): string;
    protected parseStringValue(): string;
    protected expectIdent(what: string): string;
    protected expectSymbol(ch: number, what: string): void;
    protected expectFieldNumber(): number;
    protected parseSignedInteger(): number;
    protected expectInteger(what: string): number;
    protected unexpected(expected: string): never;
    protected failAt(message: string, start: number, end: number): never;
}
