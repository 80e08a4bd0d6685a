import { unmatchedNames } from "../src/core/service-config/index.js";
import { protoIndexForRule } from "../src/config-language/proto-index-for-rule.js";
import { serviceConfigVisitor } from "../src/config-language/service-config-rule.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
const SHOWN_SERVICES = 3;
function simple(service) {
    return service.slice(service.lastIndexOf(".") + 1);
}
export default createLanguageRule({
    name: "no-unmatched-method-config",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow service config method names that no service or method in the project's protos declares",
            preset: "recommended",
            severity: "warn",
            input: ["service-config", "typescript"],
        },
        schema: [
            {
                type: "object",
                properties: {
                    checkPackages: {
                        type: "boolean",
                        description: "Also report names whose package no .proto in the project declares. Turn off when some services' protos live outside `protoRoots`.",
                    },
                },
                additionalProperties: false,
            },
        ],
        messages: {
            unknownService: "No .proto in the project declares service '{{service}}' ({{declared}}): gRPC matches names exactly, so this entry never applies and its timeout and retries are not in effect. Correct the name, or delete the entry if the service is gone.",
            unknownMethod: "Service '{{service}}' declares no method '{{method}}'{{similar}}: gRPC matches names exactly, so this entry never applies to a call. Correct the name, or delete it if the method is gone.",
            unknownPackage: "No .proto in the project declares package '{{packageName}}' (named by {{names}}): the name is wrong, or its protos live outside the proto roots. Correct the name, or add the protos' folder to `settings[\"grpc-review\"].protoRoots`.",
        },
    },
    create(context) {
        const checkPackages = (context.options[0])?.checkPackages ?? true;
        return serviceConfigVisitor(context, {
            config({ config, report }) {
                if (config.methodConfigs.every((entry) => entry.names.every((name) => name.service === undefined)))
                    return;
                const { index } = protoIndexForRule(context);
                for (const finding of unmatchedNames(config, index)) {
                    switch (finding.kind) {
                        case "unknownService": {
                            const shown = finding.declared.slice(0, SHOWN_SERVICES).map((service) => `'${simple(service)}'`);
                            const more = finding.declared.length - shown.length;
                            const declared = shown.length === 0
                                ? "its package declares no service"
                                : `its package declares ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
                            report(finding.node, "unknownService", { service: finding.service, declared });
                            break;
                        }
                        case "unknownMethod":
                            report(finding.node, "unknownMethod", {
                                service: finding.service,
                                method: finding.method,
                                similar: finding.similar ? ` (did you mean '${finding.similar}'?)` : "",
                            });
                            break;
                        case "unknownPackage":
                            if (!checkPackages)
                                break;
                            report(finding.node, "unknownPackage", {
                                packageName: finding.packageName,
                                names: finding.names === 1 ? `'${finding.service}'` : `'${finding.service}' and ${finding.names - 1} more names`,
                            });
                            break;
                    }
                }
            },
        });
    },
});
