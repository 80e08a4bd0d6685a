import * as momoa from "@humanwhocodes/momoa";
import type { ArrayNode, BooleanNode, LineIndex, MemberNode, NullNode, NumberNode, ObjectNode, SourceLocation, StringNode, ValueNode } from "./tree.js";

/*
 * The tree of a JSON config, read in one pass over the text. Nodes compute `loc` (and `range`) from
 * two offsets when asked instead of carrying three objects each: in a large config most nodes are never
 * reported, and the positions were most of the tree's memory. The scan keeps an explicit stack of
 * open containers, so nesting does not deepen the call stack.
 */

abstract class Located {
  readonly #lines: LineIndex;
  // Two numbers rather than a range array: an array per node was a third of the tree's memory.
  readonly #start: number;
  #end: number;

  constructor(range: readonly [number, number], lines: LineIndex) {
    this.#start = range[0];
    this.#end = range[1];
    this.#lines = lines;
  }

  get range(): [number, number] {
    return [this.#start, this.#end];
  }

  get loc(): SourceLocation {
    return this.#lines.loc([this.#start, this.#end]);
  }

  /** Where a container ends, known only when its closer is read. */
  protected close(end: number): void {
    this.#end = end;
  }
}

abstract class Container extends Located {
  closeAt(end: number): void {
    this.close(end);
  }
}

class JsonObject extends Container implements ObjectNode {
  readonly type = "Object";
  members: MemberNode[] = [];
}

class JsonArray extends Container implements ArrayNode {
  readonly type = "Array";
  elements: ValueNode[] = [];
}

class JsonMember extends Located implements MemberNode {
  readonly type = "Member";
  constructor(
    public name: StringNode,
    public value: ValueNode,
    range: [number, number],
    lines: LineIndex,
  ) {
    super(range, lines);
  }
}

class JsonString extends Located implements StringNode {
  readonly type = "String";
  constructor(
    public value: string,
    range: [number, number],
    lines: LineIndex,
  ) {
    super(range, lines);
  }
}

class JsonNumber extends Located implements NumberNode {
  readonly type = "Number";
  constructor(
    public value: number,
    range: [number, number],
    lines: LineIndex,
  ) {
    super(range, lines);
  }
}

class JsonBoolean extends Located implements BooleanNode {
  readonly type = "Boolean";
  constructor(
    public value: boolean,
    range: [number, number],
    lines: LineIndex,
  ) {
    super(range, lines);
  }
}

class JsonNull extends Located implements NullNode {
  readonly type = "Null";
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

/**
 * The tree of strict JSON text, or undefined when the text is anything else (a syntax error, or
 * something rare this scan leaves to momoa, such as raw control characters in a string): then the
 * caller parses with momoa, which gives the same tree or the error message users see.
 */
export function scanJson(text: string, lines: LineIndex): ValueNode | undefined {
  try {
    return scan(text, lines);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function scan(text: string, lines: LineIndex): ValueNode {
  const length = text.length;
  // One copy of each distinct string: a large config repeats a few dozen names and values many times.
  const strings = new Map<string, string>();
  const open: (JsonObject | JsonArray)[] = [];
  const pendingNames: StringNode[] = [];
  // The children of every open container, on one stack: each container takes an exactly sized copy of
  // its own when it closes (arrays grown by push keep spare room, which was a large part of the tree).
  // `top` marks the end of the live part; slots past it are overwritten, never truncated (setting an
  // array's length is a runtime call each time).
  const children: (MemberNode | ValueNode)[] = [];
  let top = 0;
  const firstChild: number[] = [];
  let i = 0;

  const fail = (): never => {
    throw new Unsupported();
  };
  const skipSpace = () => {
    for (let ch = text.charCodeAt(i); ch === SPACE || ch === LF || ch === CR || ch === TAB; ch = text.charCodeAt(i)) i++;
  };
  const readString = (): JsonString => {
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
    // The escapes were checked above; JSON.parse decodes them the way momoa does.
    let value = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
    const known = strings.get(value);
    if (known === undefined) strings.set(value, value);
    else value = known;
    return new JsonString(value, [start, i], lines);
  };
  const readNumber = (): JsonNumber => {
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
      if (sign === 43 || sign === MINUS) i++;
      if (!isDigit(text.charCodeAt(i))) fail();
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return new JsonNumber(Number(text.slice(start, i)), [start, i], lines);
  };
  const readWord = (word: string): [number, number] => {
    if (!text.startsWith(word, i)) fail();
    i += word.length;
    return [i - word.length, i];
  };
  /** After `{` or `,` in an object: the member's name and its colon. */
  const readName = () => {
    skipSpace();
    if (text.charCodeAt(i) !== QUOTE) fail();
    pendingNames.push(readString());
    skipSpace();
    if (text.charCodeAt(i) !== COLON) fail();
    i++;
  };

  for (;;) {
    // A value starts here (the document's, an element's or a member's).
    skipSpace();
    const ch = text.charCodeAt(i);
    let value: ValueNode;
    if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      const start = i++;
      skipSpace();
      const close = ch === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
      if (text.charCodeAt(i) !== close) {
        firstChild.push(top);
        if (ch === OPEN_BRACE) {
          open.push(new JsonObject([start, -1], lines));
          readName();
        } else {
          open.push(new JsonArray([start, -1], lines));
        }
        continue;
      }
      i++;
      value = ch === OPEN_BRACE ? new JsonObject([start, i], lines) : new JsonArray([start, i], lines);
    } else if (ch === QUOTE) value = readString();
    else if (ch === MINUS || isDigit(ch)) value = readNumber();
    else if (ch === 116) value = new JsonBoolean(true, readWord("true"), lines);
    else if (ch === 102) value = new JsonBoolean(false, readWord("false"), lines);
    else if (ch === 110) value = new JsonNull(readWord("null"), lines);
    else return fail();
    if (!endsValue(text.charCodeAt(i))) fail();

    // The value is complete: add it to its container, then close every container that ends here.
    for (;;) {
      const container = open.at(-1);
      if (container === undefined) {
        skipSpace();
        if (i !== length) fail();
        return value;
      }
      if (container.type === "Array") children[top++] = value;
      else {
        const name = pendingNames.pop()!;
        children[top++] = new JsonMember(name, value, [name.range[0], value.range[1]], lines);
      }
      skipSpace();
      const next = text.charCodeAt(i);
      if (next === COMMA) {
        i++;
        if (container.type === "Object") readName();
        break;
      }
      if (next !== (container.type === "Object" ? CLOSE_BRACE : CLOSE_BRACKET)) fail();
      i++;
      container.closeAt(i);
      const from = firstChild.pop()!;
      if (container.type === "Array") container.elements = children.slice(from, top) as ValueNode[];
      else container.members = children.slice(from, top) as MemberNode[];
      top = from;
      open.pop();
      value = container;
    }
  }
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
      case "Object": {
        const object = new JsonObject(range, lines);
        for (const member of node.members) {
          const nameRange = member.name.range as [number, number];
          const name = new JsonString(member.name.type === "String" ? member.name.value : member.name.name, nameRange, lines);
          object.members.push(new JsonMember(name, convert(member.value), member.range as [number, number], lines));
        }
        return object;
      }
      case "Array": {
        const array = new JsonArray(range, lines);
        for (const element of node.elements) array.elements.push(convert(element.value));
        return array;
      }
      case "String":
        return new JsonString(node.value, range, lines);
      case "Number":
        return new JsonNumber(node.value, range, lines);
      case "Boolean":
        return new JsonBoolean(node.value, range, lines);
      default:
        // Null; JSON mode yields none of momoa's JSON5 node kinds (Infinity, NaN, identifiers).
        return new JsonNull(range, lines);
    }
  };
  return convert(document.body);
}
