import { decodeString, Scanner, TOKEN_EOF, TOKEN_FLOAT, TOKEN_IDENT, TOKEN_INT, TOKEN_INVALID, TOKEN_STRING } from "./scanner.js";
export const LBRACE = 123;
export const RBRACE = 125;
export const LBRACKET = 91;
export const RBRACKET = 93;
export const LPAREN = 40;
export const RPAREN = 41;
export const LANGLE = 60;
export const RANGLE = 62;
export const SEMI = 59;
export const EQUALS = 61;
export const COMMA = 44;
export const DOT = 46;
export const COLON = 58;
export const MINUS = 45;
export const PLUS = 43;
export const SLASH = 47;
/** A file with this many syntax errors is not a proto file; further errors add nothing. */
export const MAX_ERRORS = 50;
/** Deeper nesting (messages, aggregates) is refused rather than risking the call stack. */
export const MAX_DEPTH = 100;
/** Thrown inside a declaration to unwind to the enclosing body, which then resynchronizes. */
export class Failure {
    error;
    constructor(error) {
        this.error = error;
    }
}
export class ParserBase {
    s;
    errors = [];
    depth = 0;
    constructor(text) {
        this.s = new Scanner(text);
    }
    // ---- options --------------------------------------------------------------------------
    parseOptionStatement() {
        const s = this.s;
        const start = s.start;
        s.next(); // `option`
        const option = this.parseOptionAssignment(start);
        this.expectSymbol(SEMI, "';'");
        option.end = s.previousEnd;
        return option;
    }
    parseBracketOptions() {
        const s = this.s;
        s.next(); // `[`
        const options = [];
        do {
            if (options.length > 0)
                s.next(); // `,`
            options.push(this.parseOptionAssignment(s.start));
        } while (s.isSymbol(COMMA));
        this.expectSymbol(RBRACKET, "']'");
        return options;
    }
    parseOptionAssignment(start) {
        const name = this.parseOptionName();
        this.expectSymbol(EQUALS, "'='");
        const isIdentifier = this.s.kind === TOKEN_IDENT;
        const value = this.parseOptionValue();
        return { name, value, isIdentifier, start, end: this.s.previousEnd };
    }
    parseOptionName() {
        const s = this.s;
        let name = "";
        for (;;) {
            if (s.isSymbol(LPAREN)) {
                s.next();
                name += `(${this.parseFullName()})`;
                this.expectSymbol(RPAREN, "')'");
            }
            else {
                name += this.expectIdent("an option name");
            }
            if (!s.isSymbol(DOT))
                return name;
            s.next();
            name += ".";
        }
    }
    parseOptionValue() {
        const s = this.s;
        if (s.isSymbol(LBRACE) || s.isSymbol(LANGLE))
            return this.parseAggregate();
        if (s.isSymbol(LBRACKET))
            return this.parseList();
        if (s.isSymbol(MINUS) || s.isSymbol(PLUS)) {
            const negative = s.isSymbol(MINUS);
            s.next();
            const magnitude = this.parseNumberLike();
            return negative ? -magnitude : magnitude;
        }
        if (s.kind === TOKEN_INT || s.kind === TOKEN_FLOAT)
            return this.parseNumberLike();
        if (s.kind === TOKEN_STRING)
            return this.parseStringValue();
        if (s.kind === TOKEN_IDENT) {
            const word = this.parseFullName();
            if (word === "true")
                return true;
            if (word === "false")
                return false;
            return word;
        }
        return this.unexpected("an option value");
    }
    parseNumberLike() {
        const s = this.s;
        if (s.kind === TOKEN_INT)
            return this.expectInteger("a number");
        if (s.kind === TOKEN_FLOAT) {
            const value = Number.parseFloat(s.value());
            s.next();
            return value;
        }
        if (s.isWord("inf") || s.isWord("infinity")) {
            s.next();
            return Number.POSITIVE_INFINITY;
        }
        if (s.isWord("nan")) {
            s.next();
            return Number.NaN;
        }
        return this.unexpected("a number");
    }
    /** Text-format message literal: `{ key: value key2 { ... } key3: [ ... ] }`. */
    parseAggregate() {
        const s = this.s;
        const close = s.isSymbol(LBRACE) ? RBRACE : RANGLE;
        this.enter(s.start);
        s.next();
        const pairs = [];
        while (!s.isSymbol(close)) {
            if (s.kind === TOKEN_EOF)
                this.unexpected(close === RBRACE ? "'}'" : "'>'");
            let key;
            if (s.isSymbol(LBRACKET)) {
                // Extension or Any type URL: `[foo.bar]`, `[type.googleapis.com/pkg.Msg]`.
                s.next();
                key = "[";
                while (!s.isSymbol(RBRACKET)) {
                    if (s.kind !== TOKEN_IDENT && !s.isSymbol(DOT) && !s.isSymbol(SLASH))
                        this.unexpected("']'");
                    key += s.value();
                    s.next();
                }
                s.next();
                key += "]";
            }
            else {
                key = this.expectIdent("a field name");
            }
            if (s.isSymbol(COLON))
                s.next();
            pairs.push([key, this.parseOptionValue()]);
            if (s.isSymbol(COMMA) || s.isSymbol(SEMI))
                s.next();
        }
        s.next();
        this.depth--;
        return pairs;
    }
    parseList() {
        const s = this.s;
        s.next(); // `[`
        const values = [];
        while (!s.isSymbol(RBRACKET)) {
            values.push(this.parseOptionValue());
            if (s.isSymbol(COMMA))
                s.next();
            else if (!s.isSymbol(RBRACKET))
                this.unexpected("',' or ']'");
        }
        s.next();
        return values;
    }
    // ---- building blocks ------------------------------------------------------------------
    /**
     * `{ member* }`: runs `member` until the closing brace, recovering from a failed member at
     * the next `;` or brace. A missing `}` at end of file is one error at the opening brace.
     */
    parseBlock(node, member) {
        const s = this.s;
        const open = s.start;
        this.expectSymbol(LBRACE, "'{'");
        this.enter(open);
        const level = this.depth;
        for (;;) {
            if (s.isSymbol(RBRACE)) {
                s.next();
                break;
            }
            if (this.errors.length >= MAX_ERRORS)
                break;
            if (s.kind === TOKEN_EOF) {
                this.errors.push({ message: "Unclosed '{': expected '}' before the end of the file.", start: open, end: open + 1 });
                break;
            }
            if (s.isSymbol(SEMI)) {
                s.next();
                continue;
            }
            try {
                member();
            }
            catch (caught) {
                this.depth = level; // a failure may unwind through nested aggregates
                this.fail(caught);
            }
        }
        node.end = s.previousEnd;
        this.depth--;
    }
    enter(at) {
        if (++this.depth > MAX_DEPTH) {
            this.depth--;
            this.failAt(`Nesting deeper than ${MAX_DEPTH} levels.`, at, at + 1);
        }
    }
    fail(caught) {
        if (!(caught instanceof Failure))
            throw caught;
        this.errors.push(caught.error);
        this.recover();
    }
    /** Skips to just after the next `;`, past the next balanced `{...}`, or to (not past) a `}`. */
    recover() {
        const s = this.s;
        const from = s.start;
        for (;;) {
            if (s.kind === TOKEN_EOF)
                return;
            if (s.isSymbol(SEMI)) {
                s.next();
                return;
            }
            if (s.isSymbol(RBRACE)) {
                // A stray `}` at top level is skipped; inside a block it closes the block.
                if (s.start === from && this.depth === 0)
                    s.next();
                return;
            }
            if (s.isSymbol(LBRACE)) {
                this.skipBalanced();
                return;
            }
            s.next();
        }
    }
    skipBalanced() {
        const s = this.s;
        let depth = 0;
        do {
            if (s.isSymbol(LBRACE))
                depth++;
            else if (s.isSymbol(RBRACE))
                depth--;
            s.next();
        } while (depth > 0 && s.kind !== TOKEN_EOF);
    }
    span() {
        return { start: this.s.start, end: this.s.end };
    }
    nextIsSymbol(ch) {
        const s = this.s;
        const saved = s.save();
        s.next();
        const result = s.isSymbol(ch);
        s.restore(saved);
        return result;
    }
    parseFullName() {
        const s = this.s;
        const start = s.start;
        if (s.isSymbol(DOT))
            s.next();
        this.expectIdent("a name");
        while (s.isSymbol(DOT)) {
            s.next();
            this.expectIdent("a name");
        }
        const raw = s.text.slice(start, s.previousEnd);
        // Whitespace inside a dotted name is legal but rare; normalize only when present.
        return /\s|\/[/*]/.test(raw) ? raw.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|\s+/g, "") : raw;
    }
    parseStringValue() {
        const s = this.s;
        if (s.kind !== TOKEN_STRING)
            this.unexpected("a string");
        let value = decodeString(s.value());
        s.next();
        while (s.kind === TOKEN_STRING) {
            value += decodeString(s.value());
            s.next();
        }
        return value;
    }
    expectIdent(what) {
        const s = this.s;
        if (s.kind !== TOKEN_IDENT)
            this.unexpected(what);
        const value = s.value();
        s.next();
        return value;
    }
    expectSymbol(ch, what) {
        if (!this.s.isSymbol(ch))
            this.unexpected(what);
        this.s.next();
    }
    expectFieldNumber() {
        return this.expectInteger("a field number");
    }
    parseSignedInteger() {
        const s = this.s;
        if (s.isSymbol(MINUS)) {
            s.next();
            return -this.expectInteger("a number");
        }
        return this.expectInteger("a number");
    }
    expectInteger(what) {
        const s = this.s;
        if (s.kind !== TOKEN_INT)
            this.unexpected(what);
        const raw = s.value();
        s.next();
        const value = raw.length > 1 && raw[0] === "0" && (raw[1] === "x" || raw[1] === "X")
            ? Number.parseInt(raw.slice(2), 16)
            : raw.length > 1 && raw[0] === "0"
                ? Number.parseInt(raw, 8)
                : Number(raw);
        if (!Number.isFinite(value))
            this.failAt(`Invalid number '${raw}'.`, s.previousEnd - raw.length, s.previousEnd);
        return value;
    }
    unexpected(expected) {
        const s = this.s;
        const found = s.kind === TOKEN_EOF
            ? "end of file"
            : s.kind === TOKEN_INVALID
                ? `unexpected character ${describeChar(s.text.codePointAt(s.start))}`
                : `'${truncate(s.value())}'`;
        return this.failAt(`Expected ${expected} but found ${found}.`, s.start, Math.max(s.end, s.start));
    }
    failAt(message, start, end) {
        // A Failure is the parser's own control flow, caught by its recovery loop; it never leaves the
        // parser, so it carries no stack.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw new Failure({ message, start, end });
    }
}
function truncate(text) {
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
function describeChar(code) {
    return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
