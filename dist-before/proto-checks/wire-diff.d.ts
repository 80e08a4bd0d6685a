/**
 * Compares one message with its version at a git ref, field number by field number, and says
 * which changes break decoding between old and new readers and writers. Pure: no git, no ESLint.
 */
import type { EnumDecl, EnumValue, Field, Message, NumberRange } from "./ast.js";
import type { TypeKind } from "./imports.js";
export type { TypeKind };
export interface MessageVersion {
    message: Message;
    /** `proto2`, `proto3`, or `editions` (decides whether repeated numbers are packed by default). */
    syntax: string;
    /** What a fully qualified name declares in this version's world, if anything. */
    kindOf: (fullName: string) => TypeKind | undefined;
    /** A wider, costlier lookup, tried only when a name does not resolve with `kindOf`. */
    fallbackKindOf?: (fullName: string) => TypeKind | undefined;
    /** The message declaration itself, when this version has it at hand (for map entry shapes). */
    messageOf(fullName: string): Message | undefined;
}
export type WireChange = {
    kind: "typeChanged";
    field: Field;
    old: Field;
    oldType: string;
    newType: string;
} | {
    kind: "cardinalityChanged";
    field: Field;
    old: Field;
} | {
    kind: "renumbered";
    field: Field;
    old: Field;
} | {
    kind: "reservedNumberReused";
    field: Field;
} | {
    kind: "intoExistingOneof";
    field: Field;
    old: Field;
} | {
    kind: "mergedIntoNewOneof";
    field: Field;
    old: Field;
    other: Field;
}
/** The number's old field moved to another number, and a different field of a compatible type took this one. */
 | {
    kind: "numberTakenOver";
    field: Field;
    old: Field;
    moved: Field;
};
export interface DeletedField {
    old: Field;
    numberReserved: boolean;
    nameReserved: boolean;
}
/** Whether two message types (of the two versions) decode each other's data; undefined when a type is out of sight. */
export declare function messageTypesCompatible(previous: MessageVersion, current: MessageVersion): boolean | undefined;
/** Changes to `current` since `previous` that break decoding of one side's data by the other. */
export declare function wireChanges(previous: MessageVersion, current: MessageVersion): WireChange[];
/** Fields of `previous` that are gone from `current` (neither their number nor their name is still used). */
export declare function deletedFields(previous: Message, current: Message): DeletedField[];
export interface DroppedReservation {
    /** The old range, or undefined for a name. */
    range?: NumberRange;
    name?: string;
}
/**
 * Reservations of `previous` that `current` no longer makes. A number that a field now uses is left
 * out: reusing it is a wire break, reported as such.
 */
export declare function droppedReservations(previous: Message, current: Message): DroppedReservation[];
/** The same for an enum: reservations its values' numbers and names relied on. */
export declare function droppedEnumReservations(previous: EnumDecl, current: EnumDecl): DroppedReservation[];
export interface DeletedEnumValue {
    old: EnumValue;
    numberReserved: boolean;
    nameReserved: boolean;
}
/** Values of `previous` whose number and name are both gone from `current`. */
export declare function deletedEnumValues(previous: EnumDecl, current: EnumDecl): DeletedEnumValue[];
/** Values of `current` on a number that `previous` reserved (and no old value used). */
export declare function reusedEnumNumbers(previous: EnumDecl, current: EnumDecl): EnumValue[];
/** `repeated string`, `map<string, Foo>`, `group Result`: a field's type as a reader would say it. */
export declare function describeType(field: Field): string;
