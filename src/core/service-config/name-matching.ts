import type { ProtoIndex } from "../../../proto-checks/project-index.js";
import type { ServiceConfig } from "./model.js";
import { getValue, type ValueNode } from "./tree.js";

/**
 * A `methodConfig` name that no call can match, judged against the project's protos. gRPC
 * compares the names with the call's path exactly, so an entry for a service or method that
 * does not exist is accepted and never applies.
 */
export type UnmatchedName =
  /** The service's package has protos in the project, and none of them declares the service. */
  | { kind: "unknownService"; node: ValueNode; service: string; declared: string[] }
  /** The service exists and declares no such method. */
  | { kind: "unknownMethod"; node: ValueNode; service: string; method: string; similar: string | undefined }
  /** No proto in the project declares the package at all: a wrong name, or protos kept elsewhere. One per package and config. */
  | { kind: "unknownPackage"; node: ValueNode; service: string; packageName: string; names: number };

function packageOf(service: string): string {
  const dot = service.lastIndexOf(".");
  return dot === -1 ? "" : service.slice(0, dot);
}

/** Levenshtein distance, capped: only near misses (a dropped plural `s`, a typo) are worth naming. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
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
function similarMethod(method: string, declared: readonly string[]): string | undefined {
  const lower = method.toLowerCase();
  const sameCase = declared.find((name) => name.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: string | undefined;
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
export function unmatchedNames(config: ServiceConfig, index: ProtoIndex): UnmatchedName[] {
  if (index.files().length === 0) return [];
  const found: UnmatchedName[] = [];
  const missingPackages = new Map<string, Extract<UnmatchedName, { kind: "unknownPackage" }>>();
  // Each service's methods and each package's services are looked up once per config, not once per
  // name: the index hands out a fresh list per question, and a large config names thousands.
  const methodSets = new Map<string, { list: string[]; set: Set<string> } | undefined>();
  const methodsOf = (service: string) => {
    if (!methodSets.has(service)) {
      const list = index.methodsOf(service);
      methodSets.set(service, list && { list, set: new Set(list) });
    }
    return methodSets.get(service);
  };
  let servicesByPackage: Map<string, string[]> | undefined;
  const servicesOf = (packageName: string): string[] => {
    if (!servicesByPackage) {
      servicesByPackage = new Map();
      for (const service of [...index.services()].sort()) {
        const list = servicesByPackage.get(packageOf(service));
        if (list) list.push(service);
        else servicesByPackage.set(packageOf(service), [service]);
      }
    }
    return [...(servicesByPackage.get(packageName) ?? [])];
  };
  for (const methodConfig of config.methodConfigs) {
    for (const name of methodConfig.names) {
      if (name.service === undefined) continue; // channel-wide: matches every call
      const serviceNode = getValue(name.node, "service") ?? name.node;
      const methods = methodsOf(name.service);
      if (methods === undefined) {
        const packageName = packageOf(name.service);
        if (index.hasPackage(packageName)) {
          const declared = servicesOf(packageName);
          found.push({ kind: "unknownService", node: serviceNode, service: name.service, declared });
          continue;
        }
        const seen = missingPackages.get(packageName);
        if (seen) seen.names++;
        else {
          const entry = { kind: "unknownPackage" as const, node: serviceNode, service: name.service, packageName, names: 1 };
          missingPackages.set(packageName, entry);
          found.push(entry);
        }
        continue;
      }
      if (name.method === undefined || methods.set.has(name.method)) continue;
      const methodNode = getValue(name.node, "method") ?? name.node;
      found.push({ kind: "unknownMethod", node: methodNode, service: name.service, method: name.method, similar: similarMethod(name.method, methods.list) });
    }
  }
  return found;
}
