import { dedupFieldOf, idempotencyByName, methodIdempotency, type MethodIdempotency, type VerbLists } from "../policy/index.js";
import type { ProtoIndex } from "../../../proto-checks/project-index.js";
import type { MethodConfig, MethodName, ServiceConfig } from "./model.js";

/** A method a method config applies to, with what is known about its idempotency. */
export interface CoveredMethod {
  service: string;
  method: string;
  idempotency: MethodIdempotency;
  /**
   * The request field by which the server can tell a repeat (a `request_id`, or on `CreateFoo` a
   * client-chosen `foo_id`); undefined when there is none or the request is unknown.
   */
  dedupField?: string;
  /** The name entry through which the method config reaches it. */
  via: MethodName;
}

interface ConfigNames {
  specificMethods: Set<string>;
  specificServices: Set<string>;
  /** Every service the config names, in order, each once. */
  namedServices: string[];
}

// Rules ask about each method config of a config in turn: gathering the names once per config keeps
// that linear (a config with 10^4 method configs took minutes when each question re-read all of them).
const namesByConfig = new WeakMap<ServiceConfig, ConfigNames>();

function namesOf(config: ServiceConfig): ConfigNames {
  const cached = namesByConfig.get(config);
  if (cached) return cached;
  const specificMethods = new Set<string>();
  const specificServices = new Set<string>();
  const named = new Set<string>();
  for (const entry of config.methodConfigs) {
    for (const name of entry.names) {
      if (name.service === undefined) continue;
      if (name.service) named.add(name.service);
      if (name.method === undefined) specificServices.add(name.service);
      else specificMethods.add(`${name.service}/${name.method}`);
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
export function coveredMethods(
  config: ServiceConfig,
  methodConfig: MethodConfig,
  index: ProtoIndex | undefined,
  lists: VerbLists = {},
): CoveredMethod[] {
  const { specificMethods, specificServices, namedServices } = namesOf(config);
  const describe = (service: string, method: string, via: MethodName): CoveredMethod => {
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
  const wholeService = (service: string, via: MethodName): CoveredMethod[] =>
    (index?.methodsOf(service) ?? [])
      .filter((method) => !specificMethods.has(`${service}/${method}`))
      .map((method) => describe(service, method, via));

  const covered: CoveredMethod[] = [];
  const seen = new Set<string>();
  const add = (methods: CoveredMethod[]) => {
    for (const method of methods) {
      const key = `${method.service}/${method.method}`;
      if (!seen.has(key)) {
        seen.add(key);
        covered.push(method);
      }
    }
  };
  for (const name of methodConfig.names) {
    if (name.service !== undefined && name.method !== undefined) add([describe(name.service, name.method, name)]);
    else if (name.service !== undefined) add(wholeService(name.service, name));
    else {
      const services = namedServices.length > 0 ? namedServices : (index?.services() ?? []);
      for (const service of services) if (!specificServices.has(service)) add(wholeService(service, name));
    }
  }
  return covered;
}
