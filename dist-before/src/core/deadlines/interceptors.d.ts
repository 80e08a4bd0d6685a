/**
 * grpc-js interceptors that give a call its deadline. An interceptor is `(options, next) =>
 * new InterceptingCall(next(options), ...)`; grpc-js hands each one a copy of the call options and
 * passes what it gives `next` on to the channel, so `next({ ...options, deadline })` or
 * `options.deadline = ...; next(options)` bounds every call that runs through it
 * (client-interceptors.js, getInterceptingCall). Interceptors come from the client's constructor
 * options or per call from `CallOptions.interceptors`; a non-empty per-call list replaces the
 * client's list, an empty one does not. Lists are followed through variables, fields, spreads,
 * `concat` and helpers that build them (in the file, and across modules when typed).
 */
import { type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis } from "../calls/index.js";
export type Setting = "set" | "unset" | "unknown";
export declare function combineSettings(results: Setting[]): Setting;
/** Whether some interceptor in an options object's `interceptors` list sets a deadline; "absent" when the list is missing or empty. */
export declare function optionsInterceptorDeadline(analysis: GrpcAnalysis, options: TSESTree.Node): Setting | "absent";
