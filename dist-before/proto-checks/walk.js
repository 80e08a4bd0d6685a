/** Calls back for every message (nested and group bodies too) and every enum of a file, outside in. */
export function forEachDeclaration(file, visitor) {
    const visitMessage = (message) => {
        visitor.message?.(message);
        for (const member of message.body) {
            if (member.type === "Message")
                visitMessage(member);
            else if (member.type === "Enum")
                visitor.enum?.(member);
            else if (member.type === "Field" && member.group)
                visitMessage(member.group);
        }
    };
    for (const node of file.body) {
        if (node.type === "Message")
            visitMessage(node);
        else if (node.type === "Enum")
            visitor.enum?.(node);
    }
}
/** `proto2`, `proto3` or `editions`: what decides a file's defaults (packed encoding, presence). */
export function syntaxOf(file) {
    return file.edition ? "editions" : (file.syntax ?? "proto2");
}
