import { type ReportModel } from "../report/index.js";
import { type CliOptions } from "./args.js";
import { Progress } from "./progress.js";
export declare const REPORT_FORMATS: readonly ["html", "markdown", "json"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export declare const REPORT_HELP = "Usage: grpc-review report [options] [paths...]\n\nWrites the design review of the gRPC code under the paths (default: .): every service and method,\nwho calls it and how, service-config policy, the call graph, the senior checklist with verdicts,\nand the findings of the review.\n\nOptions:\n  -f, --format <name>        html (default), markdown, json\n  -o, --output-file <file>   write the report to a file (atomically) instead of stdout\n      --preset <name>        recommended (default), strict, all\n      --rule <id>=<severity> override a rule (repeatable)\n      --no-eslint-config     ignore an eslint.config.* in the target folder\n      --no-progress          no progress line on stderr\n  -h, --help                 show this help\n\nExit codes: 0 the report was written, 2 usage or internal error.";
export interface ReportIo {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WriteStream;
    cwd: string;
}
/** Builds the model of a repository (exported for tests and the benchmark). */
export declare function buildReportModel(options: CliOptions, cwd: string, progress: Progress): Promise<{
    model: ReportModel;
    notices: string[];
}>;
export declare function reportCommand(argv: string[], io: ReportIo): Promise<number>;
