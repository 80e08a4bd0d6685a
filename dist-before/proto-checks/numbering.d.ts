/**
 * Field-number facts shared by the proto rules: which fields share one numbering, and which
 * numbers and names a message has set aside.
 */
import type { Field, Message, NumberRange, Reserved } from "./ast.js";
/**
 * The fields numbered in `message` itself, in source order: regular, map and group fields and
 * oneof members. Nested messages, groups' bodies and `extend` blocks number their own.
 */
export declare function numberedFields(message: Message): Field[];
export declare function reservedDeclarations(message: Message): Reserved[];
export declare function findRange(ranges: readonly NumberRange[], number: number): NumberRange | undefined;
/** The `reserved` declaration covering a number, and the range in it. */
export declare function reservedNumber(message: Message, number: number): {
    declaration: Reserved;
    range: NumberRange;
} | undefined;
export declare function reservedName(message: Message, name: string): Reserved | undefined;
export declare function extensionRange(message: Message, number: number): NumberRange | undefined;
export type NumberProblem = "outOfRange" | "implementationReserved";
/** Highest extension number a `message_set_wire_format` extendee accepts (2^31 - 2). */
export declare const MAX_MESSAGE_SET_EXTENSION = 2147483646;
/**
 * Why a field number can never be used, if it cannot. Extensions may go up to 2^31 - 2, since the
 * extendee (often in another file) may be a MessageSet; protoc checks the rest.
 */
export declare function invalidNumber(number: number, isExtension?: boolean): NumberProblem | undefined;
/** `5`, `9 to 11`, `100 to max`: a range as it would be written in a `reserved` statement. */
export declare function formatRange(range: Pick<NumberRange, "from" | "to">): string;
