/** How a reserved name is written: a string literal before editions, a bare identifier since edition 2023. */
export function reservedNameText(file, name) {
    return file.edition !== undefined ? name : JSON.stringify(name);
}
/**
 * Appends `statements` (each a full `reserved ...;`) at the end of a message or enum body, one a line,
 * indented like the body's last line (so repeated fixes land in the order they were reported).
 * Undefined when the declaration does not end in its closing brace.
 */
export function appendToBody(text, declaration, statements) {
    const close = declaration.end - 1;
    if (statements.length === 0 || text[close] !== "}" || close <= declaration.nameSpan.end)
        return undefined;
    const indentOf = (offset) => /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", offset - 1) + 1))[0];
    const outer = indentOf(declaration.start);
    const lineStart = text.lastIndexOf("\n", close - 1) + 1;
    const beforeBrace = text.slice(lineStart, close);
    if (/^[ \t]*$/.test(beforeBrace) && lineStart > declaration.nameSpan.end) {
        // The brace has a line of its own: add lines above it, indented like the line before.
        const previous = indentOf(lineStart - 1);
        const inner = previous.length > beforeBrace.length && lineStart - 1 > text.indexOf("{", declaration.nameSpan.end) ? previous : `${beforeBrace}  `;
        return { range: [lineStart, lineStart], text: statements.map((statement) => `${inner}${statement}\n`).join("") };
    }
    // `{ ... }` on one line: the new lines go before the brace, which moves to a line of its own.
    const trailing = /[ \t]*$/.exec(beforeBrace)[0].length;
    const lines = statements.map((statement) => `\n${outer}  ${statement}`).join("");
    return { range: [close - trailing, close], text: `${lines}\n${outer}` };
}
/** The parts of `range` that none of `ranges` covers: protoc rejects a reserved range overlapping another. */
export function uncoveredParts(range, ranges) {
    const parts = [];
    let next = range.from;
    for (const candidate of [...ranges].sort((a, b) => a.from - b.from)) {
        if (candidate.to < next)
            continue;
        if (candidate.from > range.to)
            break;
        if (candidate.from > next)
            parts.push({ from: next, to: candidate.from - 1 });
        next = Math.max(next, candidate.to + 1);
        if (next > range.to)
            return parts;
    }
    if (next <= range.to)
        parts.push({ from: next, to: range.to });
    return parts;
}
