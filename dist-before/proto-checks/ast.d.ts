/**
 * The proto model: what the parser builds for one .proto file and what rules read.
 * Every node carries source offsets (`start`, `end`); line and column are computed on demand
 * from `ProtoFile.lineStarts`, which keeps parsing cheap on large trees.
 */
/** Highest valid field number (2^29 - 1); also what `max` means in `reserved` and `extensions`. */
export declare const MAX_FIELD_NUMBER = 536870911;
/** What `max` means in an enum's `reserved` range (enum values are int32). */
export declare const MAX_ENUM_NUMBER = 2147483647;
/** Field numbers the protobuf implementation keeps for itself. */
export declare const RESERVED_FOR_IMPLEMENTATION: {
    readonly from: 19000;
    readonly to: 19999;
};
export interface Span {
    start: number;
    end: number;
}
interface NodeBase extends Span {
    parent?: ProtoNode;
}
/** A name and where it is written. */
export interface NameRef extends Span {
    name: string;
}
export type OptionScalar = string | number | boolean;
/** Text-format aggregate (`{ get: "/v1/x" body: "*" }`) as ordered key/value pairs. */
export type OptionAggregate = Array<[key: string, value: OptionValue]>;
export type OptionValue = OptionScalar | OptionAggregate | OptionValue[];
export interface OptionDecl extends Span {
    /** Normalized name: `deprecated`, `(google.api.http)`, `(foo.bar).baz`. */
    name: string;
    value: OptionValue;
    /** True when the value was an identifier (an enum constant such as `IDEMPOTENT`). */
    isIdentifier: boolean;
}
export interface NumberRange extends Span {
    from: number;
    /** Inclusive; `MAX_FIELD_NUMBER` for `max`. */
    to: number;
}
export interface Import extends NodeBase {
    type: "Import";
    path: string;
    /** `option` is edition 2024's import of a file needed only for custom options. */
    modifier: "public" | "weak" | "option" | undefined;
}
export interface Field extends NodeBase {
    type: "Field";
    kind: "field" | "map" | "group";
    label: "optional" | "repeated" | "required" | undefined;
    /** Type as written (`string`, `.pkg.Msg`, `Msg`); for a group, the group's name; for a map, `map<K, V>`. */
    fieldType: string;
    keyType?: string;
    valueType?: string;
    name: string;
    nameSpan: Span;
    /** NaN when the number is missing or not an integer. */
    number: number;
    numberSpan: Span;
    options: OptionDecl[] | undefined;
    /** Name of the enclosing oneof, if any. */
    oneof: string | undefined;
    /** A proto2 group's body: its own message with its own numbering. */
    group: Message | undefined;
}
export interface Oneof extends NodeBase {
    type: "Oneof";
    name: string;
    nameSpan: Span;
    fields: Field[];
    options: OptionDecl[];
}
export interface Reserved extends NodeBase {
    type: "Reserved";
    ranges: NumberRange[];
    names: NameRef[];
}
export interface Extensions extends NodeBase {
    type: "Extensions";
    ranges: NumberRange[];
}
export interface Extend extends NodeBase {
    type: "Extend";
    extendee: string;
    fields: Field[];
}
export interface EnumValue extends NodeBase {
    type: "EnumValue";
    name: string;
    number: number;
    options: OptionDecl[] | undefined;
}
export interface EnumDecl extends NodeBase {
    type: "Enum";
    name: string;
    fullName: string;
    nameSpan: Span;
    values: EnumValue[];
    reserved: Reserved[];
    options: OptionDecl[];
}
export type MessageMember = Field | Message | EnumDecl | Oneof | Extend | Reserved | Extensions;
export interface Message extends NodeBase {
    type: "Message";
    name: string;
    /** Package-qualified name without a leading dot: `pkg.Outer.Inner`. */
    fullName: string;
    nameSpan: Span;
    /** Members in source order (oneof members sit inside their Oneof). */
    body: MessageMember[];
    options: OptionDecl[];
    /** True for the synthetic message of a proto2 group. */
    isGroup: boolean;
}
export interface Method extends NodeBase {
    type: "Method";
    name: string;
    nameSpan: Span;
    inputType: string;
    outputType: string;
    clientStreaming: boolean;
    serverStreaming: boolean;
    options: OptionDecl[];
}
export interface Service extends NodeBase {
    type: "Service";
    name: string;
    fullName: string;
    nameSpan: Span;
    methods: Method[];
    options: OptionDecl[];
}
export type TopLevel = Message | EnumDecl | Service | Extend | Import;
export interface ProtoFile extends NodeBase {
    type: "ProtoFile";
    syntax: string | undefined;
    edition: string | undefined;
    package: string;
    imports: Import[];
    options: OptionDecl[];
    body: TopLevel[];
    /** Offset of each line's first character (index 0 is line 1). */
    lineStarts: number[];
}
export type ProtoNode = ProtoFile | Import | Message | Field | Oneof | Reserved | Extensions | Extend | EnumDecl | EnumValue | Service | Method;
export interface SyntaxError extends Span {
    message: string;
}
export interface ParseResult {
    file: ProtoFile;
    /** Empty when the file parsed cleanly; the model is still built (with gaps) when it is not. */
    errors: SyntaxError[];
}
export {};
