import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { createStaticEvaluator, fileContext, unwrap } from "../src/core/syntax/index.js";
import { grpcAnalysis, plaintextSite } from "../src/core/calls/index.js";
import { addressHost, isLocalAddress } from "../src/core/policy/index.js";
import { createRule } from "../src/util/create-rule.js";
/** The address a site names, when it is static: a literal, a `const`, or the fallback of `process.env.X ?? "..."`. */
function staticAddress(evaluator, node) {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.LogicalExpression && (target.operator === "??" || target.operator === "||")) {
        // The fallback is what runs unless someone configures it; only that part needs to be static.
        const fallback = evaluator.string(target.right);
        return fallback?.complete ? fallback.text : undefined;
    }
    const value = evaluator.string(target);
    return value?.complete ? value.text : undefined;
}
function compile(patterns) {
    const compiled = [];
    for (const source of patterns) {
        try {
            compiled.push(new RegExp(source, "i"));
        }
        catch {
            // An invalid pattern matches nothing.
        }
    }
    return compiled;
}
export default createRule({
    name: "no-insecure-credentials",
    meta: {
        type: "problem",
        docs: {
            description: "Disallow plaintext gRPC (insecure credentials, http:// base URLs) to or on addresses outside this machine",
            preset: "strict",
            severity: "error",
            input: "typescript",
            requiresTypeChecking: false,
        },
        messages: {
            insecureClient: "Insecure credentials to `{{address}}`, which is not this machine: requests, replies and metadata (tokens included) cross the network in plaintext, and nothing proves the server is who it claims. Use `credentials.createSsl()` (or mTLS). If a mesh sidecar encrypts this hop, list the target in `meshTargets`; for local development, choose the credentials behind an environment check.",
            insecureServer: "The server listens on `{{address}}` without TLS: every interface, not only loopback, accepts plaintext calls. Use `ServerCredentials.createSsl(...)`, bind to `127.0.0.1` behind a sidecar, or list the address in `meshTargets` if a mesh terminates mTLS in front of it.",
            plaintextUrl: "`{{address}}` is plaintext (no `https://`) and not on this machine: calls and their metadata cross the network unencrypted. Use `https://`, or list the host in `meshTargets` if a mesh sidecar encrypts this hop.",
        },
        schema: [
            {
                type: "object",
                properties: {
                    meshTargets: {
                        type: "array",
                        items: { type: "string", minLength: 1 },
                        uniqueItems: true,
                        description: "Regular expressions (case-insensitive) matched against the host of targets whose traffic a service mesh encrypts.",
                    },
                },
                additionalProperties: false,
            },
        ],
    },
    defaultOptions: [{ meshTargets: [] }],
    create(context, [options]) {
        const file = fileContext(context);
        const analysis = grpcAnalysis(file);
        if (!analysis)
            return {};
        const mesh = compile(options.meshTargets ?? []);
        let evaluator;
        function check(node) {
            let site;
            try {
                site = plaintextSite(analysis, node);
            }
            catch {
                return;
            }
            if (!site || site.guarded || !site.address)
                return;
            evaluator ??= createStaticEvaluator(file);
            const address = staticAddress(evaluator, site.address);
            if (address === undefined)
                return;
            if (site.kind === "url" && /^https:\/\//i.test(address.trim()))
                return;
            if (isLocalAddress(address, site.kind === "server" ? "server" : "client"))
                return;
            const host = addressHost(address) ?? address;
            if (mesh.some((pattern) => pattern.test(host)))
                return;
            const messageId = site.kind === "server" ? "insecureServer" : site.kind === "url" ? "plaintextUrl" : "insecureClient";
            context.report({ node: site.node, messageId, data: { address } });
        }
        return { NewExpression: check, CallExpression: check };
    },
});
