import type { ProtoIndex } from "../../../proto-checks/project-index.js";
import type { ServiceConfig } from "./model.js";
import { type ValueNode } from "./tree.js";
/**
 * A `methodConfig` name that no call can match, judged against the project's protos. gRPC
 * compares the names with the call's path exactly, so an entry for a service or method that
 * does not exist is accepted and never applies.
 */
export type UnmatchedName = 
/** The service's package has protos in the project, and none of them declares the service. */
{
    kind: "unknownService";
    node: ValueNode;
    service: string;
    declared: string[];
}
/** The service exists and declares no such method. */
 | {
    kind: "unknownMethod";
    node: ValueNode;
    service: string;
    method: string;
    similar: string | undefined;
}
/** No proto in the project declares the package at all: a wrong name, or protos kept elsewhere. One per package and config. */
 | {
    kind: "unknownPackage";
    node: ValueNode;
    service: string;
    packageName: string;
    names: number;
};
/**
 * The names of `config` that match nothing in `index`. Says nothing when the index holds no
 * protos at all: then there is nothing to judge the names against.
 */
export declare function unmatchedNames(config: ServiceConfig, index: ProtoIndex): UnmatchedName[];
