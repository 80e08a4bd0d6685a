/**
 * Retry libraries that projects wrap RPCs in, and what each does when its options are left out.
 * Read from the packages' sources (p-retry 7, async-retry 1.3, promise-retry 2, exponential-backoff
 * 3, and `retry` 0.13 under the middle two):
 *
 * - p-retry `pRetry(fn, options)`: retries every error but its own `AbortError` (and a `TypeError`
 *   that is not a network error) unless `shouldRetry` says no, or `onFailedAttempt` throws;
 *   10 retries, `randomize: false` (the wait is `minTimeout * factor ** n`, the same everywhere).
 * - async-retry `retry((bail, n) => ..., options)`: retries every error until `fn` calls `bail`;
 *   `randomize` defaults to true (it sets it before handing the options to `retry`).
 * - promise-retry `promiseRetry((retry, n) => ..., options)` (or options first): retries only when
 *   `fn` calls `retry(err)`, so the conditions on the way to that call are the codes retried;
 *   `retry`'s defaults: 10 retries, `randomize: false`.
 * - exponential-backoff `backOff(fn, options)`: `retry: () => true` (every error), 10 attempts,
 *   `jitter: "none"`.
 *
 * `forever: true` (async-retry, promise-retry and older p-retry) and `retries: Infinity` /
 * `numOfAttempts: Infinity` take the cap away.
 */
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import type { GrpcAnalysis } from "../calls/index.js";
import { isFunctionNode, lookupProperty, unwrap, type FunctionNode } from "../syntax/index.js";

interface RetryLibrary {
  module: string;
  /** The export that retries (`*` for a default or whole-module export). */
  exports: readonly string[];
  /** Options that hand the decision to code the rule does not read. */
  decidingOptions: readonly string[];
  /** How the attempt function takes part: `bail` stops (async-retry), `retry` asks again (promise-retry). */
  callbackParameter?: "bail" | "retry";
  /** The option that makes the wait random, and whether it is random when left out. */
  jitter: { option: string; randomByDefault: boolean; isRandom: (value: TSESTree.Node) => boolean | undefined };
  /** Options that take the attempt cap away when set so. */
  uncapped: readonly { option: string; value: "Infinity" | true }[];
}

function booleanLiteral(value: TSESTree.Node): boolean | undefined {
  const target = unwrap(value);
  return target.type === AST_NODE_TYPES.Literal && typeof target.value === "boolean" ? target.value : undefined;
}

const RETRY_LIBRARIES: readonly RetryLibrary[] = [
  {
    module: "p-retry",
    exports: ["*", "default", "pRetry"],
    decidingOptions: ["shouldRetry", "onFailedAttempt"],
    jitter: { option: "randomize", randomByDefault: false, isRandom: booleanLiteral },
    uncapped: [{ option: "retries", value: "Infinity" }, { option: "forever", value: true }],
  },
  {
    module: "async-retry",
    exports: ["*", "default"],
    decidingOptions: [],
    callbackParameter: "bail",
    jitter: { option: "randomize", randomByDefault: true, isRandom: booleanLiteral },
    uncapped: [{ option: "retries", value: "Infinity" }, { option: "forever", value: true }],
  },
  {
    module: "promise-retry",
    exports: ["*", "default"],
    decidingOptions: [],
    callbackParameter: "retry",
    jitter: { option: "randomize", randomByDefault: false, isRandom: booleanLiteral },
    uncapped: [{ option: "retries", value: "Infinity" }, { option: "forever", value: true }],
  },
  {
    module: "exponential-backoff",
    exports: ["backOff"],
    decidingOptions: ["retry"],
    jitter: {
      option: "jitter",
      randomByDefault: false,
      isRandom: (value) => {
        const target = unwrap(value);
        return target.type === AST_NODE_TYPES.Literal && typeof target.value === "string" ? target.value !== "none" : undefined;
      },
    },
    uncapped: [{ option: "numOfAttempts", value: "Infinity" }],
  },
];

