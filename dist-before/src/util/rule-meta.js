export function ruleDocs(rule) {
    const docs = rule.meta?.docs;
    if (!docs?.input || !docs.preset)
        throw new TypeError("grpc-review rule without grpc-review docs metadata");
    return docs;
}
