import { resolveTypeName, simpleName } from "./names.js";
import { numberedFields, reservedDeclarations, reservedName, reservedNumber } from "./numbering.js";
const SCALAR_CLASS = {
    int32: "varint", int64: "varint", uint32: "varint", uint64: "varint", bool: "varint",
    sint32: "zigzag", sint64: "zigzag",
    fixed32: "fixed32", sfixed32: "fixed32", float: "float",
    fixed64: "fixed64", sfixed64: "fixed64", double: "double",
    string: "length", bytes: "length",
};
const PACKABLE = new Set(["varint", "zigzag", "fixed32", "fixed64", "float", "double"]);
/** Resolves a type name as written to its declaration's full name and kind, with protobuf scoping. */
function resolveType(type, version) {
    const scope = version.message.fullName;
    for (const kindOf of version.fallbackKindOf ? [version.kindOf, version.fallbackKindOf] : [version.kindOf]) {
        const name = resolveTypeName(type, scope, (candidate) => kindOf(candidate) !== undefined);
        if (name)
            return { name, kind: kindOf(name) };
    }
    return undefined;
}
/** A named type that resolves to nothing known: never reported, since it cannot be compared. */
const UNKNOWN = "unknown";
/**
 * What a type looks like on the wire, fine enough that two types with the same class decode each
 * other's data: int32/int64/uint32/uint64/bool/enum share varints, string/bytes share bytes,
 * messages only match themselves (by name).
 */
function typeClass(type, version) {
    const scalar = SCALAR_CLASS[type];
    if (scalar)
        return scalar;
    const resolved = resolveType(type, version);
    if (!resolved)
        return UNKNOWN;
    return resolved.kind === "enum" ? "varint" : `message ${simpleName(resolved.name)}`;
}
function comparable(a, b) {
    return !a.includes(UNKNOWN) && !b.includes(UNKNOWN);
}
/** Resolves a message-typed field's type to its declaration in `version`, if visible. */
function messageTypeOf(field, version) {
    const resolved = resolveType(field.fieldType, version);
    return resolved?.kind === "message" ? version.messageOf(resolved.name) : undefined;
}
const MAX_STRUCTURAL_DEPTH = 4;
/**
 * Two message types decode each other's data when no field number they share has incompatible
 * encodings (numbers on one side only are unknown fields to the other). Undefined when a
 * declaration is out of sight; messages nested deeper than a few levels are taken on trust.
 */
function structurallyCompatible(previousType, previous, currentType, current, depth) {
    if (depth > MAX_STRUCTURAL_DEPTH)
        return true;
    const before = { ...previous, message: previousType };
    const after = { ...current, message: currentType };
    const oldByNumber = new Map(numberedFields(previousType).map((field) => [field.number, field]));
    let unknown = false;
    for (const field of numberedFields(currentType)) {
        const old = oldByNumber.get(field.number);
        if (!old)
            continue;
        const verdict = fieldsCompatible(old, before, field, after, depth + 1);
        if (verdict === false)
            return false;
        if (verdict === undefined)
            unknown = true;
    }
    return unknown ? undefined : true;
}
/** Do two fields with one number read each other's data? Undefined when that cannot be seen. */
function fieldsCompatible(old, previous, field, current, depth) {
    const oldClass = fieldClass(old, previous);
    const newClass = fieldClass(field, current);
    if (!comparable(oldClass, newClass))
        return undefined;
    if ((old.kind === "map") !== (field.kind === "map")) {
        return old.kind === "map" ? mapMatchesRepeated(old, previous, field, current) : mapMatchesRepeated(field, current, old, previous);
    }
    if (oldClass === newClass)
        return true;
    if (old.kind === "field" && field.kind === "field" && oldClass.startsWith("message ") && newClass.startsWith("message ")) {
        const oldType = messageTypeOf(old, previous);
        const newType = messageTypeOf(field, current);
        if (!oldType || !newType)
            return undefined;
        return structurallyCompatible(oldType, previous, newType, current, depth);
    }
    return false;
}
/**
 * A map is encoded as a repeated entry message `{ K key = 1; V value = 2; }`, so `map<K, V>` and a
 * repeated message of exactly that shape read each other's data. Undefined when the message
 * cannot be seen.
 */
