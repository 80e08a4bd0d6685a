import { findDuplicateKeys } from "../src/core/service-config/index.js";
import { serviceConfigVisitor } from "../src/config-language/service-config-rule.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "no-silent-service-config-change",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow service config settings that grpc-js accepts but silently ignores or changes",
            preset: "recommended",
            severity: "warn",
            input: ["service-config", "typescript"],
        },
        schema: [],
        messages: {
            changed: "grpc-js accepts this service config but silently does something else: {{detail}}.",
            duplicateKey: 'Key "{{key}}" appears twice in one object: JSON.parse silently keeps the last and YAML rejects it; keep one.',
        },
    },
    create(context) {
        return serviceConfigVisitor(context, {
            config({ tree, report, reportProblems }) {
                for (const duplicate of findDuplicateKeys(tree))
                    report(duplicate.name, "duplicateKey", { key: duplicate.name.value });
                reportProblems("changed", "changed");
            },
        });
    },
});
