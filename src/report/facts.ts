/**
 * What the report learns about one TypeScript file during the review's own lint pass: the client
 * call sites and server handlers core recognizes there, with core's deadline verdicts. Plain data
 * (offsets, lines, names) so the whole-repository pass can match it to its own syntax trees.
 */

export type DeadlineSource = "per-call" | "default" | "propagated" | "cancellation-only" | "none" | "unknown";

export interface CallSiteFact {
  /** Offset of the call expression's first character (what both ESTree and TypeScript call its start). */
  start: number;
  line: number;
  column: number;
  library: "grpc-js" | "connect" | "nice-grpc" | "protobuf-ts" | "grpc-web" | "nestjs" | "protobufjs";
  /** The method as the code names it: `getFeature`, `GetFeature`, or a `/pkg.Service/Method` path. */
  method: string;
  callType: "unary" | "server-stream" | "client-stream" | "bidi" | undefined;
  /** core/deadlines' verdict kind: bounded, unknown, missing-deadline, missing-timeout... */
  deadline: string;
  deadlineSource: DeadlineSource;
  /** Inside a server handler: whether the call passes the incoming deadline on (core/deadlines). */
  propagation?: "propagated" | "not-propagated" | "unknown";
  /** Key offset (see functionKeyOffset) of the enclosing server handler, when there is one. */
  handlerStart?: number;
  /** Words around the client (its construction, its type): they tell which service it talks to. */
  serviceHints: string[];
  /** The client talks through a browser transport (grpc-web or Connect for the web). */
  browser: boolean;
}

export interface HandlerFact {
  /** A method's name offset, else the function's first character (see functionKeyOffset). */
  start: number;
  line: number;
  column: number;
  library: "grpc-js" | "connect" | "nice-grpc" | "nestjs";
  /** The implementation's key (`getFeature`), or the name a NestJS decorator gives. */
  method: string | undefined;
  kind: string;
  serviceHints: string[];
}

export interface FileFacts {
  file: string;
  callSites: CallSiteFact[];
  handlers: HandlerFact[];
  /** Module specifiers the file imports or re-exports. */
  imports: string[];
  /** The file imports a browser gRPC transport or library. */
  browser: boolean;
  /** Signals the checklist reads: load-balancing policies, interceptors, tracing, reflection, keepalive. */
  signals: string[];
}

export type FactsByFile = Map<string, FileFacts>;
