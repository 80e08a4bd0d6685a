/**
 * A pull tokenizer for .proto source. It keeps one current token as plain numeric fields
 * (kind, start, end) instead of allocating token objects: googleapis is 67 MB of protos, and
 * the parser only ever needs one token of lookahead. Comments and whitespace are skipped;
 * line starts are recorded on the way so locations can be computed later without re-scanning.
 */
export const TOKEN_EOF = 0;
export const TOKEN_IDENT = 1;
export const TOKEN_INT = 2;
export const TOKEN_FLOAT = 3;
export const TOKEN_STRING = 4;
export const TOKEN_SYMBOL = 5;
/** A character no proto token starts with (binary junk, stray backslash...). */
export const TOKEN_INVALID = 6;
const MAX_SCAN_ERRORS = 50;
const CH_TAB = 9;
const CH_LF = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_DQUOTE = 34;
const CH_SQUOTE = 39;
const CH_STAR = 42;
const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_SLASH = 47;
const CH_0 = 48;
const CH_9 = 57;
const CH_BACKSLASH = 92;
const CH_UNDERSCORE = 95;
const CH_BOM = 0xfeff;
// Character classes for the ASCII range, one lookup instead of several comparisons per char.
const IDENT_START = 1;
const IDENT_PART = 2;
const SYMBOL = 4;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === CH_UNDERSCORE;
    if (letter)
        CLASS[c] = IDENT_START | IDENT_PART;
    else if (c >= CH_0 && c <= CH_9)
        CLASS[c] = IDENT_PART;
}
for (const symbol of "=;{}[]()<>,.:-+/!?*&|^%~@$#`")
    CLASS[symbol.charCodeAt(0)] = SYMBOL;
