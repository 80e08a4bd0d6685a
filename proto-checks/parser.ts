import type {
  EnumDecl,
  EnumValue,
  Extend,
  Extensions,
  Field,
  Import,
  Message,
  MessageMember,
  Method,
  NameRef,
  NumberRange,
  OptionAggregate,
  OptionDecl,
  OptionValue,
  ParseResult,
  ProtoFile,
  Reserved,
  Service,
  Span,
  SyntaxError,
  TopLevel,
} from "./ast.js";
import { MAX_ENUM_NUMBER, MAX_FIELD_NUMBER } from "./ast.js";
import {
  decodeString,
  Scanner,
  TOKEN_EOF,
  TOKEN_FLOAT,
  TOKEN_IDENT,
  TOKEN_INT,
  TOKEN_INVALID,
  TOKEN_STRING,
} from "./scanner.js";

const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const LPAREN = 40;
const RPAREN = 41;
const LANGLE = 60;
const RANGLE = 62;
const SEMI = 59;
const EQUALS = 61;
const COMMA = 44;
const DOT = 46;
const COLON = 58;
const MINUS = 45;
const PLUS = 43;
const SLASH = 47;

/** A file with this many syntax errors is not a proto file; further errors add nothing. */
const MAX_ERRORS = 50;
/** Deeper nesting (messages, aggregates) is refused rather than risking the call stack. */
const MAX_DEPTH = 100;

/** Thrown inside a declaration to unwind to the enclosing body, which then resynchronizes. */
class Failure {
  constructor(readonly error: SyntaxError) {}
}

/**
 * Parses one .proto file. Never throws: syntax errors are collected (with offsets) and the
 * parser resynchronizes at the next `;` or brace, so one typo does not hide the rest of the file.
 */
export function parseProto(text: string): ParseResult {
  return new Parser(text).parseFile();
}

class Parser {
  private readonly s: Scanner;
  private readonly errors: SyntaxError[] = [];
  private pkg = "";
  private depth = 0;

  constructor(text: string) {
    this.s = new Scanner(text);
  }

  parseFile(): ParseResult {
    const s = this.s;
    const file: ProtoFile = {
      type: "ProtoFile",
      syntax: undefined,
      edition: undefined,
      package: "",
      imports: [],
      options: [],
      body: [],
      lineStarts: s.lineStarts,
      start: 0,
      end: s.text.length,
    };
    while (s.kind !== TOKEN_EOF && this.errors.length < MAX_ERRORS) {
      if (s.isSymbol(SEMI)) {
        s.next();
        continue;
      }
      try {
        this.parseTopLevel(file);
      } catch (caught) {
        this.depth = 0;
        this.fail(caught);
      }
    }
    while (s.kind !== TOKEN_EOF) s.next(); // record every line start, even after giving up
    for (const error of s.errors) this.errors.push(error);
    this.errors.sort((a, b) => a.start - b.start);
    for (const node of file.body) node.parent = file;
    return { file, errors: this.errors.slice(0, MAX_ERRORS) };
  }

  private parseTopLevel(file: ProtoFile): void {
    const s = this.s;
    const start = s.start;
    if (s.kind !== TOKEN_IDENT) this.unexpected("a declaration (message, enum, service, ...)");
    if (this.atVisibilityModifier()) s.next(); // edition 2024 `export`/`local`: no effect on numbering
    const word = s.value();
    switch (word) {
      case "syntax":
      case "edition": {
        s.next();
        this.expectSymbol(EQUALS, "'='");
        const value = this.parseStringValue();
        this.expectSymbol(SEMI, "';'");
        if (word === "syntax") file.syntax = value;
        else file.edition = value;
        return;
      }
      case "package":
        s.next();
        this.pkg = file.package = this.parseFullName();
        this.expectSymbol(SEMI, "';'");
        return;
      case "import": {
        s.next();
        let modifier: Import["modifier"];
        if (s.isWord("public") || s.isWord("weak") || (s.isWord("option") && this.nextIsString())) {
          modifier = s.value() as Import["modifier"];
          s.next();
        }
        const path = this.parseStringValue();
        this.expectSymbol(SEMI, "';'");
        const node: Import = { type: "Import", path, modifier, start, end: s.previousEnd };
        file.imports.push(node);
        file.body.push(node);
        return;
      }
      case "option":
        file.options.push(this.parseOptionStatement());
        return;
      case "message":
        file.body.push(this.parseMessage(this.pkg, false));
        return;
      case "enum":
        file.body.push(this.parseEnum(this.pkg));
        return;
      case "service":
        file.body.push(this.parseService());
        return;
      case "extend":
        file.body.push(this.parseExtend(this.pkg));
        return;
      default:
        this.unexpected("a declaration (message, enum, service, ...)");
    }
  }

