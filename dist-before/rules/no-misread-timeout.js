import { serviceConfigVisitor } from "../src/config-language/service-config-rule.js";
import { padDurationFraction } from "../src/config-language/config-edits.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "no-misread-timeout",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow method config timeouts with a fraction that grpc-js 1.14 misreads",
            preset: "recommended",
            severity: "error",
            input: ["service-config", "typescript"],
        },
        schema: [],
        // Nine decimals is the one spelling grpc-js 1.14 reads right and every other gRPC reads the same.
        fixable: "code",
        messages: {
            misread: "grpc-js accepts this timeout but misreads it and gives every call it covers a shorter deadline: {{detail}}.",
        },
    },
    create(context) {
        return serviceConfigVisitor(context, {
            config({ reportProblems, text }) {
                reportProblems("misreadTimeout", "misread", ({ node }) => {
                    const edit = node.type === "String" ? padDurationFraction(text, node) : undefined;
                    return edit ? { fix: [edit] } : undefined;
                });
            },
        });
    },
});
