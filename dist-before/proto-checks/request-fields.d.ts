/**
 * A method's request message as a rule sees it: declared in the file being linted (with its
 * fields, for positions), or in a file it imports (field names only), or out of sight.
 */
import type { Field, Message, Method, ProtoFile } from "./ast.js";
export type RequestMessage = {
    where: "local";
    message: Message;
    fields: Field[];
    names: string[];
} | {
    where: "imported";
    names: string[];
}
/** `google.protobuf.Empty`: a request with no fields. */
 | {
    where: "empty";
    names: [];
};
/** Finds request messages for the methods of one file; imported files are read on first need. */
export declare function requestResolver(filename: string, file: ProtoFile): (method: Method) => RequestMessage | undefined;
