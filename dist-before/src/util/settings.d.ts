/**
 * Project-wide options shared by several rules, read from ESLint's `settings["grpc-review"]`
 * (the `grpc-review` CLI fills them from its own flags and config file).
 */
export interface GrpcReviewSettings {
    /** Git ref to compare .proto files against (proto history rules). */
    against?: string;
    /** Folders whose .proto files form the project-wide proto index. Default: the lint cwd. */
    protoRoots?: string[];
    /** Extra method-name verbs, added to the built-in lists of safe and unsafe verbs. */
    idempotency?: {
        safeVerbs?: string[];
        unsafeVerbs?: string[];
    };
    /** Extra target patterns (regular expression sources) that name L4 load balancers. */
    l4TargetPatterns?: string[];
}
export declare const SETTINGS_KEY = "grpc-review";
export declare function readSettings(context: {
    settings?: Record<string, unknown>;
}): GrpcReviewSettings;
