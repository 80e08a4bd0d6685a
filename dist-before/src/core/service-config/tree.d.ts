/**
 * A JSON-shaped value tree with source positions: what JSON files, YAML documents and
 * configs inlined in TypeScript all turn into before the service-config model reads them.
 * Offsets (`range`) are into the text that was parsed; `loc` lines and columns are 1-based.
 */
export interface Position {
    line: number;
    column: number;
}
export interface SourceLocation {
    start: Position;
    end: Position;
}
interface NodeBase {
    range: [number, number];
    loc: SourceLocation;
}
export interface ObjectNode extends NodeBase {
    type: "Object";
    members: MemberNode[];
}
export interface MemberNode extends NodeBase {
    type: "Member";
    name: StringNode;
    value: ValueNode;
}
export interface ArrayNode extends NodeBase {
    type: "Array";
    elements: ValueNode[];
}
export interface StringNode extends NodeBase {
    type: "String";
    value: string;
}
export interface NumberNode extends NodeBase {
    type: "Number";
    value: number;
}
export interface BooleanNode extends NodeBase {
    type: "Boolean";
    value: boolean;
}
export interface NullNode extends NodeBase {
    type: "Null";
}
export type ValueNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode;
export type TreeNode = ValueNode | MemberNode;
/** A member name seen more than once in one object (JSON.parse keeps the last; YAML forbids it). */
export interface DuplicateKey {
    name: StringNode;
    firstName: StringNode;
}
/** Turns offsets into 1-based line/column positions. */
export declare class LineIndex {
    #private;
    constructor(text: string);
    position(offset: number): Position;
    loc(range: readonly [number, number]): SourceLocation;
}
/** The last member named `key` (JSON.parse semantics for duplicates), or undefined. Arrays have no members. */
export declare function getMember(node: ValueNode | undefined, key: string): MemberNode | undefined;
export declare function getValue(node: ValueNode | undefined, key: string): ValueNode | undefined;
/** Every repeated member name in the tree, in document order. */
export declare function findDuplicateKeys(root: ValueNode): DuplicateKey[];
/** The plain JavaScript value of a tree (what JSON.parse would return). */
export declare function toPlainValue(node: ValueNode): unknown;
export {};