function mapMatchesRepeated(map, mapVersion, list, listVersion) {
    if (list.label !== "repeated" || list.kind !== "field")
        return false;
    const resolved = resolveType(list.fieldType, listVersion);
    if (resolved?.kind !== "message")
        return false;
    const entry = listVersion.messageOf(resolved.name);
    if (!entry)
        return undefined;
    const fields = numberedFields(entry);
    const key = fields.find((field) => field.number === 1);
    const value = fields.find((field) => field.number === 2);
    if (!key || !value || fields.length !== 2)
        return false;
    const entryVersion = { ...listVersion, message: entry };
    return (fieldClass(key, entryVersion) === typeClass(map.keyType ?? "", mapVersion) &&
        fieldClass(value, entryVersion) === typeClass(map.valueType ?? "", mapVersion));
}
function fieldClass(field, version) {
    if (field.kind === "group")
        return `group ${field.fieldType}`;
    if (field.kind === "map")
        return `map<${typeClass(field.keyType ?? "", version)}, ${typeClass(field.valueType ?? "", version)}>`;
    return typeClass(field.fieldType, version);
}
function isPacked(field, cls, syntax) {
    if (field.label !== "repeated" || !PACKABLE.has(cls))
        return false;
    const packed = field.options?.find((option) => option.name === "packed");
    if (packed)
        return packed.value === true;
    const encoding = field.options?.find((option) => option.name === "features.repeated_field_encoding");
    if (encoding)
        return encoding.value === "PACKED";
    return syntax !== "proto2";
}
function oneofNames(message) {
    const names = new Set();
    for (const member of message.body)
        if (member.type === "Oneof")
            names.add(member.name);
    return names;
}
/** Whether two message types (of the two versions) decode each other's data; undefined when a type is out of sight. */
export function messageTypesCompatible(previous, current) {
    return structurallyCompatible(previous.message, previous, current.message, current, 0);
}
/** Changes to `current` since `previous` that break decoding of one side's data by the other. */
export function wireChanges(previous, current) {
    const changes = [];
    const oldFields = numberedFields(previous.message);
    const oldByNumber = new Map(oldFields.map((field) => [field.number, field]));
    const oldByName = new Map(oldFields.map((field) => [field.name, field]));
    const newFields = numberedFields(current.message);
    const newByNumber = new Map(newFields.map((field) => [field.number, field]));
    const newByName = new Map(newFields.map((field) => [field.name, field]));
    const oldOneofs = oneofNames(previous.message);
    const movedIntoNewOneof = new Map();
    for (const field of newFields) {
        if (Number.isNaN(field.number))
            continue;
        const old = oldByNumber.get(field.number);
        if (!old) {
            const sameName = oldByName.get(field.name);
            const oldNumberNow = sameName && newByNumber.get(sameName.number);
            // Data written under the old number is dropped unless something compatible still reads it.
            const stillRead = oldNumberNow && fieldClass(oldNumberNow, current) === fieldClass(sameName, previous);
            if (sameName && !stillRead) {
                changes.push({ kind: "renumbered", field, old: sameName });
            }
            else if (reservedNumber(previous.message, field.number)) {
                changes.push({ kind: "reservedNumberReused", field });
            }
            continue;
        }
        const oldClass = fieldClass(old, previous);
        const newClass = fieldClass(field, current);
        const compatible = fieldsCompatible(old, previous, field, current, 0);
        if (compatible === undefined)
            continue; // a type out of sight: say nothing rather than guess
        if (!compatible) {
            changes.push({ kind: "typeChanged", field, old, oldType: describeType(old), newType: describeType(field) });
            continue;
        }
        // The bytes still decode, but as another field: `billing_email = 7` moved to 9 and `shipping_email` took 7.
        const moved = old.name !== field.name ? newByName.get(old.name) : undefined;
        if (moved && moved.number !== field.number) {
            changes.push({ kind: "numberTakenOver", field, old, moved });
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
            }
            else {
                const other = movedIntoNewOneof.get(field.oneof);
                if (other)
                    changes.push({ kind: "mergedIntoNewOneof", field, old, other });
                else
                    movedIntoNewOneof.set(field.oneof, field);
            }
        }
    }
    return changes;
}
/** Fields of `previous` that are gone from `current` (neither their number nor their name is still used). */
export function deletedFields(previous, current) {
    const newFields = numberedFields(current);
    const numbers = new Set(newFields.map((field) => field.number));
    const names = new Set(newFields.map((field) => field.name));
    const deleted = [];
    for (const old of numberedFields(previous)) {
        if (Number.isNaN(old.number) || numbers.has(old.number) || names.has(old.name))
            continue;
        deleted.push({
            old,
            numberReserved: reservedNumber(current, old.number) !== undefined,
            nameReserved: old.kind === "group" || reservedName(current, old.name) !== undefined,
        });
    }
    return deleted;
}
/** True when every number of `range` is in one of `ranges`. */
function covered(range, ranges) {
    let next = range.from;
    const sorted = [...ranges].sort((a, b) => a.from - b.from);
    for (const candidate of sorted) {
        if (candidate.from > next)
            break;
        if (candidate.to >= next)
            next = candidate.to + 1;
        if (next > range.to)
            return true;
    }
    return next > range.to;
}
/**
 * Reservations of `previous` that `current` no longer makes. A number that a field now uses is left
 * out: reusing it is a wire break, reported as such.
 */
