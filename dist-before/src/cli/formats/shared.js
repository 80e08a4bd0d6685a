import { relative, sep } from "node:path";
/** Parse errors have no rule id; reports still need one to group and link them. */
export const PARSE_ERROR_ID = "grpc-review/parse-error";
export function relativePath(cwd, file) {
    return relative(cwd, file).split(sep).join("/") || ".";
}
export function ruleIdOf(message) {
    return message.ruleId ?? PARSE_ERROR_ID;
}
export function* eachMessage(results) {
    for (const result of results)
        for (const message of result.messages)
            yield { result, message };
}
