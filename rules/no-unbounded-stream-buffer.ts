import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { fileContext } from "../src/core/syntax/index.js";
import { isFunctionNode } from "../src/core/syntax/index.js";
import { streamAnalysis, calleeMember, cappedBySize, controlsFlow, dependsOnLoopVariable, drainsBuffer, enclosingLoop, findAccumulations, listenerEvent, loopCanStop, OBJECT_MODE_HIGH_WATER_MARK, resultIgnored, staticTripCount, waitsForDrain } from "../src/core/streams/index.js";
import { grpcAnalysis } from "../src/core/calls/index.js";
import { createRule } from "../src/util/create-rule.js";

type MessageIds = "unboundedRead" | "ignoredBackpressure";

const ACCUMULATING_LISTENERS: ReadonlySet<string> = new Set(["on", "addListener", "prependListener"]);

export default createRule<[], MessageIds>({
  name: "no-unbounded-stream-buffer",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow reading a whole gRPC stream into memory, and write loops that ignore backpressure",
      preset: "recommended",
      severity: "error",
      input: "typescript",
    },
    messages: {
      unboundedRead:
        "Every message of this gRPC stream is kept in `{{buffer}}` with no cap: a large or endless stream exhausts memory. Handle each message as it arrives, or stop at a limit (`break`, `pause()`/`resume()` around a flushed batch).",
      ignoredBackpressure:
        "This loop writes to a gRPC stream and ignores `write()` returning false: messages pile up in memory faster than the peer reads them. When `write()` returns false, wait for `'drain'` before the next write, or use `pipeline()`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Files that name no gRPC module (and, typed, import none) hold no gRPC stream, handler or server.
    if (!grpcAnalysis(fileContext(context))) return {};
    let analysis: ReturnType<typeof streamAnalysis> | undefined;
    const lazy = () => (analysis ??= streamAnalysis(fileContext(context)));
    const scopeOf = (node: TSESTree.Node) => context.sourceCode.getScope(node);
    const reportedLoops = new WeakSet<TSESTree.Node>();

    function reportAccumulations(body: TSESTree.Node, boundary: TSESTree.Node, stopRegion: TSESTree.Node | undefined, isLoop: boolean) {
      for (const accumulation of findAccumulations(body, boundary, scopeOf, lazy().helpers)) {
        if (drainsBuffer(body, accumulation.target)) continue;
        if (cappedBySize(accumulation.node, accumulation.target, body)) continue;
        if (isLoop && loopCanStop(body)) continue;
        if (!isLoop && stopRegion && controlsFlow(stopRegion)) continue;
        context.report({ node: accumulation.node, messageId: "unboundedRead", data: { buffer: accumulation.target.key } });
        return;
      }
    }

    return {
      CallExpression(node) {
        const member = calleeMember(node);
        if (!member) return;
        if (member.name === "write") {
          if (!resultIgnored(node)) return;
          const loop = enclosingLoop(node);
          if (!loop || reportedLoops.has(loop)) return;
          // A few writes stay under the high-water mark; a fan-out writes once to each of many streams.
          const trips = staticTripCount(loop, scopeOf);
          if (trips !== undefined && trips <= OBJECT_MODE_HIGH_WATER_MARK) return;
          if (dependsOnLoopVariable(member.object, loop, scopeOf)) return;
          const stream = lazy().streams.streamOf(member.object);
          if (!stream?.writable || stream.api !== "node-stream") return;
          if (waitsForDrain(loop)) return;
          reportedLoops.add(loop);
          context.report({ node, messageId: "ignoredBackpressure" });
          return;
        }
        if (!ACCUMULATING_LISTENERS.has(member.name)) return;
        const listener = listenerEvent(node);
        const callback = node.arguments[1];
        if (listener?.event !== "data" || !callback) return;
        if (callback.type !== AST_NODE_TYPES.FunctionExpression && callback.type !== AST_NODE_TYPES.ArrowFunctionExpression) return;
        const stream = lazy().streams.streamOf(listener.object);
        if (!stream?.readable) return;
        // pause() anywhere in the function that consumes the stream is flow control.
        const owner = enclosingFunctionBody(node) ?? context.sourceCode.ast;
        reportAccumulations(callback.body, callback, owner, false);
      },
      ForOfStatement(node) {
        if (!node.await) return;
        const stream = lazy().streams.streamOf(node.right);
        if (!stream?.readable) return;
        reportAccumulations(node.body, node, undefined, true);
      },
    };
  },
});

function enclosingFunctionBody(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) {
      return current.body;
    }
  }
  return undefined;
}