  // ---- messages -------------------------------------------------------------------------

  private parseMessage(scope: string, isGroup: boolean): Message {
    const s = this.s;
    const start = s.start;
    s.next(); // `message`
    const nameSpan = this.span();
    const name = this.expectIdent("a message name");
    const message = this.newMessage(name, scope, nameSpan, start, isGroup);
    this.parseMessageBody(message);
    return message;
  }

  private newMessage(name: string, scope: string, nameSpan: Span, start: number, isGroup: boolean): Message {
    return {
      type: "Message",
      name,
      fullName: scope ? `${scope}.${name}` : name,
      nameSpan,
      body: [],
      options: [],
      isGroup,
      start,
      end: start,
    };
  }

  private parseMessageBody(message: Message): void {
    const s = this.s;
    this.parseBlock(message, () => {
      if (s.kind !== TOKEN_IDENT && !s.isSymbol(DOT)) this.unexpected("a field or declaration");
      const member = this.parseMessageMember(message);
      if (member) {
        member.parent = message;
        message.body.push(member);
      }
    });
  }

  private parseMessageMember(message: Message): MessageMember | undefined {
    const s = this.s;
    const scope = message.fullName;
    if (this.atVisibilityModifier()) s.next();
    if (s.kind === TOKEN_IDENT) {
      switch (s.value()) {
        case "option":
          message.options.push(this.parseOptionStatement());
          return undefined;
        case "reserved":
          return this.parseReserved();
        case "extensions":
          return this.parseExtensions();
        case "message":
          if (!this.keywordStartsField()) return this.parseMessage(scope, false);
          break;
        case "enum":
          if (!this.keywordStartsField()) return this.parseEnum(scope);
          break;
        case "extend":
          if (!this.keywordStartsField()) return this.parseExtend(scope);
          break;
        case "oneof":
          if (!this.keywordStartsField()) return this.parseOneof(scope);
          break;
      }
    }
    return this.parseField(scope, undefined, true);
  }

  /** Edition 2024's `export`/`local` before `message` or `enum` (and not a field of a type so named). */
  private atVisibilityModifier(): boolean {
    const s = this.s;
    if (!s.isWord("export") && !s.isWord("local")) return false;
    const saved = s.save();
    s.next();
    const result = s.isWord("message") || s.isWord("enum");
    s.restore(saved);
    return result;
  }

  private nextIsString(): boolean {
    const s = this.s;
    const saved = s.save();
    s.next();
    const result = s.kind === TOKEN_STRING;
    s.restore(saved);
    return result;
  }

  /** `message message = 1;` declares a field of type `message`: keyword, name, then `=`. */
  private keywordStartsField(): boolean {
    const s = this.s;
    const saved = s.save();
    s.next();
    let isField = false;
    if (s.kind === TOKEN_IDENT) {
      s.next();
      isField = s.isSymbol(EQUALS);
    }
    s.restore(saved);
    return isField;
  }

  private parseOneof(scope: string) {
    const s = this.s;
    const start = s.start;
    s.next(); // `oneof`
    const nameSpan = this.span();
    const name = this.expectIdent("a oneof name");
    const oneof = { type: "Oneof" as const, name, nameSpan, fields: [] as Field[], options: [] as OptionDecl[], start, end: start };
    this.parseBlock(oneof, () => {
      if (s.isWord("option")) {
        oneof.options.push(this.parseOptionStatement());
        return;
      }
      const field = this.parseField(scope, name, false);
      field.parent = oneof;
      oneof.fields.push(field);
    });
    return oneof;
  }

