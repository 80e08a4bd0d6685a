/**
 * Compares one message with its version at a git ref, field number by field number, and says
 * which changes break decoding between old and new readers and writers. Pure: no git, no ESLint.
 */
import type { Field, Message, NumberRange } from "./ast.js";
import { resolveTypeName, simpleName } from "./names.js";
import { numberedFields, reservedDeclarations, reservedName, reservedNumber } from "./numbering.js";

export interface MessageVersion {
  message: Message;
  /** `proto2`, `proto3`, or `editions` (decides whether repeated numbers are packed by default). */
  syntax: string;
  /** True for a fully qualified enum name. */
  isEnum(fullName: string): boolean;
}

export type WireChange =
  | { kind: "typeChanged"; field: Field; old: Field; oldType: string; newType: string }
  | { kind: "cardinalityChanged"; field: Field; old: Field }
  | { kind: "renumbered"; field: Field; old: Field }
  | { kind: "reservedNumberReused"; field: Field }
  | { kind: "intoExistingOneof"; field: Field; old: Field }
  | { kind: "mergedIntoNewOneof"; field: Field; old: Field; other: Field };

export interface DeletedField {
  old: Field;
  numberReserved: boolean;
  nameReserved: boolean;
}

const SCALAR_CLASS: Record<string, string> = {
  int32: "varint", int64: "varint", uint32: "varint", uint64: "varint", bool: "varint",
  sint32: "zigzag", sint64: "zigzag",
  fixed32: "fixed32", sfixed32: "fixed32", float: "float",
  fixed64: "fixed64", sfixed64: "fixed64", double: "double",
  string: "length", bytes: "length",
};
const PACKABLE = new Set(["varint", "zigzag", "fixed32", "fixed64", "float", "double"]);

/**
 * What a type looks like on the wire, fine enough that two types with the same class decode each
 * other's data: int32/int64/uint32/uint64/bool/enum share varints, string/bytes share bytes,
 * messages only match themselves (by name).
 */
function typeClass(type: string, version: MessageVersion): string {
  const scalar = SCALAR_CLASS[type];
  if (scalar) return scalar;
  const resolved = resolveTypeName(type, version.message.fullName, version.isEnum);
  if (resolved) return "varint";
  return `message ${simpleName(type)}`;
}

function fieldClass(field: Field, version: MessageVersion): string {
  if (field.kind === "group") return `group ${field.fieldType}`;
  if (field.kind === "map") return `map<${typeClass(field.keyType ?? "", version)}, ${typeClass(field.valueType ?? "", version)}>`;
  return typeClass(field.fieldType, version);
}

function isPacked(field: Field, cls: string, syntax: string): boolean {
  if (field.label !== "repeated" || !PACKABLE.has(cls)) return false;
  const packed = field.options?.find((option) => option.name === "packed");
  if (packed) return packed.value === true;
  const encoding = field.options?.find((option) => option.name === "features.repeated_field_encoding");
  if (encoding) return encoding.value === "PACKED";
  return syntax !== "proto2";
}

function oneofNames(message: Message): Set<string> {
  const names = new Set<string>();
  for (const member of message.body) if (member.type === "Oneof") names.add(member.name);
  return names;
}

