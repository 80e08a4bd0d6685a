/**
 * What the syntax helpers need of one file: the in-file tracer, and the type checker with the
 * node map when the file is typed. The per-file gRPC analysis implements it; syntax helpers take
 * this, never the analysis, so tree knowledge does not depend on gRPC knowledge.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import type ts from "typescript";
import type { EstreeTracer } from "./estree-trace.js";
export interface FileView {
    readonly estree: EstreeTracer;
    readonly checker: ts.TypeChecker | undefined;
    tsNode(node: TSESTree.Node): ts.Node | undefined;
}