  private parseField(scope: string, oneof: string | undefined, allowLabel: boolean): Field {
    const s = this.s;
    const start = s.start;
    let label: Field["label"];
    if (allowLabel && (s.isWord("optional") || s.isWord("repeated") || s.isWord("required"))) {
      label = s.value() as Field["label"];
      s.next();
    }
    if (s.isWord("group")) return this.parseGroup(scope, oneof, label, start);
    let kind: Field["kind"] = "field";
    let fieldType: string;
    let keyType: string | undefined;
    let valueType: string | undefined;
    if (s.isWord("map") && this.nextIsSymbol(LANGLE)) {
      kind = "map";
      s.next();
      s.next(); // `<`
      keyType = this.parseFullName();
      this.expectSymbol(COMMA, "','");
      valueType = this.parseFullName();
      this.expectSymbol(RANGLE, "'>'");
      fieldType = `map<${keyType}, ${valueType}>`;
    } else {
      fieldType = this.parseFullName();
    }
    const nameSpan = this.span();
    const name = this.expectIdent("a field name");
    this.expectSymbol(EQUALS, "'='");
    const numberSpan = this.span();
    const number = this.expectFieldNumber();
    const options = s.isSymbol(LBRACKET) ? this.parseBracketOptions() : undefined;
    this.expectSymbol(SEMI, "';'");
    return {
      type: "Field",
      kind,
      label,
      fieldType,
      keyType,
      valueType,
      name,
      nameSpan,
      number,
      numberSpan,
      options,
      oneof,
      group: undefined,
      start,
      end: s.previousEnd,
    };
  }

  private parseGroup(scope: string, oneof: string | undefined, label: Field["label"], start: number): Field {
    const s = this.s;
    s.next(); // `group`
    const nameSpan = this.span();
    const groupName = this.expectIdent("a group name");
    this.expectSymbol(EQUALS, "'='");
    const numberSpan = this.span();
    const number = this.expectFieldNumber();
    const options = s.isSymbol(LBRACKET) ? this.parseBracketOptions() : undefined;
    const group = this.newMessage(groupName, scope, nameSpan, start, true);
    const field: Field = {
      type: "Field",
      kind: "group",
      label,
      fieldType: groupName,
      name: groupName.toLowerCase(),
      nameSpan,
      number,
      numberSpan,
      options,
      oneof,
      group,
      start,
      end: start,
    };
    group.parent = field;
    this.parseMessageBody(group);
    field.end = group.end;
    return field;
  }

  private parseReserved(inEnum = false): Reserved {
    const s = this.s;
    const start = s.start;
    s.next(); // `reserved`
    const ranges: NumberRange[] = [];
    const names: NameRef[] = [];
    do {
      if (ranges.length + names.length > 0) s.next(); // `,`
      if (s.kind === TOKEN_STRING || s.kind === TOKEN_IDENT) {
        // Strings before editions, bare identifiers since edition 2023.
        const nameStart = s.start;
        const name = s.kind === TOKEN_STRING ? decodeString(s.value()) : s.value();
        s.next();
        names.push({ name, start: nameStart, end: s.previousEnd });
      } else {
        ranges.push(this.parseRange(inEnum));
      }
    } while (s.isSymbol(COMMA));
    this.expectSymbol(SEMI, "';'");
    return { type: "Reserved", ranges, names, start, end: s.previousEnd };
  }

  private parseExtensions(): Extensions {
    const s = this.s;
    const start = s.start;
    s.next(); // `extensions`
    const ranges = [this.parseRange()];
    while (s.isSymbol(COMMA)) {
      s.next();
      ranges.push(this.parseRange());
    }
    if (s.isSymbol(LBRACKET)) this.parseBracketOptions();
    this.expectSymbol(SEMI, "';'");
    return { type: "Extensions", ranges, start, end: s.previousEnd };
  }

  /** `5`, `9 to 11`, `100 to max`; enum ranges may be negative, and their `max` is 2^31 - 1. */
  private parseRange(inEnum = false): NumberRange {
    const s = this.s;
    const start = s.start;
    const from = inEnum ? this.parseSignedInteger() : this.expectInteger("a field number");
    let to = from;
    if (s.isWord("to")) {
      s.next();
      if (s.isWord("max")) {
        s.next();
        to = inEnum ? MAX_ENUM_NUMBER : MAX_FIELD_NUMBER;
      } else {
        to = inEnum ? this.parseSignedInteger() : this.expectInteger("a number or 'max'");
      }
    }
    return { from, to, start, end: s.previousEnd };
  }