export function droppedReservations(previous, current) {
    return droppedFrom(reservedDeclarations(previous), reservedDeclarations(current), numberedFields(current).map((field) => field.number));
}
/** The same for an enum: reservations its values' numbers and names relied on. */
export function droppedEnumReservations(previous, current) {
    return droppedFrom(previous.reserved, current.reserved, current.values.map((value) => value.number));
}
/** Values of `previous` whose number and name are both gone from `current`. */
export function deletedEnumValues(previous, current) {
    const numbers = new Set(current.values.map((value) => value.number));
    const names = new Set(current.values.map((value) => value.name));
    const ranges = current.reserved.flatMap((declaration) => declaration.ranges);
    const reservedNames = new Set(current.reserved.flatMap((declaration) => declaration.names.map((entry) => entry.name)));
    return previous.values
        .filter((value) => !numbers.has(value.number) && !names.has(value.name))
        .map((old) => ({
        old,
        numberReserved: ranges.some((range) => old.number >= range.from && old.number <= range.to),
        nameReserved: reservedNames.has(old.name),
    }));
}
/** Values of `current` on a number that `previous` reserved (and no old value used). */
export function reusedEnumNumbers(previous, current) {
    const oldNumbers = new Set(previous.values.map((value) => value.number));
    const ranges = previous.reserved.flatMap((declaration) => declaration.ranges);
    return current.values.filter((value) => !oldNumbers.has(value.number) && ranges.some((range) => value.number >= range.from && value.number <= range.to));
}
function droppedFrom(previous, current, usedNumbers) {
    const newRanges = current.flatMap((declaration) => declaration.ranges);
    const newNames = new Set(current.flatMap((declaration) => declaration.names.map((entry) => entry.name)));
    const dropped = [];
    for (const declaration of previous) {
        for (const range of declaration.ranges) {
            const reused = usedNumbers.filter((number) => number >= range.from && number <= range.to);
            const stillCovered = covered(range, [...newRanges, ...reused.map((number) => ({ from: number, to: number, start: 0, end: 0 }))]);
            if (!stillCovered)
                dropped.push({ range });
        }
        for (const { name } of declaration.names)
            if (!newNames.has(name))
                dropped.push({ name });
    }
    return dropped;
}
/** `repeated string`, `map<string, Foo>`, `group Result`: a field's type as a reader would say it. */
export function describeType(field) {
    if (field.kind === "group")
        return `group ${field.fieldType}`;
    return field.label === "repeated" ? `repeated ${field.fieldType}` : field.fieldType;
}
