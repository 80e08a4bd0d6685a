import * as momoa from "@humanwhocodes/momoa";
import { FIND_DUPLICATE_KEYS, FIND_MEMBER, type BooleanNode, type DuplicateKey, type LineIndex, type MemberNode, type NumberNode, type SourceLocation, type StringNode, type TreeNode, type ValueNode } from "./tree.js";

/*
 * The tree of a JSON config, read in one pass over the text into rows of typed arrays: one row per
 * node (its kind, start and end offsets, and a link to its value or children), in document order.
 * Node objects are views made when code asks for a node and dropped when it lets go: a 100 MB config
 * has about 15 million nodes, and one object per node (with its positions and child lists) was 1.2 GB
 * of heap, while its rows are 13 bytes each. The scan keeps an explicit stack of open containers, so
 * nesting does not deepen the call stack.
 *
 * Views are not kept, so the same node read twice gives two objects: compare nodes by `range`, not
 * by identity, and read a container's `members` or `elements` once (each read builds the list).
 * Repeated member names are found while the text is read, by comparing string indexes.
 */

const OBJECT = 0;
const ARRAY = 1;
const STRING = 2;
const NUMBER = 3;
const TRUE = 4;
const FALSE = 5;
const NULL = 6;
/** A member's row is followed by its name's row, then by its value's rows. */
const MEMBER = 7;

const TYPES = ["Object", "Array", "String", "Number", "Boolean", "Boolean", "Null", "Member"] as const;

/** The rows of one JSON text. */
class Rows {
  constructor(
    readonly lines: LineIndex,
    readonly kinds: Uint8Array,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** Strings: index into `strings`; numbers: into `numbers`; containers: into `children`. */
    readonly links: Int32Array,
    /** For each container: its child count, then its children's rows (members of an object). */
    readonly children: Int32Array,
    readonly strings: readonly string[],
    readonly numbers: Float64Array,
    /** Pairs of name rows: a repeated member name, and the first of that name in its object. */
    readonly duplicates: readonly number[],
  ) {}

  // A class of its own per text, holding the rows on its prototype, so that a view is one field.
  readonly #View = viewClass(this);

  node(row: number): TreeNode {
    return new this.#View(row) as unknown as TreeNode;
  }

  childList(row: number): TreeNode[] {
    const at = this.links[row];
    const count = this.children[at];
    const list = new Array<TreeNode>(count);
    for (let k = 0; k < count; k++) list[k] = this.node(this.children[at + 1 + k]);
    return list;
  }

  /** The last member of an object row named `key` (JSON.parse keeps the last), read without a node per member. */
  memberNamed(row: number, key: string): MemberNode | undefined {
    const at = this.links[row];
    for (let k = this.children[at]; k >= 1; k--) {
      const member = this.children[at + k];
      if (this.strings[this.links[member + 1]] === key) return this.node(member) as MemberNode;
    }
    return undefined;
  }
}

// Symbol keys: a view's own field is not enumerable data (JSON.stringify and for-in see none), and
// what it says is in its getters.
const ROWS = Symbol("rows");
const ROW = Symbol("row");

/**
 * A view of one row, whatever its kind: one class, so the code that reads trees sees one shape per
 * text. A view is not kept by its parent: read `members` or `elements` once and keep the list.
 */
abstract class RowNode {
  declare readonly [ROWS]: Rows;
  readonly [ROW]: number;

  constructor(row: number) {
    this[ROW] = row;
  }

  get type(): TreeNode["type"] {
    return TYPES[this[ROWS].kinds[this[ROW]]];
  }

  get range(): [number, number] {
    return [this[ROWS].starts[this[ROW]], this[ROWS].ends[this[ROW]]];
  }

  get loc(): SourceLocation {
    return this[ROWS].lines.loc(this.range);
  }

  get members(): TreeNode[] | undefined {
    return this[ROWS].kinds[this[ROW]] === OBJECT ? this[ROWS].childList(this[ROW]) : undefined;
  }

  get elements(): TreeNode[] | undefined {
    return this[ROWS].kinds[this[ROW]] === ARRAY ? this[ROWS].childList(this[ROW]) : undefined;
  }

  get name(): TreeNode | undefined {
    return this[ROWS].kinds[this[ROW]] === MEMBER ? this[ROWS].node(this[ROW] + 1) : undefined;
  }

