import { type MethodIdempotency, type VerbLists } from "../policy/index.js";
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
/**
 * The methods one method config governs. gRPC picks the most specific entry for a call
 * (service/method, then service, then the channel-wide default), so a service-wide or channel-wide
 * entry does not cover methods that another entry names more specifically. Without protos, a
 * service-wide entry covers nothing that can be named (no guessing); a channel-wide entry covers
 * the services the config names, or every indexed service when it names none.
 */
export declare function coveredMethods(config: ServiceConfig, methodConfig: MethodConfig, index: ProtoIndex | undefined, lists?: VerbLists): CoveredMethod[];
