import { relative } from "node:path";
import { HISTORY_OPTIONS_SCHEMA, historyListeners } from "../proto-checks/history-context.js";
import { getProtoIndex } from "../proto-checks/project-index.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "no-deleted-rpc",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow deleting a method or service since a git ref unless it was marked deprecated there",
            preset: "recommended",
            severity: "error",
            input: "proto",
        },
        schema: HISTORY_OPTIONS_SCHEMA,
        messages: {
            methodDeleted: "Method '{{method}}' of '{{service}}' was deleted since {{ref}}: clients built from the published protos still call it and get UNIMPLEMENTED. Keep it, or mark it `option deprecated = true;` in a release first and delete it once callers have moved.",
            serviceDeleted: "Service '{{service}}' was declared in this file at {{ref}} and no .proto declares it now: every client of it gets UNIMPLEMENTED. Keep it, or mark it `option deprecated = true;` in a release first and delete it once callers have moved.",
            historyUnavailable: "Cannot compare .proto files with '{{ref}}': {{reason}}",
        },
    },
    create(context) {
        return historyListeners(context, ({ ref, snapshot }) => {
            const current = new Set();
            return {
                Service(node) {
                    current.add(node.fullName);
                    const old = snapshot.services.get(node.fullName);
                    if (!old)
                        return;
                    const methods = new Set(node.methods.map((method) => method.name));
                    for (const [name, method] of old.methods) {
                        if (methods.has(name) || method.deprecated || old.deprecated)
                            continue;
                        context.report({ loc: context.sourceCode.getLoc(node.nameSpan), messageId: "methodDeleted", data: { method: name, service: node.name, ref } });
                    }
                },
                "ProtoFile:exit"() {
                    const path = relative(snapshot.repositoryRoot, context.physicalFilename).split("\\").join("/");
                    for (const old of snapshot.services.values()) {
                        if (old.path !== path || old.deprecated || current.has(old.fullName))
                            continue;
                        // Moved to another file is not deleted: the other file still declares it.
                        if (getProtoIndex([snapshot.repositoryRoot]).methodsOf(old.fullName) !== undefined)
                            continue;
                        context.report({ loc: { line: 1, column: 1 }, messageId: "serviceDeleted", data: { service: old.fullName, ref } });
                    }
                },
            };
        });
    },
});
