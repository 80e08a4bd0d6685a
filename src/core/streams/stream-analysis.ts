/**
 * One per file: the handler finder and the stream finder, built lazily and shared by every rule
 * that asks (a WeakMap on the SourceCode, like the call analysis).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import type { FileContext } from "../syntax/index.js";
import { grpcAnalysis, createHandlerFinder, type HandlerFinder } from "../calls/index.js";
import { createStreamFinder, type ClientCallRecognizer, type StreamFinder } from "./stream-finder.js";
import { createHelperAccumulation } from "./helper-accumulation.js";
import type { HelperAccumulation } from "./stream-flow.js";

export interface StreamAnalysis {
  handlers: HandlerFinder;
  streams: StreamFinder;
  recognizeCall: ClientCallRecognizer;
  /** Calls of helpers that keep what they are given (see helper-accumulation.ts). */
  helpers: HelperAccumulation;
}


const analyses = new WeakMap<object, StreamAnalysis>();

export function streamAnalysis(context: FileContext): StreamAnalysis {
  const cached = analyses.get(context.sourceCode);
  if (cached) return cached;
  const typed = context.services;
  const checker = typed?.program.getTypeChecker();
  const calls = grpcAnalysis(context);
  const recognizeCall: ClientCallRecognizer = (call) => calls?.recognizeCall(call);
  const handlers = createHandlerFinder(context);
  const streams = createStreamFinder(
    context,
    handlers,
    recognizeCall,
    checker && typed ? { checker, tsNode: (node: TSESTree.Node) => typed.esTreeNodeToTSNodeMap.get(node) } : undefined,
  );
  const analysis = { handlers, streams, recognizeCall, helpers: createHelperAccumulation(context) };
  analyses.set(context.sourceCode, analysis);
  return analysis;
}
