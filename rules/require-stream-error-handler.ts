import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { fileContext } from "../src/core/syntax/index.js";
import { errorHandlingOf, streamAnalysis, streamOpening, firstUnguardedRejection, listenerEvent } from "../src/core/streams/index.js";
import { grpcAnalysis } from "../src/core/calls/index.js";
import { createRule } from "../src/util/create-rule.js";

type MessageIds = "missingErrorListener" | "unhandledAsyncHandler" | "addErrorListener";

const DATA_LISTENERS: ReadonlySet<string> = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);

export default createRule<[], MessageIds>({
  name: "require-stream-error-handler",
  meta: {
    type: "problem",
    docs: {
      description: "Require an 'error' listener on grpc-js client streams read with 'data' events, and a try/catch in async grpc-js handlers",
      preset: "recommended",
      severity: "error",
      input: "typescript",
    },
    messages: {
      missingErrorListener:
        "This grpc-js stream is read with 'data' events but has no 'error' listener: every failed call (a non-OK status, a cancel, a deadline) emits 'error', and an unhandled 'error' crashes the process. Add `.on('error', ...)`, or read it with `for await` inside `try` or with `pipeline()`.",
      addErrorListener: "Chain `.on('error', ...)` that logs the error (then handle it as this call needs).",
      unhandledAsyncHandler:
        "This async grpc-js handler can reject here outside any try/catch: grpc-js ignores the promise a handler returns, so the client gets no status and Node's default for the unhandled rejection is to crash. Catch the error and pass it to the callback (or `call.destroy(error)` on a stream).",
    },
    schema: [],
    // What to do with a failed call is the caller's decision: offered in editors, never applied by --fix.
    hasSuggestions: true,
  },
  defaultOptions: [],
  create(context) {
    // Files that name no gRPC module (and, typed, import none) hold no gRPC stream, handler or server.
    if (!grpcAnalysis(fileContext(context))) return {};
    let analysis: ReturnType<typeof streamAnalysis> | undefined;
    const lazy = () => (analysis ??= streamAnalysis(fileContext(context)));
    const scopeOf = (node: TSESTree.Node) => context.sourceCode.getScope(node);
    const reported = new Set<TSESTree.CallExpression>();

    function checkAsyncHandler(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression) {
      if (!fn.async || fn.generator) return;
      const handler = lazy().handlers.handlerOf(fn);
      if (handler?.library !== "grpc-js") return;
      const rejection = firstUnguardedRejection(fn);
      if (rejection) context.report({ node: rejection, messageId: "unhandledAsyncHandler" });
    }

    return {
      CallExpression(node) {
        const listener = listenerEvent(node);
        if (listener?.event !== "data" || !DATA_LISTENERS.has(listener.method)) return;
        const stream = lazy().streams.streamOf(listener.object);
        // Server-side grpc-js streams listen for their own 'error' (it becomes the call's status).
        if (!stream || stream.side !== "client" || stream.api !== "node-stream" || !stream.readable) return;
        if (errorHandlingOf(node, scopeOf) !== "unhandled") return;
        // The finding goes on the call that opened the stream (one per stream, however many 'data'
        // listeners it has): that is where the 'error' listener belongs, as require-deadline
        // reports the call. A stream with no single opening call in sight keeps it on the listener.
        const opening = streamOpening(node, scopeOf);
        if (opening) {
          if (reported.has(opening)) return;
          reported.add(opening);
        }
        const target = opening ?? node;
        const callee = target.callee.type === AST_NODE_TYPES.ChainExpression ? target.callee.expression : target.callee;
        // `on`, `once` and the other listener methods return the stream, so the listener chains onto the call.
        const quote = context.sourceCode.getText(node.arguments[0]).startsWith("'") ? "'" : '"';
        context.report({
          node: callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : target,
          messageId: "missingErrorListener",
          suggest: [
            {
              messageId: "addErrorListener",
              fix: (fixer) => fixer.insertTextAfter(target, `.on(${quote}error${quote}, (error) => console.error(error))`),
            },
          ],
        });
      },
      FunctionDeclaration: checkAsyncHandler,
      FunctionExpression: checkAsyncHandler,
      ArrowFunctionExpression: checkAsyncHandler,
    };
  },
});
