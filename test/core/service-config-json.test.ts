/**
 * The one-pass JSON scan against momoa, the parser it stands in for: on generated texts, valid and
 * broken, the scan never accepts what momoa rejects, and whatever it accepts gives momoa's tree
 * (types, values, ranges and positions).
 */
import { describe, expect, it } from "vitest";
import { scanJson, treeFromMomoa } from "../../src/core/service-config/json.js";
import { findDuplicateKeys, LineIndex, parseJson, type TreeNode, type ValueNode } from "../../src/core/service-config/index.js";
import { walkTree } from "../../src/util/text-source-code.js";
// Seeded, so a failure names a reproducible seed.
import { seededRandom as random } from "../helpers/seeded-random.js";

const SPACES = ["", " ", "\n", "\r\n", "\t", "  \n  "];
const STRINGS = ["", "a", "service", "pkg.v1.Service", "5s", "0.1s", "UNAVAILABLE", "é", "\u2028", "日本", "a\"b", "back\\slash", "tab\there", "nl\nx", "\u0001", "\ud83d\ude00", "/path/"];
const NUMBERS = ["0", "-0", "1", "-1", "12.5", "1e3", "1E-7", "-0.0e+2", "123456789012345678901234567890", "1e400", "3.14159"];

function generate(next: () => number, depth: number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const space = () => pick(SPACES);
  const roll = next();
  if (depth > 4 || roll < 0.35) {
    const kind = next();
    if (kind < 0.4) {
      const text = pick(STRINGS);
      // Escaped as JSON.stringify writes it, or with \u escapes, or (rarely) control characters raw.
      return next() < 0.7 ? JSON.stringify(text) : next() < 0.8 ? `"${[...text].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"` : `"${text.replace(/["\\]/g, "")}"`;
    }
    if (kind < 0.75) return pick(NUMBERS);
    return pick(["true", "false", "null"]);
  }
  const count = Math.floor(next() * 4);
  if (roll < 0.7) {
    const members = Array.from({ length: count }, () => `${space()}${JSON.stringify(pick(STRINGS))}${space()}:${space()}${generate(next, depth + 1)}${space()}`);
    return `{${members.join(",") || space()}}`;
  }
  const elements = Array.from({ length: count }, () => `${space()}${generate(next, depth + 1)}${space()}`);
  return `[${elements.join(",") || space()}]`;
}

/** One edit that usually breaks the text: a character dropped, doubled or replaced. */
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const choice = next();
  if (choice < 0.33) return text.slice(0, at) + text.slice(at + 1);
  if (choice < 0.66) return text.slice(0, at) + text[at] + text.slice(at);
  return text.slice(0, at) + "{}[],:\"\\-.eE0x tn\u0000"[Math.floor(next() * 20)] + text.slice(at + 1);
}

/** Every node's own shape and position, in document order. */
function describeTree(root: ValueNode): unknown[] {
  const out: unknown[] = [];
  for (const visit of walkTree<TreeNode>(root, { Object: ["members"], Member: ["name", "value"], Array: ["elements"] })) {
    if (visit.phase !== 1) continue;
    const node = visit.node;
    out.push([node.type, "value" in node && node.type !== "Member" ? node.value : undefined, node.range, node.loc]);
  }
  return out;
}

function momoaOutcome(text: string): ValueNode | Error {
  try {
    return treeFromMomoa(text, new LineIndex(text));
  } catch (error) {
    return error as Error;
  }
}