  get value(): TreeNode | string | number | boolean | undefined {
    const rows = this[ROWS];
    const row = this[ROW];
    switch (rows.kinds[row]) {
      case STRING:
        return rows.strings[rows.links[row]];
      case NUMBER:
        return rows.numbers[rows.links[row]];
      case TRUE:
        return true;
      case FALSE:
        return false;
      case MEMBER:
        return rows.node(row + 2);
      default:
        return undefined;
    }
  }

  [FIND_MEMBER](key: string): MemberNode | undefined {
    return this[ROWS].kinds[this[ROW]] === OBJECT ? this[ROWS].memberNamed(this[ROW], key) : undefined;
  }

  [FIND_DUPLICATE_KEYS](): DuplicateKey[] {
    const rows = this[ROWS];
    const start = rows.starts[this[ROW]];
    const end = rows.ends[this[ROW]];
    const found: DuplicateKey[] = [];
    for (let k = 0; k < rows.duplicates.length; k += 2) {
      const name = rows.duplicates[k];
      if (rows.starts[name] >= start && rows.ends[name] <= end) {
        found.push({ name: rows.node(name) as StringNode, firstName: rows.node(rows.duplicates[k + 1]) as StringNode });
      }
    }
    return found.sort((a, b) => a.name.range[0] - b.name.range[0]);
  }
}

function viewClass(rows: Rows): new (row: number) => RowNode {
  class View extends RowNode {}
  Object.defineProperty(View.prototype, ROWS, { value: rows });
  return View;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isDigit(ch: number): boolean {
  return ch >= ZERO && ch <= NINE;
}

function isHexDigit(ch: number): boolean {
  return isDigit(ch) || (ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102);
}

/** What a finished value may be followed by: whitespace, a separator, a closer, or the end. */
function endsValue(ch: number): boolean {
  return Number.isNaN(ch) || ch === SPACE || ch === TAB || ch === LF || ch === CR || ch === COMMA || ch === CLOSE_BRACE || ch === CLOSE_BRACKET;
}

/** Thrown inside the scan; never escapes it. */
class Unsupported extends Error {}

/** What one pass over JSON text finds before it is read: the sizes to allocate, and whether it nests too deep. */
export interface JsonMeasure {
  rows: number;
  childSlots: number;
  numbers: number;
  /** Offset of the first bracket past the depth limit, or -1. */
  tooDeepAt: number;
}

/**
 * How many rows, child slots and numbers valid JSON text needs, counted in a first pass so the rows
 * are allocated once at their size (growing them by copying would hold two copies at a time), and
 * where it first nests deeper than `depthLimit`. For text that is not JSON the counts may be wrong;
 * the scan checks every write against them.
 */
export function measureJson(text: string, depthLimit: number): JsonMeasure {
  let strings = 0;
  let scalars = 0;
  let numbers = 0;
  let containers = 0;
  let members = 0;
  let depth = 0;
  let tooDeepAt = -1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      // Skip a string, escapes included; an unterminated one is the parser's to report.
      strings++;
      for (i++; i < length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === QUOTE) break;
        if (inner === BACKSLASH) i++;
      }
    } else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      containers++;
      if (++depth > depthLimit && tooDeepAt === -1) tooDeepAt = i;
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) depth--;
    else if (ch === COLON) members++;
    else if (ch === MINUS || isDigit(ch)) {
      numbers++;
      for (let next = text.charCodeAt(i + 1); isDigit(next) || next === DOT || next === 101 || next === 69 || next === PLUS || next === MINUS; next = text.charCodeAt(i + 1)) i++;
    } else if (ch === 116 || ch === 102 || ch === 110) {
      scalars++;
      for (let next = text.charCodeAt(i + 1); next >= 97 && next <= 122; next = text.charCodeAt(i + 1)) i++;
    }
  }
  const rows = strings + numbers + scalars + containers + members;
  // A container's slots are its count and its children: the members of objects and the elements of
  // arrays, which are every value (row that is no member or name) but members' values and the root.
  const values = rows - 2 * members;
  return { rows, childSlots: Math.max(1, containers + values), numbers, tooDeepAt };
}

/**
 * The tree of strict JSON text, or undefined when the text is anything else (a syntax error, or
 * something rare this scan leaves to momoa, such as raw control characters in a string): then the
 * caller parses with momoa, which gives the same tree or the error message users see.
 */
