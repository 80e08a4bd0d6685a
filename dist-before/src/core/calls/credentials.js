/**
 * Plaintext connections: where a client, channel, transport or server is set up without TLS, and
 * the address it talks to or listens on.
 *
 * - grpc-js: `credentials.createInsecure()` / `ChannelCredentials.createInsecure()` as a client's
 *   or `Channel`'s second argument; `ServerCredentials.createInsecure()` given to `bindAsync`.
 * - nice-grpc `createChannel(address, credentials?)`: with no credentials and no `https://`
 *   prefix it falls back to `ChannelCredentials.createInsecure()` (`lib/client/channel.js`).
 * - Connect Node transports: a `baseUrl` starting with `http://` is HTTP/2 or HTTP/1.1 without TLS.
 *
 * A credential chosen under a condition (`if (process.env.NODE_ENV === "development")`, a
 * ternary, `a || b`) is guarded: someone decided when plaintext applies.
 */
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { isFunctionNode, lookupProperty, memberName, unwrap } from "../syntax/index.js";
import { CONNECT_TRANSPORT_FACTORIES, LIBRARY_MODULES } from "./grpc-modules.js";
const SERVER_BIND_METHODS = ["bindAsync", "bind"];
function argument(node, index) {
    const value = node.arguments[index];
    return value && value.type !== AST_NODE_TYPES.SpreadElement ? value : undefined;
}
/** `grpc.credentials.createInsecure()`, `ChannelCredentials.createInsecure()`, `ServerCredentials.createInsecure()` from grpc-js. */
function insecureCall(analysis, node, holder) {
    const target = unwrap(node);
    if (target.type !== AST_NODE_TYPES.CallExpression)
        return undefined;
    const callee = unwrap(target.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== "createInsecure")
        return undefined;
    const imported = analysis.estree.importedName(callee.object);
    if (!imported || !LIBRARY_MODULES["grpc-js"].includes(imported.module))
        return undefined;
    const names = holder === "credentials" ? ["credentials", "ChannelCredentials"] : ["ServerCredentials"];
    return names.includes(imported.name) ? target : undefined;
}
/** The insecure credentials an expression holds, traced through variables; guarded when any write is conditional. */
function insecureSource(analysis, node, holder) {
    const sources = analysis.estree.valueSources(node);
    let found;
    for (const source of sources) {
        const call = insecureCall(analysis, source, holder);
        if (call)
            found = call;
    }
    if (!found)
        return undefined;
    // Several writes (secure in one place, insecure in another) are a choice someone made.
    const guarded = sources.length > 1 || underCondition(found);
    return { call: found, guarded };
}
/** Under an `if`, a ternary branch, `&&`/`||`/`??` or a `switch` case, inside the same function. */
function underCondition(node) {
    for (let child = node, current = node.parent; current; child = current, current = current.parent) {
        if (isFunctionNode(current))
            return false;
        switch (current.type) {
            case AST_NODE_TYPES.IfStatement:
                if (child !== current.test)
                    return true;
                break;
            case AST_NODE_TYPES.ConditionalExpression:
                if (child !== current.test)
                    return true;
                break;
            case AST_NODE_TYPES.LogicalExpression:
            case AST_NODE_TYPES.SwitchCase:
                return true;
            default:
                break;
        }
    }
    return false;
}
/** A plaintext client, channel, transport or server set up by this expression, if any. */
export function plaintextSite(analysis, node) {
    if (node.type === AST_NODE_TYPES.NewExpression) {
        const credentials = argument(node, 1);
        if (!credentials)
            return undefined;
        const insecure = insecureSource(analysis, credentials, "credentials");
        if (!insecure)
            return undefined;
        const imported = analysis.estree.importedName(node.callee);
        const isChannel = imported !== undefined && LIBRARY_MODULES["grpc-js"].includes(imported.module) && imported.name === "Channel";
        if (!isChannel && analysis.construction(node)?.library !== "grpc-js")
            return undefined;
        return { kind: "client", node: credentials, address: argument(node, 0), guarded: insecure.guarded || underCondition(node) };
    }
    const callee = unwrap(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && SERVER_BIND_METHODS.includes(memberName(callee) ?? "")) {
        const credentials = argument(node, 1);
        const insecure = credentials && insecureSource(analysis, credentials, "ServerCredentials");
        if (!credentials || !insecure)
            return undefined;
        return { kind: "server", node: credentials, address: argument(node, 0), guarded: insecure.guarded || underCondition(node) };
    }
    const imported = analysis.estree.importedName(node.callee);
    if (!imported)
        return undefined;
    if (imported.module === "nice-grpc" && imported.name === "createChannel") {
        const address = argument(node, 0);
        const credentials = argument(node, 1);
        if (credentials) {
            const insecure = insecureSource(analysis, credentials, "credentials");
            if (!insecure)
                return undefined;
            return { kind: "client", node: credentials, address, guarded: insecure.guarded || underCondition(node) };
        }
        // No credentials: plaintext unless the address says https (checked by the caller on the text).
        if (!address)
            return undefined;
        return { kind: "url", node: address, address, guarded: underCondition(node) };
    }
    if (imported.module.endsWith("/connect-node") && CONNECT_TRANSPORT_FACTORIES.includes(imported.name)) {
        const options = argument(node, 0);
        if (!options)
            return undefined;
        const baseUrl = lookupProperty(analysis, options, "baseUrl");
        if (baseUrl.state !== "present" || !baseUrl.value)
            return undefined;
        return { kind: "url", node: baseUrl.value, address: baseUrl.value, guarded: underCondition(node) };
    }
    return undefined;
}