describe("the JSON scan", () => {
  it("accepts exactly what momoa accepts, with momoa's tree, on generated texts", () => {
    const next = random(20261201);
    let scanned = 0;
    let rejected = 0;
    for (let i = 0; i < 4_000; i++) {
      const valid = generate(next, 0);
      const text = i % 2 === 0 ? valid : mutate(valid, next);
      const reference = momoaOutcome(text);
      const tree = scanJson(text, new LineIndex(text));
      if (reference instanceof Error) {
        expect(tree, `momoa rejects ${JSON.stringify(text)}`).toBeUndefined();
        rejected++;
        continue;
      }
      if (tree === undefined) continue; // declined: the caller uses momoa's tree
      scanned++;
      expect(describeTree(tree), text).toEqual(describeTree(reference));
    }
    // Both sides of the comparison were exercised.
    expect(scanned).toBeGreaterThan(1_500);
    expect(rejected).toBeGreaterThan(500);
  });

  it("finds the repeated member names momoa's tree has, while it reads (escaped or not, in small and large objects)", () => {
    const next = random(424242);
    const names = (root: ValueNode) => findDuplicateKeys(root).map(({ name, firstName }) => [name.value, name.range, firstName.range]);
    let found = 0;
    for (let i = 0; i < 2_000; i++) {
      // Every tenth text is one object of 40 members: past the size where objects are checked pairwise.
      const text =
        i % 10 === 0
          ? `{${Array.from({ length: 40 }, (_, k) => `${JSON.stringify(STRINGS[Math.floor(next() * 40) % STRINGS.length])}: ${k}`).join(", ")}}`
          : generate(next, 0);
      const tree = scanJson(text, new LineIndex(text));
      if (tree === undefined) continue;
      const reference = names(treeFromMomoa(text, new LineIndex(text)));
      expect(names(tree), text).toEqual(reference);
      found += reference.length;
    }
    expect(found).toBeGreaterThan(1_000);
  });

  it("takes every text JSON.stringify writes (the fast path is the common one)", () => {
    const next = random(7);
    for (let i = 0; i < 500; i++) {
      const text = JSON.stringify(JSON.parse(generate(next, 0).replace(/[\u0000-\u001f]/g, "")), null, i % 3);
      expect(scanJson(text, new LineIndex(text)), text).toBeDefined();
    }
  });

  it("gives momoa's message for broken text, and its tree for raw control characters it declines", () => {
    const broken = parseJson('{\n  "a": 1,\n}');
    expect(broken.ok).toBe(false);
    const raw = '{"a": "x\u0001y"}';
    expect(scanJson(raw, new LineIndex(raw))).toBeUndefined();
    const parsed = parseJson(raw);
    expect(parsed.ok && describeTree(parsed.documents[0]!.body)).toEqual(describeTree(treeFromMomoa(raw, new LineIndex(raw))));
  });

  it("reads an array of 500,000 elements and a document 1,000 levels deep without recursion", () => {
    const wide = `[${Array.from({ length: 500_000 }, (_, i) => i % 2 ? "{}" : String(i)).join(",")}]`;
    const tree = scanJson(wide, new LineIndex(wide));
    expect(tree?.type === "Array" && tree.elements.length).toBe(500_000);
    const deep = `${"[".repeat(1_000)}1${"]".repeat(1_000)}`;
    let node = scanJson(deep, new LineIndex(deep));
    let depth = 0;
    while (node?.type === "Array") {
      node = node.elements[0];
      depth++;
    }
    expect([depth, node?.type]).toEqual([1_000, "Number"]);
  });
});

describe("walkTree", () => {
  it("visits a tree 200,000 levels deep in order, entering and leaving each node once", () => {
    type Chain = { type: "Link"; next?: Chain; id: number };
    const root: Chain = { type: "Link", id: 0 };
    let tail = root;
    for (let id = 1; id < 200_000; id++) tail = tail.next = { type: "Link", id };
    let entered = 0;
    let left = 0;
    let order = true;
    for (const visit of walkTree<Chain>(root, { Link: ["next"] })) {
      if (visit.phase === 1) {
        order &&= visit.node.id === entered && visit.parent?.id === (entered === 0 ? undefined : entered - 1);
        entered++;
      } else {
        order &&= visit.node.id === 199_999 - left;
        left++;
      }
    }
    expect([entered, left, order]).toEqual([200_000, 200_000, true]);
  });
});