export function scanJson(text: string, lines: LineIndex, measure: JsonMeasure = measureJson(text, Infinity)): ValueNode | undefined {
  try {
    return scan(text, lines, measure);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function scan(text: string, lines: LineIndex, capacity: JsonMeasure): ValueNode {
  const length = text.length;
  const kinds = new Uint8Array(capacity.rows);
  const starts = new Int32Array(capacity.rows);
  const ends = new Int32Array(capacity.rows);
  const links = new Int32Array(capacity.rows);
  const children = new Int32Array(capacity.childSlots);
  const numbers = new Float64Array(capacity.numbers);
  let rowCount = 0;
  let childCount = 0;
  let numberCount = 0;
  // One copy of each distinct string: a large config repeats a few dozen names and values many times.
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  // The last string seen per length and end characters: a hit is compared in place in the text
  // instead of cutting a new string and hashing it (most strings of a large config repeat).
  const recent = new Int32Array(1024).fill(-1);
  // Repeated member names, found as each object closes (JSON.parse keeps the last; the rules report them).
  const duplicates: number[] = [];
  // Rows of the open containers, and of the members whose values are being read.
  const open: number[] = [];
  const openMembers: number[] = [];
  // The children of every open container, on one stack, moved into `children` when it closes.
  // `top` marks the end of the live part; slots past it are overwritten, never truncated.
  const pending: number[] = [];
  let top = 0;
  const firstChild: number[] = [];
  let i = 0;

  const fail = (): never => {
    throw new Unsupported();
  };
  const addRow = (kind: number, start: number, end: number, link: number): number => {
    if (rowCount === kinds.length) fail();
    kinds[rowCount] = kind;
    starts[rowCount] = start;
    ends[rowCount] = end;
    links[rowCount] = link;
    return rowCount++;
  };
  const skipSpace = () => {
    for (let ch = text.charCodeAt(i); ch === SPACE || ch === LF || ch === CR || ch === TAB; ch = text.charCodeAt(i)) i++;
  };
  const readString = (): number => {
    const start = i;
    let escaped = false;
    for (i++; ; i++) {
      const ch = text.charCodeAt(i);
      if (ch === QUOTE) break;
      if (Number.isNaN(ch) || ch < SPACE) fail();
      if (ch === BACKSLASH) {
        escaped = true;
        const next = text.charCodeAt(++i);
        if (next === 117 /* u */) {
          for (let k = 1; k <= 4; k++) if (!isHexDigit(text.charCodeAt(i + k))) fail();
          i += 4;
        } else if (!(next === QUOTE || next === BACKSLASH || next === 47 || next === 98 || next === 102 || next === 110 || next === 114 || next === 116)) {
          fail();
        }
      }
    }
    i++;
    const size = i - start - 2;
    const slot = escaped ? -1 : (size * 31 + text.charCodeAt(start + 1) * 7 + text.charCodeAt(i - 2)) & 1023;
    if (slot !== -1) {
      const seen = recent[slot];
      if (seen !== -1 && strings[seen].length === size && text.startsWith(strings[seen], start + 1)) return addRow(STRING, start, i, seen);
    }
    // The escapes were checked above; JSON.parse decodes them the way momoa does.
    const value = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
    let index = stringIndex.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      stringIndex.set(value, index);
    }
    if (slot !== -1) recent[slot] = index;
    return addRow(STRING, start, i, index);
  };
  const readNumber = (): number => {
    const start = i;
    if (text.charCodeAt(i) === MINUS) i++;
    if (text.charCodeAt(i) === ZERO) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else fail();
    if (text.charCodeAt(i) === DOT) {
      i++;
      if (!isDigit(text.charCodeAt(i))) fail();
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === PLUS || sign === MINUS) i++;
      if (!isDigit(text.charCodeAt(i))) fail();
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (numberCount === numbers.length) fail();
    numbers[numberCount] = Number(text.slice(start, i));
    return addRow(NUMBER, start, i, numberCount++);
  };
  const readWord = (word: string, kind: number): number => {
    if (!text.startsWith(word, i)) fail();
    i += word.length;
    return addRow(kind, i - word.length, i, -1);
  };
  /** After `{` or `,` in an object: the member's row, its name's row, and the colon. */
  const readName = () => {
    skipSpace();
    if (text.charCodeAt(i) !== QUOTE) fail();
    const member = addRow(MEMBER, i, -1, -1);
    readString();
    openMembers.push(member);
    pending[top++] = member;
    skipSpace();
    if (text.charCodeAt(i) !== COLON) fail();
    i++;
  };
  /** Records each member of a closing object whose name an earlier member has. */
  const findDuplicates = (from: number) => {
    if (top - from <= 16) {
      for (let k = from + 1; k < top; k++) {
        const key = links[pending[k] + 1];
        for (let j = from; j < k; j++) {
          if (links[pending[j] + 1] === key) {
            duplicates.push(pending[k] + 1, pending[j] + 1);
            break;
          }
        }
      }
      return;
    }
    const first = new Map<number, number>();
    for (let k = from; k < top; k++) {
      const name = pending[k] + 1;
      const seen = first.get(links[name]);
      if (seen === undefined) first.set(links[name], name);
      else duplicates.push(name, seen);
    }
  };
  /** Moves a closing container's children from the stack into `children`. */
  const closeChildren = (row: number, from: number) => {
    if (kinds[row] === OBJECT) findDuplicates(from);
    const count = top - from;
    if (childCount + 1 + count > children.length) fail();
    links[row] = childCount;
    children[childCount++] = count;
    for (let k = from; k < top; k++) children[childCount++] = pending[k];
    top = from;
  };

  let root = -1;
  for (;;) {
    // A value starts here (the document's, an element's or a member's).
    skipSpace();
    const ch = text.charCodeAt(i);
    let value: number;
    if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      const isObject = ch === OPEN_BRACE;
      // An element's row joins its array's children before its own rows are added.
      const container = addRow(isObject ? OBJECT : ARRAY, i++, -1, -1);
      if (open.length > 0 && kinds[open[open.length - 1]] === ARRAY) pending[top++] = container;
      skipSpace();
      if (text.charCodeAt(i) !== (isObject ? CLOSE_BRACE : CLOSE_BRACKET)) {
        firstChild.push(top);
        open.push(container);
        if (isObject) readName();
        continue;
      }
      i++;
      ends[container] = i;
      closeChildren(container, top);
      value = container;
    } else {
      if (ch === QUOTE) value = readString();
      else if (ch === MINUS || isDigit(ch)) value = readNumber();
      else if (ch === 116) value = readWord("true", TRUE);
      else if (ch === 102) value = readWord("false", FALSE);
      else if (ch === 110) value = readWord("null", NULL);
      else return fail();
      if (open.length > 0 && kinds[open[open.length - 1]] === ARRAY) pending[top++] = value;
    }
    if (!endsValue(text.charCodeAt(i))) fail();

    // The value is complete: finish its member, then close every container that ends here.
    for (;;) {
      if (open.length === 0) {
        root = value;
        break;
      }
      const container = open[open.length - 1];
      const isObject = kinds[container] === OBJECT;
      if (isObject) ends[openMembers.pop()!] = ends[value];
      skipSpace();
      const next = text.charCodeAt(i);
      if (next === COMMA) {
        i++;
        if (isObject) readName();
        break;
      }
      if (next !== (isObject ? CLOSE_BRACE : CLOSE_BRACKET)) fail();
      i++;
      ends[container] = i;
      closeChildren(container, firstChild.pop()!);
      open.pop();
      value = container;
    }
    if (root !== -1) break;
  }
  skipSpace();
  if (i !== length) fail();
  const rows = new Rows(lines, kinds, starts, ends, links, children, strings, numbers, duplicates);
  return rows.node(root) as ValueNode;
}

