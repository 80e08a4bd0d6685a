/**
 * Program-wide gates for typed analysis, computed once per TypeScript program: whether a file
 * imports (directly or through its own imports) a gRPC module. The import statements' text
 * counts, so a package that is not installed (or a generated module that is not generated yet)
 * still opens the gate. A file that reaches no gRPC module cannot hold a gRPC client.
 */
import ts from "typescript";
/**
 * Whether `file` imports a gRPC library, directly or through the files it imports. One walk over
 * the import graph (cycles included) per unanswered file: when nothing reachable from it imports a
 * gRPC module, nothing reachable from any file on the way does either, so all of them are settled.
 */
export declare function fileReachesGrpc(program: ts.Program, file: ts.SourceFile): boolean;