  private parseExtend(scope: string): Extend {
    const s = this.s;
    const start = s.start;
    s.next(); // `extend`
    const extendee = this.parseFullName();
    const extend: Extend = { type: "Extend", extendee, fields: [], start, end: start };
    this.parseBlock(extend, () => {
      const field = this.parseField(scope, undefined, true);
      field.parent = extend;
      extend.fields.push(field);
    });
    return extend;
  }

  // ---- enums and services ---------------------------------------------------------------

  private parseEnum(scope: string): EnumDecl {
    const s = this.s;
    const start = s.start;
    s.next(); // `enum`
    const nameSpan = this.span();
    const name = this.expectIdent("an enum name");
    const node: EnumDecl = {
      type: "Enum",
      name,
      fullName: scope ? `${scope}.${name}` : name,
      nameSpan,
      values: [],
      reserved: [],
      options: [],
      start,
      end: start,
    };
    this.parseBlock(node, () => {
      if (s.isWord("option")) node.options.push(this.parseOptionStatement());
      else if (s.isWord("reserved")) node.reserved.push(this.parseReserved(true));
      else node.values.push(this.parseEnumValue(node));
    });
    return node;
  }

  private parseEnumValue(parent: EnumDecl): EnumValue {
    const s = this.s;
    const start = s.start;
    const name = this.expectIdent("an enum value name");
    this.expectSymbol(EQUALS, "'='");
    const number = this.parseSignedInteger();
    const options = s.isSymbol(LBRACKET) ? this.parseBracketOptions() : undefined;
    this.expectSymbol(SEMI, "';'");
    return { type: "EnumValue", name, number, options, parent, start, end: s.previousEnd };
  }

  private parseService(): Service {
    const s = this.s;
    const start = s.start;
    s.next(); // `service`
    const nameSpan = this.span();
    const name = this.expectIdent("a service name");
    const service: Service = {
      type: "Service",
      name,
      fullName: this.pkg ? `${this.pkg}.${name}` : name,
      nameSpan,
      methods: [],
      options: [],
      start,
      end: start,
    };
    this.parseBlock(service, () => {
      if (s.isWord("option")) service.options.push(this.parseOptionStatement());
      else if (s.isWord("rpc")) {
        const method = this.parseMethod();
        method.parent = service;
        service.methods.push(method);
      } else this.unexpected("'rpc' or 'option'");
    });
    return service;
  }

  private parseMethod(): Method {
    const s = this.s;
    const start = s.start;
    s.next(); // `rpc`
    const nameSpan = this.span();
    const name = this.expectIdent("a method name");
    const [clientStreaming, inputType] = this.parseMethodType();
    if (!s.isWord("returns")) this.unexpected("'returns'");
    s.next();
    const [serverStreaming, outputType] = this.parseMethodType();
    const method: Method = {
      type: "Method",
      name,
      nameSpan,
      inputType,
      outputType,
      clientStreaming,
      serverStreaming,
      options: [],
      start,
      end: start,
    };
    if (s.isSymbol(LBRACE)) {
      this.parseBlock(method, () => {
        if (s.isWord("option")) method.options.push(this.parseOptionStatement());
        else this.unexpected("'option' or '}'");
      });
    } else {
      this.expectSymbol(SEMI, "';' or '{'");
      method.end = s.previousEnd;
    }
    return method;
  }

  private parseMethodType(): [streaming: boolean, type: string] {
    const s = this.s;
    this.expectSymbol(LPAREN, "'('");
    let streaming = false;
    if (s.isWord("stream") && !this.nextIsSymbol(RPAREN)) {
      streaming = true;
      s.next();
    }
    const type = this.parseFullName();
    this.expectSymbol(RPAREN, "')'");
    return [streaming, type];
  }

  // ---- options --------------------------------------------------------------------------

  private parseOptionStatement(): OptionDecl {
    const s = this.s;
    const start = s.start;
    s.next(); // `option`
    const option = this.parseOptionAssignment(start);
    this.expectSymbol(SEMI, "';'");
    option.end = s.previousEnd;
    return option;
  }