/** Changes to `current` since `previous` that break decoding of one side's data by the other. */
export function wireChanges(previous: MessageVersion, current: MessageVersion): WireChange[] {
  const changes: WireChange[] = [];
  const oldFields = numberedFields(previous.message);
  const oldByNumber = new Map(oldFields.map((field) => [field.number, field]));
  const oldByName = new Map(oldFields.map((field) => [field.name, field]));
  const newFields = numberedFields(current.message);
  const newByNumber = new Map(newFields.map((field) => [field.number, field]));
  const oldOneofs = oneofNames(previous.message);
  const movedIntoNewOneof = new Map<string, Field>();

  for (const field of newFields) {
    if (Number.isNaN(field.number)) continue;
    const old = oldByNumber.get(field.number);
    if (!old) {
      const sameName = oldByName.get(field.name);
      const oldNumberNow = sameName && newByNumber.get(sameName.number);
      // Data written under the old number is dropped unless something compatible still reads it.
      if (sameName && (!oldNumberNow || fieldClass(oldNumberNow, current) !== fieldClass(sameName, previous))) {
        changes.push({ kind: "renumbered", field, old: sameName });
      } else if (reservedNumber(previous.message, field.number)) {
        changes.push({ kind: "reservedNumberReused", field });
      }
      continue;
    }
    const oldClass = fieldClass(old, previous);
    const newClass = fieldClass(field, current);
    if (oldClass !== newClass) {
      changes.push({ kind: "typeChanged", field, old, oldType: describeType(old), newType: describeType(field) });
      continue;
    }
    if ((old.label === "repeated") !== (field.label === "repeated")) {
      const packedSide = old.label === "repeated" ? isPacked(old, oldClass, previous.syntax) : isPacked(field, newClass, current.syntax);
      if (packedSide) {
        changes.push({ kind: "cardinalityChanged", field, old });
        continue;
      }
    }
    if (field.oneof && field.oneof !== old.oneof) {
      if (oldOneofs.has(field.oneof)) {
        changes.push({ kind: "intoExistingOneof", field, old });
      } else {
        const other = movedIntoNewOneof.get(field.oneof);
        if (other) changes.push({ kind: "mergedIntoNewOneof", field, old, other });
        else movedIntoNewOneof.set(field.oneof, field);
      }
    }
  }
  return changes;
}

/** Fields of `previous` that are gone from `current` (neither their number nor their name is still used). */
export function deletedFields(previous: Message, current: Message): DeletedField[] {
  const newFields = numberedFields(current);
  const numbers = new Set(newFields.map((field) => field.number));
  const names = new Set(newFields.map((field) => field.name));
  const deleted: DeletedField[] = [];
  for (const old of numberedFields(previous)) {
    if (Number.isNaN(old.number) || numbers.has(old.number) || names.has(old.name)) continue;
    deleted.push({
      old,
      numberReserved: reservedNumber(current, old.number) !== undefined,
      nameReserved: old.kind === "group" || reservedName(current, old.name) !== undefined,
    });
  }
  return deleted;
}

export interface DroppedReservation {
  /** The old range, or undefined for a name. */
  range?: NumberRange;
  name?: string;
}

/** True when every number of `range` is in one of `ranges`. */
function covered(range: NumberRange, ranges: readonly NumberRange[]): boolean {
  let next = range.from;
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  for (const candidate of sorted) {
    if (candidate.from > next) break;
    if (candidate.to >= next) next = candidate.to + 1;
    if (next > range.to) return true;
  }
  return next > range.to;
}

/**
 * Reservations of `previous` that `current` no longer makes. A number that a field now uses is left
 * out: reusing it is a wire break, reported as such.
 */
export function droppedReservations(previous: Message, current: Message): DroppedReservation[] {
  const newRanges = reservedDeclarations(current).flatMap((declaration) => declaration.ranges);
  const newNames = new Set(reservedDeclarations(current).flatMap((declaration) => declaration.names.map((entry) => entry.name)));
  const usedNumbers = numberedFields(current).map((field) => field.number);
  const dropped: DroppedReservation[] = [];
  for (const declaration of reservedDeclarations(previous)) {
    for (const range of declaration.ranges) {
      const reused = usedNumbers.filter((number) => number >= range.from && number <= range.to);
      const stillCovered = covered(range, [...newRanges, ...reused.map((number) => ({ from: number, to: number, start: 0, end: 0 }))]);
      if (!stillCovered) dropped.push({ range });
    }
    for (const { name } of declaration.names) if (!newNames.has(name)) dropped.push({ name });
  }
  return dropped;
}

/** `repeated string`, `map<string, Foo>`, `group Result`: a field's type as a reader would say it. */
export function describeType(field: Field): string {
  if (field.kind === "group") return `group ${field.fieldType}`;
  return field.label === "repeated" ? `repeated ${field.fieldType}` : field.fieldType;
}