export class Scanner {
    text;
    /** Offset of the first character of each line; index 0 is line 1. */
    lineStarts = [0];
    errors = [];
    kind = TOKEN_EOF;
    start = 0;
    end = 0;
    /** Offset just after the previous token: where a missing token "should" have been. */
    previousEnd = 0;
    pos = 0;
    constructor(text) {
        this.text = text;
        this.next();
    }
    /** Snapshot for a short lookahead; `restore` rewinds to it. */
    save() {
        return [this.pos, this.kind, this.start, this.end, this.previousEnd, this.lineStarts.length, this.errors.length];
    }
    restore(state) {
        [this.pos, this.kind, this.start, this.end, this.previousEnd] = state;
        this.lineStarts.length = state[5];
        this.errors.length = state[6];
    }
    /** Text of the current token. */
    value() {
        return this.text.slice(this.start, this.end);
    }
    /** True when the current token is the one-character symbol `ch`. */
    isSymbol(ch) {
        return this.kind === TOKEN_SYMBOL && this.text.charCodeAt(this.start) === ch;
    }
    /** True when the current token is the identifier `word` (compared without slicing). */
    isWord(word) {
        return this.kind === TOKEN_IDENT && this.end - this.start === word.length && this.text.startsWith(word, this.start);
    }
    next() {
        this.previousEnd = this.end;
        const text = this.text;
        const length = text.length;
        let pos = this.pos;
        for (;;) {
            if (pos >= length) {
                this.kind = TOKEN_EOF;
                this.start = this.end = this.pos = length;
                return;
            }
            const ch = text.charCodeAt(pos);
            if (ch === CH_LF) {
                pos++;
                this.lineStarts.push(pos);
            }
            else if (ch === CH_SPACE || ch === CH_TAB || ch === CH_CR || ch === 11 || ch === 12 || ch === CH_BOM) {
                pos++;
            }
            else if (ch === CH_SLASH && text.charCodeAt(pos + 1) === CH_SLASH) {
                const newline = text.indexOf("\n", pos + 2);
                pos = newline === -1 ? length : newline;
            }
            else if (ch === CH_SLASH && text.charCodeAt(pos + 1) === CH_STAR) {
                const close = text.indexOf("*/", pos + 2);
                const stop = close === -1 ? length : close + 2;
                this.recordLines(pos + 2, stop);
                if (close === -1)
                    this.addError("Unterminated block comment.", pos, length);
                pos = stop;
            }
            else {
                this.start = pos;
                this.scanToken(ch, pos);
                return;
            }
        }
    }
    recordLines(from, to) {
        let newline = this.text.indexOf("\n", from);
        while (newline !== -1 && newline < to) {
            this.lineStarts.push(newline + 1);
            newline = this.text.indexOf("\n", newline + 1);
        }
    }
    scanToken(ch, start) {
        const text = this.text;
        let pos = start + 1;
        const cls = ch < 128 ? CLASS[ch] : 0;
        if (cls & IDENT_START) {
            while (pos < text.length) {
                const c = text.charCodeAt(pos);
                if (c >= 128 || !(CLASS[c] & IDENT_PART))
                    break;
                pos++;
            }
            this.kind = TOKEN_IDENT;
        }
        else if ((ch >= CH_0 && ch <= CH_9) || (ch === CH_DOT && isDigit(text.charCodeAt(pos)))) {
            let isFloat = ch === CH_DOT;
            const hex = ch === CH_0 && (text.charCodeAt(pos) | 0x20) === 120;
            while (pos < text.length) {
                const c = text.charCodeAt(pos);
                if (c === CH_DOT)
                    isFloat = true;
                else if (!hex && (c | 0x20) === 101) {
                    isFloat = true;
                    const sign = text.charCodeAt(pos + 1);
                    if (sign === CH_PLUS || sign === CH_MINUS)
                        pos++;
                }
                else if (c >= 128 || !(CLASS[c] & IDENT_PART))
                    break;
                pos++;
            }
            this.kind = isFloat ? TOKEN_FLOAT : TOKEN_INT;
        }
        else if (ch === CH_DQUOTE || ch === CH_SQUOTE) {
            pos = this.scanString(ch, start);
            this.kind = TOKEN_STRING;
        }
        else if (cls & SYMBOL) {
            this.kind = TOKEN_SYMBOL;
        }
        else {
            this.kind = TOKEN_INVALID;
        }
        this.end = this.pos = pos;
    }
    scanString(quote, start) {
        const text = this.text;
        let pos = start + 1;
        while (pos < text.length) {
            const c = text.charCodeAt(pos);
            if (c === quote)
                return pos + 1;
            if (c === CH_LF)
                break;
            pos += c === CH_BACKSLASH && text.charCodeAt(pos + 1) !== CH_LF ? 2 : 1;
        }
        const end = Math.min(pos, text.length);
        this.addError("Unterminated string literal.", start, end);
        return end;
    }
    addError(message, start, end) {
        // Binary junk can hold a quote every few bytes; a handful of errors says all there is to say.
        if (this.errors.length < MAX_SCAN_ERRORS)
            this.errors.push({ message, start, end });
    }
}
function isDigit(ch) {
    return ch >= CH_0 && ch <= CH_9;
}
const SIMPLE_ESCAPES = {
    n: "\n", r: "\r", t: "\t", v: "\v", f: "\f", b: "\b", a: "\x07", "\\": "\\", "'": "'", '"': '"', "?": "?",
};
/** The value of a string token (quotes removed, C-style escapes decoded). */
export function decodeString(raw) {
    const quote = raw[0];
    const body = raw.endsWith(quote) && raw.length > 1 ? raw.slice(1, -1) : raw.slice(1);
    if (!body.includes("\\"))
        return body;
    return body.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (_, escape) => {
        const head = escape[0];
        if ((head === "x" || head === "u" || head === "U") && escape.length > 1) {
            // `\U` takes 8 hex digits, more than Unicode has: out of range decodes as U+FFFD instead of throwing.
            const codePoint = parseInt(escape.slice(1), 16);
            return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\ufffd";
        }
        if (head >= "0" && head <= "7")
            return String.fromCharCode(parseInt(escape, 8));
        return SIMPLE_ESCAPES[head] ?? head;
    });
}
/** 1-based line and column of an offset, by binary search over the recorded line starts. */
export function positionAt(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
}
