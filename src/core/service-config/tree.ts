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
export class LineIndex {
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    if (!text.includes("\r")) {
      // Most text has only `\n` line ends, found by indexOf far faster than a loop over every character.
      for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.#lineStarts.push(at + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.#lineStarts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.#lineStarts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.#lineStarts[low] + 1 };
  }

  loc(range: readonly [number, number]): SourceLocation {
    return { start: this.position(range[0]), end: this.position(range[1]) };
  }
}

/**
 * A tree whose nodes can find a member by name without building a node for every member (the rows
 * of a JSON config) has this method; getMember asks it first.
 */
export const FIND_MEMBER = Symbol("findMember");

/** The last member named `key` (JSON.parse semantics for duplicates), or undefined. Arrays have no members. */
export function getMember(node: ValueNode | undefined, key: string): MemberNode | undefined {
  if (node?.type !== "Object") return undefined;
  const find = (node as { [FIND_MEMBER]?: (key: string) => MemberNode | undefined })[FIND_MEMBER];
  if (find) return find.call(node, key);
  for (let i = node.members.length - 1; i >= 0; i--) {
    if (node.members[i].name.value === key) return node.members[i];
  }
  return undefined;
}

export function getValue(node: ValueNode | undefined, key: string): ValueNode | undefined {
  return getMember(node, key)?.value;
}

/** A tree that found its repeated member names while it was read (the rows of a JSON config) has this method. */
export const FIND_DUPLICATE_KEYS = Symbol("findDuplicateKeys");

/** Every repeated member name in the tree, in document order. */
export function findDuplicateKeys(root: ValueNode): DuplicateKey[] {
  const known = (root as { [FIND_DUPLICATE_KEYS]?: () => DuplicateKey[] })[FIND_DUPLICATE_KEYS];
  if (known) return known.call(root);
  const found: DuplicateKey[] = [];
  const stack: ValueNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "Object") {
      const seen = new Map<string, StringNode>();
      for (const member of node.members) {
        const first = seen.get(member.name.value);
        if (first) found.push({ name: member.name, firstName: first });
        else seen.set(member.name.value, member.name);
        stack.push(member.value);
      }
    } else if (node.type === "Array") {
      for (const element of node.elements) stack.push(element);
    }
  }
  return found.sort((a, b) => a.name.range[0] - b.name.range[0]);
}

/** The plain JavaScript value of a tree (what JSON.parse would return). */
export function toPlainValue(node: ValueNode): unknown {
  switch (node.type) {
    case "Object": {
      const result: Record<string, unknown> = {};
      for (const member of node.members) {
        Object.defineProperty(result, member.name.value, {
          value: toPlainValue(member.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    case "Array":
      return node.elements.map(toPlainValue);
    case "Null":
      return null;
    default:
      return node.value;
  }
}
