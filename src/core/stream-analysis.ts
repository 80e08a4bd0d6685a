/**
 * One per file: the handler finder and the stream finder, built lazily and shared by every rule
 * that asks (a WeakMap on the SourceCode, like the call analysis).
 */
import { ESLintUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { grpcAnalysis } from "./grpc-calls.js";
import { createHandlerFinder, type HandlerFinder } from "./server-handlers.js";
import { createStreamFinder, type ClientCallRecognizer, type StreamFinder } from "./streams.js";

export interface StreamAnalysis {
  handlers: HandlerFinder;
  streams: StreamFinder;
  recognizeCall: ClientCallRecognizer;
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const analyses = new WeakMap<object, StreamAnalysis>();

export function streamAnalysis(context: AnyContext): StreamAnalysis {
  const cached = analyses.get(context.sourceCode);
  if (cached) return cached;
  const services = context.sourceCode.parserServices;
  const typed = services?.program && services.esTreeNodeToTSNodeMap ? ESLintUtils.getParserServices(context, true) : undefined;
  const checker = typed?.program?.getTypeChecker();
  const calls = grpcAnalysis(context);
  const recognizeCall: ClientCallRecognizer = (call) => calls?.recognizeCall(call);
  const handlers = createHandlerFinder(context);
  const streams = createStreamFinder(
    context,
    handlers,
    recognizeCall,
    checker && typed ? { checker, tsNode: (node: TSESTree.Node) => typed.esTreeNodeToTSNodeMap.get(node) } : undefined,
  );
  const analysis = { handlers, streams, recognizeCall };
  analyses.set(context.sourceCode, analysis);
  return analysis;
}
