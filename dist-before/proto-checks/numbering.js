import { MAX_FIELD_NUMBER, RESERVED_FOR_IMPLEMENTATION } from "./ast.js";
/**
 * The fields numbered in `message` itself, in source order: regular, map and group fields and
 * oneof members. Nested messages, groups' bodies and `extend` blocks number their own.
 */
export function numberedFields(message) {
    const fields = [];
    for (const member of message.body) {
        if (member.type === "Field")
            fields.push(member);
        else if (member.type === "Oneof")
            for (const field of member.fields)
                fields.push(field);
    }
    return fields;
}
export function reservedDeclarations(message) {
    return message.body.filter((member) => member.type === "Reserved");
}
export function findRange(ranges, number) {
    for (const range of ranges)
        if (number >= range.from && number <= range.to)
            return range;
    return undefined;
}
/** The `reserved` declaration covering a number, and the range in it. */
export function reservedNumber(message, number) {
    for (const declaration of reservedDeclarations(message)) {
        const range = findRange(declaration.ranges, number);
        if (range)
            return { declaration, range };
    }
    return undefined;
}
export function reservedName(message, name) {
    return reservedDeclarations(message).find((declaration) => declaration.names.some((entry) => entry.name === name));
}
export function extensionRange(message, number) {
    for (const member of message.body) {
        if (member.type !== "Extensions")
            continue;
        const range = findRange(member.ranges, number);
        if (range)
            return range;
    }
    return undefined;
}
/** Highest extension number a `message_set_wire_format` extendee accepts (2^31 - 2). */
export const MAX_MESSAGE_SET_EXTENSION = 2_147_483_646;
/**
 * Why a field number can never be used, if it cannot. Extensions may go up to 2^31 - 2, since the
 * extendee (often in another file) may be a MessageSet; protoc checks the rest.
 */
export function invalidNumber(number, isExtension = false) {
    if (Number.isNaN(number))
        return undefined; // already a syntax error
    if (number < 1 || number > (isExtension ? MAX_MESSAGE_SET_EXTENSION : MAX_FIELD_NUMBER))
        return "outOfRange";
    if (number >= RESERVED_FOR_IMPLEMENTATION.from && number <= RESERVED_FOR_IMPLEMENTATION.to)
        return "implementationReserved";
    return undefined;
}
/** `5`, `9 to 11`, `100 to max`: a range as it would be written in a `reserved` statement. */
export function formatRange(range) {
    if (range.from === range.to)
        return String(range.from);
    return `${range.from} to ${range.to === MAX_FIELD_NUMBER ? "max" : range.to}`;
}
