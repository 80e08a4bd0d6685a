/**
 * What the protobuf JSON mapping reads and writes: field names (the `json_name`, else protoc's
 * lowerCamelCase of the field name) and enum value names. Compares a message or an enum with its
 * version at a git ref for changes that old JSON clients (Connect-JSON, gRPC-gateway) cannot read.
 * Pure: no git, no ESLint.
 */
import type { EnumDecl, EnumValue, Field, Message } from "./ast.js";
import { numberedFields } from "./numbering.js";

/** protoc's default JSON name: each `_` is dropped and the character after it upper-cased (`foo_bar` → `fooBar`, `_foo` → `Foo`). */
export function defaultJsonName(name: string): string {
  let result = "";
  let capitalizeNext = false;
  for (const character of name) {
    if (character === "_") capitalizeNext = true;
    else if (capitalizeNext) {
      result += character.toUpperCase();
      capitalizeNext = false;
    } else result += character;
  }
  return result;
}

/** The key a field has in JSON: its `json_name` option, else the default. */
export function jsonNameOf(field: Field): string {
  const option = field.options?.find((candidate) => candidate.name === "json_name");
  return typeof option?.value === "string" ? option.value : defaultJsonName(field.name);
}

export type JsonChange =
  /** The field at an old number has a new name, and nothing now reads the old JSON key. */
  | { kind: "fieldRenamed"; field: Field; old: Field; oldJson: string; json: string }
  /** Same field name, different `json_name`: JSON written with the old key is not read. */
  | { kind: "jsonNameChanged"; field: Field; old: Field; oldJson: string; json: string };

/**
 * JSON readers accept a field's JSON name and its proto name; writers emit the JSON name by
 * default. A change breaks old JSON when the key old writers emitted is accepted by no field now.
 * A field whose number is gone as well was deleted, which `require-reserved-on-delete` covers.
 */
export function jsonChanges(previous: Message, current: Message): JsonChange[] {
  const newFields = numberedFields(current);
  const accepted = new Set(newFields.flatMap((field) => [field.name, jsonNameOf(field)]));
  const byName = new Map(newFields.map((field) => [field.name, field]));
  const byNumber = new Map(newFields.map((field) => [field.number, field]));
  const changes: JsonChange[] = [];
  for (const old of numberedFields(previous)) {
    if (old.kind === "group") continue; // groups are proto2 and keyed by their type name
    const oldJson = jsonNameOf(old);
    const sameName = byName.get(old.name);
    if (sameName) {
      const json = jsonNameOf(sameName);
      if (json !== oldJson && !accepted.has(oldJson)) changes.push({ kind: "jsonNameChanged", field: sameName, old, oldJson, json });
      continue;
    }
    if (accepted.has(oldJson)) continue; // a `json_name` keeps the old key readable
    const sameNumber = byNumber.get(old.number);
    if (sameNumber) changes.push({ kind: "fieldRenamed", field: sameNumber, old, oldJson, json: jsonNameOf(sameNumber) });
  }
  return changes;
}

/** Values of `current` whose number had another name at the ref, that name being gone: JSON carries enum values by name. */
export function renamedEnumValues(previous: EnumDecl, current: EnumDecl): Array<{ value: EnumValue; old: EnumValue }> {
  const names = new Set(current.values.map((value) => value.name));
  const renamed: Array<{ value: EnumValue; old: EnumValue }> = [];
  for (const old of previous.values) {
    if (names.has(old.name)) continue;
    const value = current.values.find((candidate) => candidate.number === old.number);
    if (value) renamed.push({ value, old });
  }
  return renamed;
}