function located<T extends { type: string }>(node: T, range: [number, number], lines: LineIndex): T & { range: [number, number]; loc: SourceLocation } {
  return Object.assign(node, { range, loc: lines.loc(range) });
}

/**
 * The same tree built from momoa's (the reference parser, and the source of syntax errors):
 * used when the scan declines the text. Recursive, so only for text within the depth limit.
 */
export function treeFromMomoa(text: string, lines: LineIndex): ValueNode {
  const document = momoa.parse(text, { mode: "json", ranges: true });
  const convert = (node: momoa.ValueNode): ValueNode => {
    const range = node.range as [number, number];
    switch (node.type) {
      case "Object":
        return located(
          {
            type: "Object" as const,
            members: node.members.map((member): MemberNode => {
              const name = located({ type: "String" as const, value: member.name.type === "String" ? member.name.value : member.name.name }, member.name.range as [number, number], lines);
              return located({ type: "Member" as const, name, value: convert(member.value) }, member.range as [number, number], lines);
            }),
          },
          range,
          lines,
        );
      case "Array":
        return located({ type: "Array" as const, elements: node.elements.map((element) => convert(element.value)) }, range, lines);
      case "String":
      case "Number":
      case "Boolean":
        return located({ type: node.type, value: node.value } as StringNode | NumberNode | BooleanNode, range, lines);
      default:
        // Null; JSON mode yields none of momoa's JSON5 node kinds (Infinity, NaN, identifiers).
        return located({ type: "Null" as const }, range, lines);
    }
  };
  return convert(document.body);
}
