import { requestResolver } from "../proto-checks/request-fields.js";
import { AIP_REQUEST_ID, fieldInfoFormat, idempotencyStory } from "../src/core/policy/index.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
import { readSettings } from "../src/util/settings.js";
export default createLanguageRule({
    name: "require-idempotency-level",
    meta: {
        type: "suggestion",
        docs: {
            description: "Require every method that is not a known read to declare an idempotency_level or carry a request id",
            preset: "strict",
            severity: "warn",
            input: "proto",
        },
        schema: [
            {
                type: "object",
                properties: {
                    keyFields: {
                        type: "array",
                        items: { type: "string", minLength: 1 },
                        uniqueItems: true,
                        description: "More request field names that carry a request id the server deduplicates on.",
                    },
                },
                additionalProperties: false,
            },
        ],
        messages: {
            undeclared: "Method '{{method}}' is not a known read ({{reason}}), declares no idempotency_level and its request '{{request}}' carries no request id: clients, retry policies and reviewers cannot tell whether a repeat after a timeout is safe. Declare `option idempotency_level = IDEMPOTENT;` (NO_SIDE_EFFECTS for a read), or add a `string request_id` the server deduplicates on.",
            requestIdFormat: "Field 'request_id' of '{{message}}' {{found}}: AIP-155 asks request ids to be UUIDs marked `(google.api.field_info).format = UUID4`, so every client sends one fresh UUID per logical request (and generated clients can fill it in). Add `[(google.api.field_info).format = UUID4]`.",
        },
    },
    create(context) {
        const settings = readSettings(context);
        const extraKeys = new Set((context.options[0])?.keyFields ?? []);
        let requestOf;
        const checkedFormats = new Set();
        function checkRequestIdFormat(request) {
            if (request?.where !== "local")
                return;
            const field = request.fields.find((candidate) => candidate.name === AIP_REQUEST_ID && candidate.kind === "field");
            if (!field || field.fieldType !== "string" || field.label === "repeated" || checkedFormats.has(field))
                return;
            checkedFormats.add(field);
            const format = fieldInfoFormat(field.options);
            if (format === "UUID4")
                return;
            context.report({
                loc: context.sourceCode.getLoc(field.nameSpan),
                messageId: "requestIdFormat",
                data: { message: request.message.name, found: format ? `declares format ${format}, not UUID4` : "has no format annotation" },
            });
        }
        return {
            ProtoFile(node) {
                requestOf = requestResolver(context.physicalFilename, node);
            },
            Method(method) {
                const request = requestOf(method);
                checkRequestIdFormat(request);
                const story = idempotencyStory(method, request?.names, settings.idempotency, extraKeys);
                if (story.kind !== "none")
                    return;
                context.report({
                    loc: context.sourceCode.getLoc(method.nameSpan),
                    messageId: "undeclared",
                    data: { method: method.name, reason: story.idempotency.reason, request: method.inputType },
                });
            },
        };
    },
});
