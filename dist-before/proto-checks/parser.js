import { MAX_ENUM_NUMBER, MAX_FIELD_NUMBER } from "./ast.js";
import { COMMA, DOT, EQUALS, LANGLE, LBRACE, LBRACKET, LPAREN, MAX_ERRORS, ParserBase, RANGLE, RPAREN, SEMI } from "./parser-base.js";
import { decodeString, TOKEN_EOF, TOKEN_IDENT, TOKEN_STRING } from "./scanner.js";
/**
 * Parses one .proto file. Never throws: syntax errors are collected (with offsets) and the
 * parser resynchronizes at the next `;` or brace, so one typo does not hide the rest of the file.
 */
export function parseProto(text) {
    return new Parser(text).parseFile();
}
class Parser extends ParserBase {
    pkg = "";
    parseFile() {
        const s = this.s;
        const file = {
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
            }
            catch (caught) {
                this.depth = 0;
                this.fail(caught);
            }
        }
        while (s.kind !== TOKEN_EOF)
            s.next(); // record every line start, even after giving up
        for (const error of s.errors)
            this.errors.push(error);
        this.errors.sort((a, b) => a.start - b.start);
        for (const node of file.body)
            node.parent = file;
        return { file, errors: this.errors.slice(0, MAX_ERRORS) };
    }
    parseTopLevel(file) {
        const s = this.s;
        const start = s.start;
        if (s.kind !== TOKEN_IDENT)
            this.unexpected("a declaration (message, enum, service, ...)");
        if (this.atVisibilityModifier())
            s.next(); // edition 2024 `export`/`local`: no effect on numbering
        const word = s.value();
        switch (word) {
            case "syntax":
            case "edition": {
                s.next();
                this.expectSymbol(EQUALS, "'='");
                const value = this.parseStringValue();
                this.expectSymbol(SEMI, "';'");
                if (word === "syntax")
                    file.syntax = value;
                else
                    file.edition = value;
                return;
            }
            case "package":
                s.next();
                this.pkg = file.package = this.parseFullName();
                this.expectSymbol(SEMI, "';'");
                return;
            case "import": {
                s.next();
                let modifier;
                if (s.isWord("public") || s.isWord("weak") || (s.isWord("option") && this.nextIsString())) {
                    modifier = s.value();
                    s.next();
                }
                const path = this.parseStringValue();
                this.expectSymbol(SEMI, "';'");
                const node = { type: "Import", path, modifier, start, end: s.previousEnd };
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
    parseMessage(scope, isGroup) {
        const s = this.s;
        const start = s.start;
        s.next(); // `message`
        const nameSpan = this.span();
        const name = this.expectIdent("a message name");
        const message = this.newMessage(name, scope, nameSpan, start, isGroup);
        this.parseMessageBody(message);
        return message;
    }
    newMessage(name, scope, nameSpan, start, isGroup) {
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
    parseMessageBody(message) {
        const s = this.s;
        this.parseBlock(message, () => {
            if (s.kind !== TOKEN_IDENT && !s.isSymbol(DOT))
                this.unexpected("a field or declaration");
            const member = this.parseMessageMember(message);
            if (member) {
                member.parent = message;
                message.body.push(member);
            }
        });
    }
    parseMessageMember(message) {
        const s = this.s;
        const scope = message.fullName;
        if (this.atVisibilityModifier())
            s.next();
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
                    if (!this.keywordStartsField())
                        return this.parseMessage(scope, false);
                    break;
                case "enum":
                    if (!this.keywordStartsField())
                        return this.parseEnum(scope);
                    break;
                case "extend":
                    if (!this.keywordStartsField())
                        return this.parseExtend(scope);
                    break;
                case "oneof":
                    if (!this.keywordStartsField())
                        return this.parseOneof(scope);
                    break;
            }
        }
        return this.parseField(scope, undefined, true);
    }
    /** Edition 2024's `export`/`local` before `message` or `enum` (and not a field of a type so named). */
    atVisibilityModifier() {
        const s = this.s;
        if (!s.isWord("export") && !s.isWord("local"))
            return false;
        const saved = s.save();
        s.next();
        const result = s.isWord("message") || s.isWord("enum");
        s.restore(saved);
        return result;
    }
    nextIsString() {
        const s = this.s;
        const saved = s.save();
        s.next();
        const result = s.kind === TOKEN_STRING;
        s.restore(saved);
        return result;
    }
    /** `message message = 1;` declares a field of type `message`: keyword, name, then `=`. */
    keywordStartsField() {
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
    parseOneof(scope) {
        const s = this.s;
        const start = s.start;
        s.next(); // `oneof`
        const nameSpan = this.span();
        const name = this.expectIdent("a oneof name");
        const oneof = { type: "Oneof", name, nameSpan, fields: [], options: [], start, end: start };
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
    parseField(scope, oneof, allowLabel) {
        const s = this.s;
        const start = s.start;
        let label;
        if (allowLabel && (s.isWord("optional") || s.isWord("repeated") || s.isWord("required"))) {
            label = s.value();
            s.next();
        }
        if (s.isWord("group"))
            return this.parseGroup(scope, oneof, label, start);
        let kind = "field";
        let fieldType;
        let keyType;
        let valueType;
        if (s.isWord("map") && this.nextIsSymbol(LANGLE)) {
            kind = "map";
            s.next();
            s.next(); // `<`
            keyType = this.parseFullName();
            this.expectSymbol(COMMA, "','");
            valueType = this.parseFullName();
            this.expectSymbol(RANGLE, "'>'");
            fieldType = `map<${keyType}, ${valueType}>`;
        }
        else {
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
    parseGroup(scope, oneof, label, start) {
        const s = this.s;
        s.next(); // `group`
        const nameSpan = this.span();
        const groupName = this.expectIdent("a group name");
        this.expectSymbol(EQUALS, "'='");
        const numberSpan = this.span();
        const number = this.expectFieldNumber();
        const options = s.isSymbol(LBRACKET) ? this.parseBracketOptions() : undefined;
        const group = this.newMessage(groupName, scope, nameSpan, start, true);
        const field = {
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
    parseReserved(inEnum = false) {
        const s = this.s;
        const start = s.start;
        s.next(); // `reserved`
        const ranges = [];
        const names = [];
        do {
            if (ranges.length + names.length > 0)
                s.next(); // `,`
            if (s.kind === TOKEN_STRING || s.kind === TOKEN_IDENT) {
                // Strings before editions, bare identifiers since edition 2023.
                const nameStart = s.start;
                const name = s.kind === TOKEN_STRING ? decodeString(s.value()) : s.value();
                s.next();
                names.push({ name, start: nameStart, end: s.previousEnd });
            }
            else {
                ranges.push(this.parseRange(inEnum));
            }
        } while (s.isSymbol(COMMA));
        this.expectSymbol(SEMI, "';'");
        return { type: "Reserved", ranges, names, start, end: s.previousEnd };
    }
    parseExtensions() {
        const s = this.s;
        const start = s.start;
        s.next(); // `extensions`
        const ranges = [this.parseRange()];
        while (s.isSymbol(COMMA)) {
            s.next();
            ranges.push(this.parseRange());
        }
        if (s.isSymbol(LBRACKET))
            this.parseBracketOptions();
        this.expectSymbol(SEMI, "';'");
        return { type: "Extensions", ranges, start, end: s.previousEnd };
    }
    /** `5`, `9 to 11`, `100 to max`; enum ranges may be negative, and their `max` is 2^31 - 1. */
    parseRange(inEnum = false) {
        const s = this.s;
        const start = s.start;
        const from = inEnum ? this.parseSignedInteger() : this.expectInteger("a field number");
        let to = from;
        if (s.isWord("to")) {
            s.next();
            if (s.isWord("max")) {
                s.next();
                to = inEnum ? MAX_ENUM_NUMBER : MAX_FIELD_NUMBER;
            }
            else {
                to = inEnum ? this.parseSignedInteger() : this.expectInteger("a number or 'max'");
            }
        }
        return { from, to, start, end: s.previousEnd };
    }
    parseExtend(scope) {
        const s = this.s;
        const start = s.start;
        s.next(); // `extend`
        const extendee = this.parseFullName();
        const extend = { type: "Extend", extendee, fields: [], start, end: start };
        this.parseBlock(extend, () => {
            const field = this.parseField(scope, undefined, true);
            field.parent = extend;
            extend.fields.push(field);
        });
        return extend;
    }
    // ---- enums and services ---------------------------------------------------------------
    parseEnum(scope) {
        const s = this.s;
        const start = s.start;
        s.next(); // `enum`
        const nameSpan = this.span();
        const name = this.expectIdent("an enum name");
        const node = {
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
            if (s.isWord("option"))
                node.options.push(this.parseOptionStatement());
            else if (s.isWord("reserved"))
                node.reserved.push(this.parseReserved(true));
            else
                node.values.push(this.parseEnumValue(node));
        });
        return node;
    }
    parseEnumValue(parent) {
        const s = this.s;
        const start = s.start;
        const name = this.expectIdent("an enum value name");
        this.expectSymbol(EQUALS, "'='");
        const number = this.parseSignedInteger();
        const options = s.isSymbol(LBRACKET) ? this.parseBracketOptions() : undefined;
        this.expectSymbol(SEMI, "';'");
        return { type: "EnumValue", name, number, options, parent, start, end: s.previousEnd };
    }
    parseService() {
        const s = this.s;
        const start = s.start;
        s.next(); // `service`
        const nameSpan = this.span();
        const name = this.expectIdent("a service name");
        const service = {
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
            if (s.isWord("option"))
                service.options.push(this.parseOptionStatement());
            else if (s.isWord("rpc")) {
                const method = this.parseMethod();
                method.parent = service;
                service.methods.push(method);
            }
            else
                this.unexpected("'rpc' or 'option'");
        });
        return service;
    }
    parseMethod() {
        const s = this.s;
        const start = s.start;
        s.next(); // `rpc`
        const nameSpan = this.span();
        const name = this.expectIdent("a method name");
        const [clientStreaming, inputType] = this.parseMethodType();
        if (!s.isWord("returns"))
            this.unexpected("'returns'");
        s.next();
        const [serverStreaming, outputType] = this.parseMethodType();
        const method = {
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
                if (s.isWord("option"))
                    method.options.push(this.parseOptionStatement());
                else
                    this.unexpected("'option' or '}'");
            });
        }
        else {
            this.expectSymbol(SEMI, "';' or '{'");
            method.end = s.previousEnd;
        }
        return method;
    }
    parseMethodType() {
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
}