  private parseBracketOptions(): OptionDecl[] {
    const s = this.s;
    s.next(); // `[`
    const options: OptionDecl[] = [];
    do {
      if (options.length > 0) s.next(); // `,`
      options.push(this.parseOptionAssignment(s.start));
    } while (s.isSymbol(COMMA));
    this.expectSymbol(RBRACKET, "']'");
    return options;
  }

  private parseOptionAssignment(start: number): OptionDecl {
    const name = this.parseOptionName();
    this.expectSymbol(EQUALS, "'='");
    const isIdentifier = this.s.kind === TOKEN_IDENT;
    const value = this.parseOptionValue();
    return { name, value, isIdentifier, start, end: this.s.previousEnd };
  }

  private parseOptionName(): string {
    const s = this.s;
    let name = "";
    for (;;) {
      if (s.isSymbol(LPAREN)) {
        s.next();
        name += `(${this.parseFullName()})`;
        this.expectSymbol(RPAREN, "')'");
      } else {
        name += this.expectIdent("an option name");
      }
      if (!s.isSymbol(DOT)) return name;
      s.next();
      name += ".";
    }
  }

  private parseOptionValue(): OptionValue {
    const s = this.s;
    if (s.isSymbol(LBRACE) || s.isSymbol(LANGLE)) return this.parseAggregate();
    if (s.isSymbol(LBRACKET)) return this.parseList();
    if (s.isSymbol(MINUS) || s.isSymbol(PLUS)) {
      const negative = s.isSymbol(MINUS);
      s.next();
      const magnitude = this.parseNumberLike();
      return negative ? -magnitude : magnitude;
    }
    if (s.kind === TOKEN_INT || s.kind === TOKEN_FLOAT) return this.parseNumberLike();
    if (s.kind === TOKEN_STRING) return this.parseStringValue();
    if (s.kind === TOKEN_IDENT) {
      const word = this.parseFullName();
      if (word === "true") return true;
      if (word === "false") return false;
      return word;
    }
    return this.unexpected("an option value");
  }

