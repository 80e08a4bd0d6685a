import { numberedFields } from "./numbering.js";
/** protoc's default JSON name: each `_` is dropped and the character after it upper-cased (`foo_bar` → `fooBar`, `_foo` → `Foo`). */
export function defaultJsonName(name) {
    let result = "";
    let capitalizeNext = false;
    for (const character of name) {
        if (character === "_")
            capitalizeNext = true;
        else if (capitalizeNext) {
            result += character.toUpperCase();
            capitalizeNext = false;
        }
        else
            result += character;
    }
    return result;
}
/** The key a field has in JSON: its `json_name` option, else the default. */
export function jsonNameOf(field) {
    const option = field.options?.find((candidate) => candidate.name === "json_name");
    return typeof option?.value === "string" ? option.value : defaultJsonName(field.name);
}
/**
 * JSON readers accept a field's JSON name and its proto name; writers emit the JSON name by
 * default. A change breaks old JSON when the key old writers emitted is accepted by no field now.
 * A field whose number is gone as well was deleted, which `require-reserved-on-delete` covers.
 */
export function jsonChanges(previous, current) {
    const newFields = numberedFields(current);
    const accepted = new Set(newFields.flatMap((field) => [field.name, jsonNameOf(field)]));
    const byName = new Map(newFields.map((field) => [field.name, field]));
    const byNumber = new Map(newFields.map((field) => [field.number, field]));
    const changes = [];
    for (const old of numberedFields(previous)) {
        if (old.kind === "group")
            continue; // groups are proto2 and keyed by their type name
        const oldJson = jsonNameOf(old);
        const sameName = byName.get(old.name);
        if (sameName) {
            const json = jsonNameOf(sameName);
            if (json !== oldJson && !accepted.has(oldJson))
                changes.push({ kind: "jsonNameChanged", field: sameName, old, oldJson, json });
            continue;
        }
        if (accepted.has(oldJson))
            continue; // a `json_name` keeps the old key readable
        const sameNumber = byNumber.get(old.number);
        if (sameNumber)
            changes.push({ kind: "fieldRenamed", field: sameNumber, old, oldJson, json: jsonNameOf(sameNumber) });
    }
    return changes;
}
/** Values of `current` whose number had another name at the ref, that name being gone: JSON carries enum values by name. */
export function renamedEnumValues(previous, current) {
    const names = new Set(current.values.map((value) => value.name));
    const renamed = [];
    for (const old of previous.values) {
        if (names.has(old.name))
            continue;
        const value = current.values.find((candidate) => candidate.number === old.number);
        if (value)
            renamed.push({ value, old });
    }
    return renamed;
}
