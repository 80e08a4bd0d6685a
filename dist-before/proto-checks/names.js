/** Protobuf scoping: `Name` inside `a.b` is `a.b.Name`, else `a.Name`, else `Name`; a leading dot is absolute. */
export function resolveTypeName(name, scope, exists) {
    if (name.startsWith("."))
        return exists(name.slice(1)) ? name.slice(1) : undefined;
    let prefix = scope;
    for (;;) {
        const candidate = prefix ? `${prefix}.${name}` : name;
        if (exists(candidate))
            return candidate;
        if (!prefix)
            return undefined;
        const dot = prefix.lastIndexOf(".");
        prefix = dot === -1 ? "" : prefix.slice(0, dot);
    }
}
/** `.a.b.C` → `C`. */
export function simpleName(name) {
    return name.slice(name.lastIndexOf(".") + 1);
}
/**
 * google/protobuf's well-known types, which most protos import but few trees contain: knowing them
 * saves a project-wide lookup for every Timestamp or Empty.
 */
export const WELL_KNOWN_TYPES = new Map([
    ...[
        "Any", "Api", "BoolValue", "BytesValue", "DoubleValue", "Duration", "Empty", "Enum", "EnumValue", "Field",
        "FieldMask", "FloatValue", "Int32Value", "Int64Value", "ListValue", "Method", "Mixin", "Option",
        "SourceContext", "StringValue", "Struct", "Timestamp", "Type", "UInt32Value", "UInt64Value", "Value",
    ].map((name) => [`google.protobuf.${name}`, "message"]),
    ...["NullValue", "Syntax", "Field.Kind", "Field.Cardinality"].map((name) => [`google.protobuf.${name}`, "enum"]),
]);
