/**
 * The per-call option that bounds one call of each library, and what its value may be: an
 * absolute time, a time relative to the call's start, or either. grpc-js reads `deadline` as a
 * `Date` or epoch milliseconds (`src/deadline.ts`; NestJS hands its arguments to grpc-js
 * unchanged); nice-grpc-client-middleware-deadline and protobuf-ts `RpcOptions.timeout` read a
 * number as milliseconds from the call's start and a `Date` as a time; Connect's `timeoutMs` is
 * always relative.
 */
import type { GrpcLibrary } from "../calls/index.js";

export interface CallDeadlineOption {
  name: "deadline" | "timeoutMs" | "timeout";
  absolute: boolean;
  relative: boolean;
}

export const CALL_DEADLINE_OPTION: Readonly<Partial<Record<GrpcLibrary, CallDeadlineOption>>> = {
  "grpc-js": { name: "deadline", absolute: true, relative: false },
  nestjs: { name: "deadline", absolute: true, relative: false },
  "nice-grpc": { name: "deadline", absolute: true, relative: true },
  connect: { name: "timeoutMs", absolute: false, relative: true },
  "protobuf-ts": { name: "timeout", absolute: true, relative: true },
};
