/**
 * What the protobuf JSON mapping reads and writes: field names (the `json_name`, else protoc's
 * lowerCamelCase of the field name) and enum value names. Compares a message or an enum with its
 * version at a git ref for changes that old JSON clients (Connect-JSON, gRPC-gateway) cannot read.
 * Pure: no git, no ESLint.
 */
import type { EnumDecl, EnumValue, Field, Message } from "./ast.js";
/** protoc's default JSON name: each `_` is dropped and the character after it upper-cased (`foo_bar` → `fooBar`, `_foo` → `Foo`). */
export declare function defaultJsonName(name: string): string;
/** The key a field has in JSON: its `json_name` option, else the default. */
export declare function jsonNameOf(field: Field): string;
export type JsonChange = 
/** The field at an old number has a new name, and nothing now reads the old JSON key. */
{
    kind: "fieldRenamed";
    field: Field;
    old: Field;
    oldJson: string;
    json: string;
}
/** Same field name, different `json_name`: JSON written with the old key is not read. */
 | {
    kind: "jsonNameChanged";
    field: Field;
    old: Field;
    oldJson: string;
    json: string;
};
/**
 * JSON readers accept a field's JSON name and its proto name; writers emit the JSON name by
 * default. A change breaks old JSON when the key old writers emitted is accepted by no field now.
 * A field whose number is gone as well was deleted, which `require-reserved-on-delete` covers.
 */
export declare function jsonChanges(previous: Message, current: Message): JsonChange[];
/** Values of `current` whose number had another name at the ref, that name being gone: JSON carries enum values by name. */
export declare function renamedEnumValues(previous: EnumDecl, current: EnumDecl): Array<{
    value: EnumValue;
    old: EnumValue;
}>;
