import { ASTUtils } from "@typescript-eslint/utils";
import { unwrap } from "../core/syntax/index.js";
import { parseJson, LineIndex } from "../core/service-config/index.js";
/** The channel option that carries a service config as a JSON string. */
export const SERVICE_CONFIG_OPTION = "grpc.service_config";
const MAX_CONST_HOPS = 8;
export function isServiceConfigKey(node) {
    if (node.type === "Literal")
        return node.value === SERVICE_CONFIG_OPTION;
    if (node.type === "TemplateLiteral")
        return node.expressions.length === 0 && node.quasis[0]?.value.cooked === SERVICE_CONFIG_OPTION;
    return false;
}
/** The initializer of a `const` the identifier refers to, or undefined. */
function constInitializer(identifier, sourceCode) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier.name);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== "Variable")
        return undefined;
    const declarator = definition.node;
    if (declarator.parent.kind !== "const" || declarator.id.type !== "Identifier" || !declarator.init)
        return undefined;
    return declarator.init;
}
/** Reads the config given as the option's value; undefined when it is built at run time (skipped, not guessed). */
export function extractInlineConfig(value, sourceCode) {
    let node = unwrap(value);
    for (let hops = 0; node.type === "Identifier" && hops < MAX_CONST_HOPS; hops++) {
        const init = constInitializer(node, sourceCode);
        if (!init)
            return undefined;
        node = unwrap(init);
    }
    if (node.type === "Literal" && typeof node.value === "string")
        return fromStringLiteral(node, node.value, sourceCode, false);
    if (node.type === "TemplateLiteral" && node.expressions.length === 0) {
        const cooked = node.quasis[0]?.value.cooked;
        return typeof cooked === "string" ? fromStringLiteral(node, cooked, sourceCode, true) : undefined;
    }
    if (node.type === "CallExpression" &&
        node.callee.type === "MemberExpression" &&
        !node.callee.computed &&
        node.callee.object.type === "Identifier" &&
        node.callee.object.name === "JSON" &&
        node.callee.property.type === "Identifier" &&
        node.callee.property.name === "stringify" &&
        node.arguments.length >= 1 &&
        (node.arguments[1] === undefined || (node.arguments[1].type === "Literal" && node.arguments[1].value === null))) {
        const lines = new LineIndex(sourceCode.text);
        const tree = staticValue(node.arguments[0], sourceCode, lines, 0);
        return tree ? { ok: true, tree, text: sourceCode.text, toSourceOffset: (offset) => offset, encode: (inserted) => inserted } : undefined;
    }
    return undefined;
}
function fromStringLiteral(node, cooked, sourceCode, template) {
    const offsets = cookedOffsets(sourceCode.text.slice(node.range[0] + 1, node.range[1] - 1), node.range[0] + 1, template, cooked);
    const toSourceOffset = (offset) => offsets[Math.min(Math.max(offset, 0), offsets.length - 1)];
    const parsed = parseJson(cooked);
    if (!parsed.ok)
        return { ok: false, message: parsed.error.message, sourceOffset: toSourceOffset(parsed.error.offset) };
    // When the scan could not reproduce the value every offset is the literal's start: no edit can be placed.
    const mapped = offsets[0] === node.range[0] + 1;
    const quote = sourceCode.text[node.range[0]];
    return { ok: true, tree: parsed.documents[0].body, text: cooked, toSourceOffset, ...(mapped ? { encode: (inserted) => escapeFor(inserted, quote) } : {}) };
}
/** Writes inserted config text the way the literal it goes into needs it. */
function escapeFor(inserted, quote) {
    const escaped = inserted.replace(/\\/g, "\\\\");
    if (quote === "`")
        return escaped.replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
    return escaped
        .replaceAll(quote, `\\${quote}`)
        .replace(/\n/g, "\\n")
        .replace(/\r/g, "\\r")
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
/**
 * For each index of the string's value (and one past its end), the offset in the file of the source
 * character that produced it. Escapes map to their backslash. If the scan does not reproduce the value,
 * everything maps to the literal's start rather than to a wrong line.
 */
function cookedOffsets(raw, base, template, cooked) {
    const offsets = [];
    let built = "";
    let i = 0;
    while (i < raw.length) {
        const start = base + i;
        const ch = raw[i];
        if (template && ch === "\r" && raw[i + 1] === "\n") {
            built += "\n";
            offsets.push(start);
            i += 2;
            continue;
        }
        if (ch !== "\\") {
            built += ch;
            offsets.push(start);
            i++;
            continue;
        }
        const next = raw[i + 1] ?? "";
        let length = 2;
        let produced;
        if (next === "\r" || next === "\n" || next === "\u2028" || next === "\u2029") {
            produced = "";
            if (next === "\r" && raw[i + 2] === "\n")
                length = 3;
        }
        else if (next === "x") {
            produced = String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16));
            length = 4;
        }
        else if (next === "u" && raw[i + 2] === "{") {
            const close = raw.indexOf("}", i + 3);
            produced = String.fromCodePoint(parseInt(raw.slice(i + 3, close), 16));
            length = close - i + 1;
        }
        else if (next === "u") {
            produced = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
            length = 6;
        }
        else {
            const simple = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };
            produced = simple[next] ?? next;
        }
        for (let k = 0; k < produced.length; k++)
            offsets.push(start);
        built += produced;
        i += length;
    }
    offsets.push(base + raw.length);
    if (built !== cooked)
        return new Array(cooked.length + 1).fill(base - 1);
    return offsets;
}
/** The JSON value an expression stands for when it is written out in the source; undefined otherwise. */
function staticValue(expression, sourceCode, lines, depth) {
    if (depth > 64)
        return undefined;
    let node = unwrap(expression);
    for (let hops = 0; node.type === "Identifier" && node.name !== "undefined" && hops < MAX_CONST_HOPS; hops++) {
        const init = constInitializer(node, sourceCode);
        if (!init)
            return undefined;
        node = unwrap(init);
    }
    const range = [node.range[0], node.range[1]];
    const loc = lines.loc(range);
    switch (node.type) {
        case "Literal":
            if (node.value === null)
                return { type: "Null", range, loc };
            if (typeof node.value === "string")
                return { type: "String", value: node.value, range, loc };
            if (typeof node.value === "boolean")
                return { type: "Boolean", value: node.value, range, loc };
            if (typeof node.value === "number")
                return Number.isFinite(node.value) ? { type: "Number", value: node.value, range, loc } : { type: "Null", range, loc };
            return undefined;
        case "TemplateLiteral": {
            const cooked = node.expressions.length === 0 ? node.quasis[0]?.value.cooked : undefined;
            return typeof cooked === "string" ? { type: "String", value: cooked, range, loc } : undefined;
        }
        case "UnaryExpression": {
            const operand = unwrap(node.argument);
            if ((node.operator !== "-" && node.operator !== "+") || operand.type !== "Literal" || typeof operand.value !== "number")
                return undefined;
            return { type: "Number", value: node.operator === "-" ? -operand.value : operand.value, range, loc };
        }
        case "ArrayExpression": {
            const elements = [];
            for (const element of node.elements) {
                if (!element || element.type === "SpreadElement")
                    return undefined;
                const value = staticValue(element, sourceCode, lines, depth + 1);
                if (!value)
                    return undefined;
                elements.push(value);
            }
            return { type: "Array", elements, range, loc };
        }
        case "ObjectExpression": {
            const members = [];
            for (const property of node.properties) {
                if (property.type !== "Property" || property.kind !== "init" || property.method)
                    return undefined;
                const key = property.key;
                let keyText;
                if (key.type === "Identifier" && !property.computed)
                    keyText = key.name;
                else if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number"))
                    keyText = String(key.value);
                else
                    return undefined;
                const valueNode = unwrap(property.value);
                // JSON.stringify leaves out members whose value is undefined.
                if (valueNode.type === "Identifier" && valueNode.name === "undefined")
                    continue;
                const value = staticValue(property.value, sourceCode, lines, depth + 1);
                if (!value)
                    return undefined;
                const keyRange = [key.range[0], key.range[1]];
                const name = { type: "String", value: keyText, range: keyRange, loc: lines.loc(keyRange) };
                const memberRange = [property.range[0], property.range[1]];
                members.push({ type: "Member", name, value, range: memberRange, loc: lines.loc(memberRange) });
            }
            return { type: "Object", members, range, loc };
        }
        default:
            return undefined;
    }
}
