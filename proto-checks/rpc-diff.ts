/**
 * Compares one method with its version at a git ref: what old clients and servers of the
 * method disagree on once it changed (buf's RPC_SAME_* checks). Pure: no git, no ESLint.
 */
import type { Method, OptionDecl } from "./ast.js";

/** A method as the snapshot at a ref keeps it: signature, streaming, the options history compares. */
export interface MethodSignature {
  name: string;
  inputType: string;
  outputType: string;
  clientStreaming: boolean;
  serverStreaming: boolean;
  /** `idempotency_level` as written, or undefined (IDEMPOTENCY_UNKNOWN, the default). */
  idempotencyLevel: string | undefined;
  deprecated: boolean;
}

export function idempotencyLevelOf(options: readonly OptionDecl[]): string | undefined {
  const option = options.find((candidate) => candidate.name === "idempotency_level");
  return typeof option?.value === "string" ? option.value : undefined;
}

export function isDeprecated(options: readonly OptionDecl[]): boolean {
  return options.some((option) => option.name === "deprecated" && option.value === true);
}

export function signatureOf(method: Method): MethodSignature {
  return {
    name: method.name,
    inputType: method.inputType,
    outputType: method.outputType,
    clientStreaming: method.clientStreaming,
    serverStreaming: method.serverStreaming,
    idempotencyLevel: idempotencyLevelOf(method.options),
    deprecated: isDeprecated(method.options),
  };
}

export type RpcChange =
  | { kind: "requestTypeChanged" | "responseTypeChanged"; oldType: string; newType: string }
  | { kind: "clientStreamingChanged" | "serverStreamingChanged"; nowStreaming: boolean }
  | { kind: "idempotencyChanged"; oldLevel: string; newLevel: string };

/** How the two sides' type names and their compatibility are judged; supplied by the history context. */
export interface TypeJudge {
  /** Fully qualified names of the request (or response) type at the ref and now; undefined when out of sight. */
  previous(type: string): string | undefined;
  current(type: string): string | undefined;
  /** True when data of one type decodes as the other (same numbers, compatible encodings); undefined when unseen. */
  compatible(previousName: string, currentName: string): boolean | undefined;
}

const DEFAULT_LEVEL = "IDEMPOTENCY_UNKNOWN";

export function rpcChanges(previous: MethodSignature, current: Method, types: TypeJudge): RpcChange[] {
  const changes: RpcChange[] = [];
  for (const [kind, before, after] of [
    ["requestTypeChanged", previous.inputType, current.inputType],
    ["responseTypeChanged", previous.outputType, current.outputType],
  ] as const) {
    const oldType = types.previous(before);
    const newType = types.current(after);
    // A name out of sight on either side is not guessed about.
    if (!oldType || !newType || oldType === newType) continue;
    // A renamed type with the same fields and numbers decodes the same bytes.
    if (types.compatible(oldType, newType) === true) continue;
    changes.push({ kind, oldType, newType });
  }
  if (previous.clientStreaming !== current.clientStreaming) changes.push({ kind: "clientStreamingChanged", nowStreaming: current.clientStreaming });
  if (previous.serverStreaming !== current.serverStreaming) changes.push({ kind: "serverStreamingChanged", nowStreaming: current.serverStreaming });
  const oldLevel = previous.idempotencyLevel ?? DEFAULT_LEVEL;
  const newLevel = idempotencyLevelOf(current.options) ?? DEFAULT_LEVEL;
  if (oldLevel !== newLevel) changes.push({ kind: "idempotencyChanged", oldLevel, newLevel });
  return changes;
}
