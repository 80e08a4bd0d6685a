import { fileContext } from "../src/core/syntax/index.js";
import { grpcAnalysis } from "../src/core/calls/index.js";
import { neverRetryReason } from "../src/core/policy/index.js";
import { niceRetryProblems, retrySites, type RetrySite } from "../src/core/retries/index.js";
import { idempotencyOfCalledMethod } from "../src/config-language/proto-index-for-rule.js";
import { createRule } from "../src/util/create-rule.js";

export type MessageIds = "retriesEveryStatus" | "retriesNonRetryableStatus" | "retriesUnsafeStatus" | "noAttemptCap" | "noBackoff" | "noJitter" | "freshDeadlinePerAttempt" | "niceRetryNonIdempotent";

/** What the retry repeats, for messages. */
function subject(site: RetrySite): string {
  const methods = site.methods.slice(0, 3).map((method) => `\`${method}\``).join(", ");
  const more = site.methods.length > 3 ? ` and ${site.methods.length - 3} more` : "";
  switch (site.attempt) {
    case "connect-interceptor":
      return "every call through this Connect interceptor";
    case "grpc-js-interceptor":
      return "every call through this grpc-js interceptor";
    case "wrapped-rpc":
      return `the RPCs handed to it (${methods}${more})`;
    case "rpc":
      return `${methods}${more}`;
  }
}

export default createRule<[], MessageIds>({
  name: "no-unsafe-retry",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow hand-written retries of RPCs that retry every status, retry codes a repeat cannot fix or may duplicate, retry with no attempt cap, no delay or no jitter, or give each attempt a fresh deadline",
      preset: "recommended",
      severity: "warn",
      input: "typescript",
      requiresTypeChecking: false,
    },
    messages: {
      retriesEveryStatus:
        "This retry repeats {{what}} on every error: nothing on the way to the next attempt looks at the status code, so INVALID_ARGUMENT or PERMISSION_DENIED is sent again unchanged, and a call the server may already have carried out (DEADLINE_EXCEEDED, UNKNOWN, INTERNAL) is repeated. Retry only on UNAVAILABLE (plus codes like DEADLINE_EXCEEDED for idempotent methods): check `err.code` first and rethrow the rest.",
      retriesNonRetryableStatus:
        "This retry repeats {{what}} on {{code}}: {{reason}}. Take {{code}} out of the codes that retry.",
      retriesUnsafeStatus:
        "This retry repeats {{what}} on {{code}}, after which the server may already have acted, and {{target}}: a retry can apply the change twice. Retry {{code}} only for idempotent methods (check the method's idempotency, or send an idempotency key the server deduplicates on), and UNAVAILABLE for the rest.",
      noAttemptCap:
        "This retry repeats {{what}} with no attempt cap: while the server is down or overloaded every caller retries forever and keeps it down. Stop after a few attempts (grpc-js service configs allow at most 5) and rethrow the last error.",
      noBackoff:
        "This retry repeats {{what}} at once, with no delay between attempts: clients that failed together retry together, in a burst that hits a struggling server hardest. Wait between attempts with exponential backoff and jitter (`await sleep(Math.random() * base * 2 ** attempt)`).",
      noJitter:
        "This retry repeats {{what}} after a wait that is the same on every client (a fixed or purely exponential time): clients that failed together, when a server restarted, wait alike and come back together, so each wave of retries hits the recovering server at once. Randomise the wait (`base * 2 ** attempt * (0.8 + Math.random() * 0.4)`, or `Math.random() * base * 2 ** attempt`), as grpc-js's own retries do.",
      freshDeadlinePerAttempt:
        "Each attempt of this retry gives `{{method}}` a new `{{option}}`, so the attempts together get several budgets and, with the waits, can run long after the caller that wanted an answer has given up (grpc-js's own retries keep one deadline for every attempt). Compute the deadline once, before the first attempt, and pass it to each; or stop retrying when the time left is spent.",
      niceRetryNonIdempotent:
        "`retry: true` turns nice-grpc's retry middleware on for `{{method}}`, which is not idempotent ({{reason}}): it retries {{codes}}, after which the server may already have acted, so the change can happen twice. Leave `retry` off (the middleware's default for methods not marked `idempotency_level = IDEMPOTENT`), or pass `retryableStatuses: [Status.UNAVAILABLE]`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const analysis = grpcAnalysis(fileContext(context));
    if (!analysis) return {};
    const idempotencyOf = idempotencyOfCalledMethod(context);
    return {
      CallExpression(node) {
        const call = analysis.recognizeCall(node);
        if (call?.library !== "nice-grpc") return;
        let problems;
        try {
          problems = niceRetryProblems(analysis, call, idempotencyOf);
        } catch {
          return;
        }
        const what = `\`${call.method}\` (nice-grpc retry middleware)`;
        for (const problem of problems) {
          switch (problem.kind) {
            case "retry-non-idempotent":
              context.report({ node: problem.node, messageId: "niceRetryNonIdempotent", data: { method: call.method, reason: problem.idempotency.reason, codes: problem.codes.join(", ") } });
              break;
            case "non-retryable-status":
              context.report({ node: problem.node, messageId: "retriesNonRetryableStatus", data: { what, code: problem.code, reason: neverRetryReason(problem.code) } });
              break;
            case "no-attempt-cap":
              context.report({ node: problem.node, messageId: "noAttemptCap", data: { what } });
              break;
          }
        }
      },
      Program(program) {
        for (const site of retrySites(analysis, program, idempotencyOf)) {
          const what = subject(site);
          for (const problem of site.problems) {
            switch (problem.kind) {
              case "every-status":
                context.report({ node: site.node, messageId: "retriesEveryStatus", data: { what } });
                break;
              case "non-retryable-status":
                context.report({ node: problem.node, messageId: "retriesNonRetryableStatus", data: { what, code: problem.code, reason: neverRetryReason(problem.code) } });
                break;
              case "unsafe-on-non-idempotent": {
                const target =
                  problem.methods.length === 0
                    ? "the interceptor does not check whether the method is idempotent"
                    : problem.methods.map(({ method, reason }) => `\`${method}\` is not idempotent (${reason})`).join(", ");
                context.report({ node: problem.node, messageId: "retriesUnsafeStatus", data: { what, code: problem.code, target } });
                break;
              }
              case "no-attempt-cap":
                context.report({ node: site.node, messageId: "noAttemptCap", data: { what } });
                break;
              case "no-backoff":
                context.report({ node: site.node, messageId: "noBackoff", data: { what } });
                break;
              case "no-jitter":
                context.report({ node: problem.node, messageId: "noJitter", data: { what } });
                break;
              case "fresh-deadline":
                context.report({ node: problem.node, messageId: "freshDeadlinePerAttempt", data: { method: problem.method, option: problem.option } });
                break;
            }
          }
        }
      },
    };
  },
});
