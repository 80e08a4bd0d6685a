import { serviceConfigVisitor } from "../src/config-language/service-config-rule.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "valid-service-config",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow service configs that grpc-js rejects when the channel is created",
            preset: "recommended",
            severity: "error",
            input: ["service-config", "typescript"],
        },
        schema: [],
        messages: {
            rejected: "grpc-js rejects this service config and the channel constructor throws: {{detail}}.",
            invalidJson: "The `grpc.service_config` string is not valid JSON ({{detail}}): grpc-js's JSON.parse throws when the channel is created; fix the JSON.",
        },
    },
    create(context) {
        return serviceConfigVisitor(context, {
            config({ reportProblems }) {
                reportProblems("rejected", "rejected");
            },
            inlineSyntaxError(report, message) {
                report("invalidJson", { detail: message });
            },
        });
    },
});
