/** Turns offsets into 1-based line/column positions. */
export class LineIndex {
    #lineStarts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 10)
                this.#lineStarts.push(i + 1);
            else if (ch === 13 && text.charCodeAt(i + 1) !== 10)
                this.#lineStarts.push(i + 1);
        }
    }
    position(offset) {
        let low = 0;
        let high = this.#lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.#lineStarts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.#lineStarts[low] + 1 };
    }
    loc(range) {
        return { start: this.position(range[0]), end: this.position(range[1]) };
    }
}
/** The last member named `key` (JSON.parse semantics for duplicates), or undefined. Arrays have no members. */
export function getMember(node, key) {
    if (node?.type !== "Object")
        return undefined;
    for (let i = node.members.length - 1; i >= 0; i--) {
        if (node.members[i].name.value === key)
            return node.members[i];
    }
    return undefined;
}
export function getValue(node, key) {
    return getMember(node, key)?.value;
}
/** Every repeated member name in the tree, in document order. */
export function findDuplicateKeys(root) {
    const found = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === "Object") {
            const seen = new Map();
            for (const member of node.members) {
                const first = seen.get(member.name.value);
                if (first)
                    found.push({ name: member.name, firstName: first });
                else
                    seen.set(member.name.value, member.name);
                stack.push(member.value);
            }
        }
        else if (node.type === "Array") {
            for (const element of node.elements)
                stack.push(element);
        }
    }
    return found.sort((a, b) => a.name.range[0] - b.name.range[0]);
}
/** The plain JavaScript value of a tree (what JSON.parse would return). */
export function toPlainValue(node) {
    switch (node.type) {
        case "Object": {
            const result = {};
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
