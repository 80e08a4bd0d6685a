import { requestResolver } from "../proto-checks/request-fields.js";
import { methodIdempotency, repeatDuplicatesEffect, dedupFieldOf } from "../src/core/policy/index.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
import { readSettings } from "../src/util/settings.js";
export default createLanguageRule({
    name: "require-idempotency-key",
    meta: {
        type: "suggestion",
        docs: {
            description: "Require methods whose repeat would duplicate an effect to carry an idempotency key or declare an idempotency level",
            preset: "strict",
            severity: "warn",
            input: "proto",
        },
        schema: [
            {
                type: "object",
                properties: { keyFields: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true } },
                additionalProperties: false,
            },
        ],
        messages: {
            missingKey: "Method '{{method}}' changes state ({{reason}}) but its request '{{request}}' has no request_id-style field and the method declares no idempotency_level: a retry after an ambiguous timeout may apply the change twice. Add a `string request_id` the server deduplicates on, or set `option idempotency_level = IDEMPOTENT;` if a repeat is harmless.",
        },
    },
    create(context) {
        const settings = readSettings(context);
        const extraKeys = new Set((context.options[0])?.keyFields ?? []);
        let requestOf;
        return {
            ProtoFile(node) {
                requestOf = requestResolver(context.physicalFilename, node);
            },
            Method(method) {
                const idempotency = methodIdempotency(method, settings.idempotency);
                // Only a name that says "a repeat adds a second effect" is evidence enough to demand a key.
                if (!repeatDuplicatesEffect(idempotency))
                    return;
                const fields = requestOf(method)?.names;
                if (!fields)
                    return; // request type not found: say nothing rather than guess
                if (dedupFieldOf(method.name, fields, extraKeys) !== undefined)
                    return;
                context.report({
                    loc: context.sourceCode.getLoc(method.nameSpan),
                    messageId: "missingKey",
                    data: { method: method.name, reason: idempotency.reason, request: method.inputType },
                });
            },
        };
    },
});