  private parseNumberLike(): number {
    const s = this.s;
    if (s.kind === TOKEN_INT) return this.expectInteger("a number");
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
  private parseAggregate(): OptionAggregate {
    const s = this.s;
    const close = s.isSymbol(LBRACE) ? RBRACE : RANGLE;
    this.enter(s.start);
    s.next();
    const pairs: OptionAggregate = [];
    while (!s.isSymbol(close)) {
      if (s.kind === TOKEN_EOF) this.unexpected(close === RBRACE ? "'}'" : "'>'");
      let key: string;
      if (s.isSymbol(LBRACKET)) {
        // Extension or Any type URL: `[foo.bar]`, `[type.googleapis.com/pkg.Msg]`.
        s.next();
        key = "[";
        while (!s.isSymbol(RBRACKET)) {
          if (s.kind !== TOKEN_IDENT && !s.isSymbol(DOT) && !s.isSymbol(SLASH)) this.unexpected("']'");
          key += s.value();
          s.next();
        }
        s.next();
        key += "]";
      } else {
        key = this.expectIdent("a field name");
      }
      if (s.isSymbol(COLON)) s.next();
      pairs.push([key, this.parseOptionValue()]);
      if (s.isSymbol(COMMA) || s.isSymbol(SEMI)) s.next();
    }
    s.next();
    this.depth--;
    return pairs;
  }

  private parseList(): OptionValue[] {
    const s = this.s;
    s.next(); // `[`
    const values: OptionValue[] = [];
    while (!s.isSymbol(RBRACKET)) {
      values.push(this.parseOptionValue());
      if (s.isSymbol(COMMA)) s.next();
      else if (!s.isSymbol(RBRACKET)) this.unexpected("',' or ']'");
    }
    s.next();
    return values;
  }

  // ---- building blocks ------------------------------------------------------------------

  /**
   * `{ member* }`: runs `member` until the closing brace, recovering from a failed member at
   * the next `;` or brace. A missing `}` at end of file is one error at the opening brace.
   */
  private parseBlock(node: Span, member: () => void): void {
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
      if (this.errors.length >= MAX_ERRORS) break;
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
      } catch (caught) {
        this.depth = level; // a failure may unwind through nested aggregates
        this.fail(caught);
      }
    }
    node.end = s.previousEnd;
    this.depth--;
  }

  private enter(at: number): void {
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      this.failAt(`Nesting deeper than ${MAX_DEPTH} levels.`, at, at + 1);
    }
  }

  private fail(caught: unknown): void {
    if (!(caught instanceof Failure)) throw caught;
    this.errors.push(caught.error);
    this.recover();
  }

  /** Skips to just after the next `;`, past the next balanced `{...}`, or to (not past) a `}`. */
  private recover(): void {
    const s = this.s;
    const from = s.start;
    for (;;) {
      if (s.kind === TOKEN_EOF) return;
      if (s.isSymbol(SEMI)) {
        s.next();
        return;
      }
      if (s.isSymbol(RBRACE)) {
        // A stray `}` at top level is skipped; inside a block it closes the block.
        if (s.start === from && this.depth === 0) s.next();
        return;
      }
      if (s.isSymbol(LBRACE)) {
        this.skipBalanced();
        return;
      }
      s.next();
    }
  }

  private skipBalanced(): void {
    const s = this.s;
    let depth = 0;
    do {
      if (s.isSymbol(LBRACE)) depth++;
      else if (s.isSymbol(RBRACE)) depth--;
      s.next();
    } while (depth > 0 && s.kind !== TOKEN_EOF);
  }

  private span(): Span {
    return { start: this.s.start, end: this.s.end };
  }

  private nextIsSymbol(ch: number): boolean {
    const s = this.s;
    const saved = s.save();
    s.next();
    const result = s.isSymbol(ch);
    s.restore(saved);
    return result;
  }

  private parseFullName(): string {
    const s = this.s;
    const start = s.start;
    if (s.isSymbol(DOT)) s.next();
    this.expectIdent("a name");
    while (s.isSymbol(DOT)) {
      s.next();
      this.expectIdent("a name");
    }
    const raw = s.text.slice(start, s.previousEnd);
    // Whitespace inside a dotted name is legal but rare; normalize only when present.
    return /\s|\/[/*]/.test(raw) ? raw.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|\s+/g, "") : raw;
  }

  private parseStringValue(): string {
    const s = this.s;
    if (s.kind !== TOKEN_STRING) this.unexpected("a string");
    let value = decodeString(s.value());
    s.next();
    while (s.kind === TOKEN_STRING) {
      value += decodeString(s.value());
      s.next();
    }
    return value;
  }

  private expectIdent(what: string): string {
    const s = this.s;
    if (s.kind !== TOKEN_IDENT) this.unexpected(what);
    const value = s.value();
    s.next();
    return value;
  }

  private expectSymbol(ch: number, what: string): void {
    if (!this.s.isSymbol(ch)) this.unexpected(what);
    this.s.next();
  }

  private expectFieldNumber(): number {
    return this.expectInteger("a field number");
  }

  private parseSignedInteger(): number {
    const s = this.s;
    if (s.isSymbol(MINUS)) {
      s.next();
      return -this.expectInteger("a number");
    }
    return this.expectInteger("a number");
  }

  private expectInteger(what: string): number {
    const s = this.s;
    if (s.kind !== TOKEN_INT) this.unexpected(what);
    const raw = s.value();
    s.next();
    const value =
      raw.length > 1 && raw[0] === "0" && (raw[1] === "x" || raw[1] === "X")
        ? Number.parseInt(raw.slice(2), 16)
        : raw.length > 1 && raw[0] === "0"
          ? Number.parseInt(raw, 8)
          : Number(raw);
    if (!Number.isFinite(value)) this.failAt(`Invalid number '${raw}'.`, s.previousEnd - raw.length, s.previousEnd);
    return value;
  }

  private unexpected(expected: string): never {
    const s = this.s;
    const found =
      s.kind === TOKEN_EOF
        ? "end of file"
        : s.kind === TOKEN_INVALID
          ? `unexpected character ${describeChar(s.text.codePointAt(s.start)!)}`
          : `'${truncate(s.value())}'`;
    return this.failAt(`Expected ${expected} but found ${found}.`, s.start, Math.max(s.end, s.start));
  }

  private failAt(message: string, start: number, end: number): never {
    throw new Failure({ message, start, end });
  }
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function describeChar(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

