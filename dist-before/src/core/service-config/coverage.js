import { dedupFieldOf, idempotencyByName, methodIdempotency } from "../policy/index.js";
// Rules ask about each method config of a config in turn: gathering the names once per config keeps
// that linear (a config with 10^4 method configs took minutes when each question re-read all of them).
const namesByConfig = new WeakMap();
function namesOf(config) {
    const cached = namesByConfig.get(config);
    if (cached)
        return cached;
    const specificMethods = new Set();
    const specificServices = new Set();
    const named = new Set();
    for (const entry of config.methodConfigs) {
        for (const name of entry.names) {
            if (name.service === undefined)
                continue;
            if (name.service)
                named.add(name.service);
            if (name.method === undefined)
                specificServices.add(name.service);
            else
                specificMethods.add(`${name.service}/${name.method}`);
        }
    }
    const names = { specificMethods, specificServices, namedServices: [...named] };
    namesByConfig.set(config, names);
    return names;
}
/**
 * The methods one method config governs. gRPC picks the most specific entry for a call
 * (service/method, then service, then the channel-wide default), so a service-wide or channel-wide
 * entry does not cover methods that another entry names more specifically. Without protos, a
 * service-wide entry covers nothing that can be named (no guessing); a channel-wide entry covers
 * the services the config names, or every indexed service when it names none.
 */
export function coveredMethods(config, methodConfig, index, lists = {}) {
    const { specificMethods, specificServices, namedServices } = namesOf(config);
    const describe = (service, method, via) => {
        const indexed = index?.method(service, method);
        const fields = indexed ? index?.messageFields(indexed.inputType) : undefined;
        return {
            service,
            method,
            idempotency: indexed ? methodIdempotency(indexed, lists) : idempotencyByName(method, lists),
            dedupField: fields ? dedupFieldOf(method, fields) : undefined,
            via,
        };
    };
    const wholeService = (service, via) => (index?.methodsOf(service) ?? [])
        .filter((method) => !specificMethods.has(`${service}/${method}`))
        .map((method) => describe(service, method, via));
    const covered = [];
    const seen = new Set();
    const add = (methods) => {
        for (const method of methods) {
            const key = `${method.service}/${method.method}`;
            if (!seen.has(key)) {
                seen.add(key);
                covered.push(method);
            }
        }
    };
    for (const name of methodConfig.names) {
        if (name.service !== undefined && name.method !== undefined)
            add([describe(name.service, name.method, name)]);
        else if (name.service !== undefined)
            add(wholeService(name.service, name));
        else {
            const services = namedServices.length > 0 ? namedServices : (index?.services() ?? []);
            for (const service of services)
                if (!specificServices.has(service))
                    add(wholeService(service, name));
        }
    }
    return covered;
}
