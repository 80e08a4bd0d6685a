import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { fileContext } from "../src/core/syntax/index.js";
import { deadlineInsertion, deadlineVerdict, SUGGESTED_TIMEOUT_MS } from "../src/core/deadlines/index.js";
import { grpcAnalysis, type GrpcCall } from "../src/core/calls/index.js";
import { createRule } from "../src/util/create-rule.js";

export type MessageIds =
  | "missingDeadline"
  | "missingTimeout"
  | "missingTimeoutUnseenTransport"
  | "timeoutDisabled"
  | "noDeadlineMiddleware"
  | "missingNiceDeadline"
  | "infiniteDeadline"
  | "missingWebDeadline"
  | "missingRpcTimeout"
  | "missingNestDeadline"
  | "cancellationOnly"
  | "missingServiceDeadline"
  | "addDeadline";

type RuleFixer = TSESLint.RuleFixer;

/** The method name in `client.method(...)`: the smallest node a reviewer looks at. */
function reportNode(call: GrpcCall): TSESTree.Node {
  const callee = call.node.callee.type === AST_NODE_TYPES.ChainExpression ? call.node.callee.expression : call.node.callee;
  return callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : call.node;
}

export interface RequireDeadlineOptions {
  /**
   * Methods meant to stay open for the life of the process (xDS ADS streams, watch streams), by
   * method name (`StreamAggregatedResources`) or full path (`/pkg.Service/Method`).
   */
  ignoreMethods?: string[];
  /**
   * Accept a call with no deadline that is cancelled locally (an abort signal, a timer that
   * cancels it, a `Promise.race` with a timer), for teams that choose client-side cancellation.
   */
  acceptLocalCancellation?: boolean;
}

