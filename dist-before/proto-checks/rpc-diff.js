export function idempotencyLevelOf(options) {
    const option = options.find((candidate) => candidate.name === "idempotency_level");
    return typeof option?.value === "string" ? option.value : undefined;
}
export function isDeprecated(options) {
    return options.some((option) => option.name === "deprecated" && option.value === true);
}
export function signatureOf(method) {
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
const DEFAULT_LEVEL = "IDEMPOTENCY_UNKNOWN";
export function rpcChanges(previous, current, types) {
    const changes = [];
    for (const [kind, before, after] of [
        ["requestTypeChanged", previous.inputType, current.inputType],
        ["responseTypeChanged", previous.outputType, current.outputType],
    ]) {
        const oldType = types.previous(before);
        const newType = types.current(after);
        // A name out of sight on either side is not guessed about.
        if (!oldType || !newType || oldType === newType)
            continue;
        // A renamed type with the same fields and numbers decodes the same bytes.
        if (types.compatible(oldType, newType) === true)
            continue;
        changes.push({ kind, oldType, newType });
    }
    if (previous.clientStreaming !== current.clientStreaming)
        changes.push({ kind: "clientStreamingChanged", nowStreaming: current.clientStreaming });
    if (previous.serverStreaming !== current.serverStreaming)
        changes.push({ kind: "serverStreamingChanged", nowStreaming: current.serverStreaming });
    const oldLevel = previous.idempotencyLevel ?? DEFAULT_LEVEL;
    const newLevel = idempotencyLevelOf(current.options) ?? DEFAULT_LEVEL;
    if (oldLevel !== newLevel)
        changes.push({ kind: "idempotencyChanged", oldLevel, newLevel });
    return changes;
}
