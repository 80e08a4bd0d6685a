import { getValue } from "./tree.js";
function packageOf(service) {
    const dot = service.lastIndexOf(".");
    return dot === -1 ? "" : service.slice(0, dot);
}
/** Levenshtein distance, capped: only near misses (a dropped plural `s`, a typo) are worth naming. */
function distance(a, b, cap) {
    if (Math.abs(a.length - b.length) > cap)
        return cap + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** The declared method a misspelt name most likely meant, if one is close. */
function similarMethod(method, declared) {
    const lower = method.toLowerCase();
    const sameCase = declared.find((name) => name.toLowerCase() === lower);
    if (sameCase)
        return sameCase;
    let best;
    let bestDistance = 3;
    for (const name of declared) {
        const d = distance(method, name, 2);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best;
}
/**
 * The names of `config` that match nothing in `index`. Says nothing when the index holds no
 * protos at all: then there is nothing to judge the names against.
 */
export function unmatchedNames(config, index) {
    if (index.files().length === 0)
        return [];
    const found = [];
    const missingPackages = new Map();
    for (const methodConfig of config.methodConfigs) {
        for (const name of methodConfig.names) {
            if (name.service === undefined)
                continue; // channel-wide: matches every call
            const serviceNode = getValue(name.node, "service") ?? name.node;
            const methods = index.methodsOf(name.service);
            if (methods === undefined) {
                const packageName = packageOf(name.service);
                if (index.hasPackage(packageName)) {
                    const declared = index.services().filter((service) => packageOf(service) === packageName).sort();
                    found.push({ kind: "unknownService", node: serviceNode, service: name.service, declared });
                    continue;
                }
                const seen = missingPackages.get(packageName);
                if (seen)
                    seen.names++;
                else {
                    const entry = { kind: "unknownPackage", node: serviceNode, service: name.service, packageName, names: 1 };
                    missingPackages.set(packageName, entry);
                    found.push(entry);
                }
                continue;
            }
            if (name.method === undefined || methods.includes(name.method))
                continue;
            const methodNode = getValue(name.node, "method") ?? name.node;
            found.push({ kind: "unknownMethod", node: methodNode, service: name.service, method: name.method, similar: similarMethod(name.method, methods) });
        }
    }
    return found;
}