export default createRule<[RequireDeadlineOptions], MessageIds>({
  name: "require-deadline",
  meta: {
    type: "problem",
    docs: {
      description: "Require every gRPC client call to have a deadline (grpc-js, Connect, nice-grpc)",
      preset: "recommended",
      severity: "error",
      input: "typescript",
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    messages: {
      missingDeadline:
        "gRPC call `{{method}}` has no deadline, so it can wait forever and hold a stream and memory on both sides. Pass call options with `deadline: Date.now() + ms` (or `parent: call` inside a server handler).",
      missingTimeout:
        "Connect call `{{method}}` has no timeout (no `timeoutMs`, and its transport has no `defaultTimeoutMs`), so it can wait forever. Pass `{ timeoutMs: ms }` or set `defaultTimeoutMs` on the transport.",
      missingTimeoutUnseenTransport:
        "Connect call `{{method}}` passes no `timeoutMs`, and its client is built outside this file, so nothing here shows a transport `defaultTimeoutMs`: unless that transport sets one, the call can wait forever. Pass `{ timeoutMs: ms }`, or check the transport.",
      timeoutDisabled:
        "`timeoutMs: {{value}}` turns the transport's default timeout off, so Connect call `{{method}}` can wait forever. Use a positive `timeoutMs`.",
      noDeadlineMiddleware:
        "nice-grpc call `{{method}}` has no deadline: its client factory does not `.use(deadlineMiddleware)`, so a `deadline` option does nothing and the call can wait forever. Build the client with `createClientFactory().use(deadlineMiddleware)` and pass `deadline`.",
      missingNiceDeadline:
        "nice-grpc call `{{method}}` has no deadline, so it can wait forever. Pass `{ deadline: ms }` or set `deadline` in the client's `defaultCallOptions` for '*' or this method.",
      infiniteDeadline:
        "`deadline: Infinity` is no deadline: gRPC call `{{method}}` can wait forever. Pass `deadline: Date.now() + ms` (for a stream meant to stay open, list the method in `ignoreMethods`).",
      missingWebDeadline:
        "grpc-web call `{{method}}` has no deadline, so it can wait forever. Pass metadata with `deadline: String(Date.now() + ms)`: grpc-web turns it into a grpc-timeout header.",
      missingRpcTimeout:
        "protobuf-ts call `{{method}}` has no timeout, so it can wait forever. Pass `{ timeout: ms }` in its RpcOptions, or set `timeout` in the transport's options for every call.",
      missingNestDeadline:
        "NestJS gRPC call `{{method}}` has no deadline, so it can wait forever. Nest hands the arguments to the grpc-js client unchanged: pass call options `{ deadline: Date.now() + ms }` after the metadata, or add an interceptor that sets `deadline` in the client's `channelOptions.interceptors`.",
      missingServiceDeadline:
        "protobufjs service call `{{method}}` has no deadline, so it can wait forever. A service method takes only the request: the deadline must come from the `rpcImpl` the service was created with (pass `deadline` in the options it hands to grpc-js `makeUnaryRequest`), for example from an async context the caller sets (`AsyncLocalStorage#run({ deadline }, fn)`).",
      cancellationOnly:
        "gRPC call `{{method}}` has no deadline, only local cancellation ({{how}}): no grpc-timeout is sent, so the server cannot tell how much time is left and keeps working after the client gave up. Set a deadline on the call (grpc-js `deadline`, Connect `timeoutMs`, nice-grpc `deadline` with the middleware), or set `acceptLocalCancellation` if local cancellation is the team's choice.",
      addDeadline: "Pass `{{entry}}` ({{seconds}} s: set the call's real budget).",
    },
    schema: [
      {
        type: "object",
        properties: {
          ignoreMethods: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          acceptLocalCancellation: { type: "boolean" },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ ignoreMethods: [], acceptLocalCancellation: false }],
  create(context, [options]) {
    const analysis = grpcAnalysis(fileContext(context));
    if (!analysis) return {};
    const ignored = new Set(options.ignoreMethods ?? []);
    return {
      CallExpression(node) {
        const call = analysis.recognizeCall(node);
        if (!call || ignored.has(call.method)) return;
        let verdict;
        try {
          verdict = deadlineVerdict(analysis, call);
        } catch {
          return;
        }
        const data = { method: call.method };
        // A suggestion, never a fix: how long the call may take is the reviewer's choice.
        let insertion: ReturnType<typeof deadlineInsertion>;
        try {
          insertion = deadlineInsertion(analysis, call, verdict.kind, context.filename);
        } catch {
          // Odd code: the finding stands, without a suggestion.
          insertion = undefined;
        }
        const suggest = insertion
          ? [
              {
                messageId: "addDeadline" as const,
                data: { entry: insertion.entry, seconds: SUGGESTED_TIMEOUT_MS / 1000 },
                fix: (fixer: RuleFixer) => fixer.replaceTextRange(insertion.range, insertion.text),
              },
            ]
          : undefined;
        const missing = (messageId: MessageIds): void => context.report({ node: reportNode(call), messageId, data, ...(suggest ? { suggest } : {}) });
        switch (verdict.kind) {
          case "bounded":
          case "unknown":
            return;
          case "missing-deadline":
            missing("missingDeadline");
            return;
          case "missing-timeout":
            missing("missingTimeout");
            return;
          case "missing-timeout-unseen-transport":
            missing("missingTimeoutUnseenTransport");
            return;
          case "timeout-disabled":
            context.report({ node: verdict.node, messageId: "timeoutDisabled", data: { ...data, value: verdict.value } });
            return;
          case "no-deadline-middleware":
            context.report({ node: reportNode(call), messageId: "noDeadlineMiddleware", data });
            return;
          case "missing-nice-deadline":
            missing("missingNiceDeadline");
            return;
          case "missing-web-deadline":
            context.report({ node: reportNode(call), messageId: "missingWebDeadline", data });
            return;
          case "missing-rpc-timeout":
            missing("missingRpcTimeout");
            return;
          case "missing-nest-deadline":
            context.report({ node: reportNode(call), messageId: "missingNestDeadline", data });
            return;
          case "infinite-deadline":
            context.report({ node: verdict.node, messageId: "infiniteDeadline", data });
            return;
          case "missing-service-deadline":
            context.report({ node: reportNode(call), messageId: "missingServiceDeadline", data });
            return;
          case "cancellation-only":
            if (options.acceptLocalCancellation) return;
            context.report({ node: reportNode(call), messageId: "cancellationOnly", data: { ...data, how: verdict.how } });
            return;
        }
      },
    };
  },
});