export interface LibraryRetry {
  library: string;
  /** The attempt function handed to the library. */
  attempt: FunctionNode;
  /** "looked": the attempt function or an option decides which errors retry (a `shouldRetry`, a `bail`). */
  decision: "every-error" | "decided" | { retryCalls: TSESTree.CallExpression[] };
  capped: boolean | "unknown";
  random: boolean | "unknown";
}

function libraryOf(analysis: GrpcAnalysis, call: TSESTree.CallExpression): RetryLibrary | undefined {
  const imported = analysis.estree.importedName(call.callee);
  if (!imported) return undefined;
  return RETRY_LIBRARIES.find((library) => library.module === imported.module && library.exports.includes(imported.name));
}

function parameterName(fn: FunctionNode, index: number): string | undefined {
  const param = fn.params[index];
  return param?.type === AST_NODE_TYPES.Identifier ? param.name : undefined;
}

/** Calls of (or hand-offs of) the attempt function's own parameter: `bail(err)`, `.catch(retry)`. */
function usesOfParameter(analysis: GrpcAnalysis, fn: FunctionNode, name: string): TSESTree.Node[] {
  const variable = fn.params[0] ? analysis.estree.variableOf(fn.params[0] as TSESTree.Identifier) : null;
  if (!variable || variable.name !== name) return [];
  return variable.references.map((reference) => reference.identifier as TSESTree.Node).filter((identifier) => identifier !== fn.params[0]);
}

/** A call of a retry library around an attempt function, with what its options leave it doing. */
export function libraryRetry(analysis: GrpcAnalysis, call: TSESTree.CallExpression): LibraryRetry | undefined {
  const library = libraryOf(analysis, call);
  if (!library) return undefined;
  const args = call.arguments.map((arg) => unwrap(arg));
  // promise-retry also takes (options, fn).
  const fnIndex = args.findIndex((arg) => isFunctionNode(arg));
  if (fnIndex === -1) return undefined;
  const attempt = args[fnIndex] as FunctionNode;
  const options = args.find((arg, index) => index !== fnIndex && arg.type !== AST_NODE_TYPES.SpreadElement);
  const option = (name: string) => (options ? lookupProperty(analysis, options, name) : { state: "absent" as const });

  let decision: LibraryRetry["decision"] = "every-error";
  // Options this file cannot read (`pRetry(fn, this.retryOptions)`) may decide anything.
  if (library.decidingOptions.some((name) => option(name).state !== "absent")) decision = "decided";
  if (library.callbackParameter) {
    const name = parameterName(attempt, 0);
    const uses = name ? usesOfParameter(analysis, attempt, name) : [];
    if (library.callbackParameter === "bail") {
      if (uses.length > 0) decision = "decided";
    } else {
      // promise-retry retries only through `retry(err)`: called, or handed on (`.catch(retry)`).
      if (uses.length === 0) return undefined;
      const handedOn = uses.some((use) => use.parent?.type !== AST_NODE_TYPES.CallExpression || use.parent.callee !== use);
      decision = handedOn ? "every-error" : { retryCalls: uses.map((use) => use.parent as TSESTree.CallExpression) };
    }
  }

  let capped: boolean | "unknown" = true;
  for (const { option: name, value } of library.uncapped) {
    const found = option(name);
    if (found.state === "unknown") capped = "unknown";
    if (found.state !== "present" || !found.value) continue;
    const target = unwrap(found.value);
    if (value === "Infinity" && target.type === AST_NODE_TYPES.Identifier && target.name === "Infinity") capped = false;
    if (value === true && booleanLiteral(target) === true) capped = false;
  }

  const jitter = option(library.jitter.option);
  const random = jitter.state === "absent" ? library.jitter.randomByDefault : jitter.state === "present" && jitter.value ? (library.jitter.isRandom(jitter.value) ?? "unknown") : "unknown";
  return { library: library.module, attempt, decision, capped, random };
}
