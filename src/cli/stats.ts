import type { ESLint, Linter } from "eslint";

interface Phase {
  name: string;
  ms: number;
  /** Resident set size when the phase ended. */
  rssMb: number;
  detail?: string;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * What `--stats` prints: the run's phases with time and memory, the files linted with and without
 * a program, the tsconfigs that got one, and where lint time went (ESLint's own per-file `stats`:
 * parse, which for a typed file includes building its program, and each rule).
 */
export class RunStats {
  private readonly phases: Phase[] = [];
  private mark = performance.now();
  private readonly ruleMs = new Map<string, number>();
  private readonly parseMs = new Map<string, number>();
  /** Files linted with a program, by the tsconfig the program came from. */
  readonly programs = new Map<string, number>();
  untypedFiles = 0;
  /** The typed files' parts, one program each, released after its files (time and RSS at its end). */
  private readonly programGroups: Array<{ tsconfig: string | undefined; files: number; ms: number; rssMb: number; shares?: string[] }> = [];
  prefilter?: { untyped: number; scanned: number; tsconfigsWithTypedFiles: number; tsconfigs: number };
  /** `--concurrency`: files were linted in ESLint's worker threads, where this thread's probe does not run. */
  threads?: number | "auto";

  /** Ends the phase that began at the previous call (or at construction). */
  phase(name: string, detail?: string): void {
    const now = performance.now();
    this.phases.push({ name, ms: now - this.mark, rssMb: mb(process.memoryUsage.rss()), ...(detail ? { detail } : {}) });
    this.mark = now;
  }

  programGroup(tsconfig: string | undefined, files: number, ms: number, shares?: string[]): void {
    this.programGroups.push({ tsconfig, files, ms, rssMb: mb(process.memoryUsage.rss()), ...(shares ? { shares } : {}) });
  }

  /** Adds one lint group's per-file ESLint stats (present when ESLint ran with `stats: true`). */
  addResults(group: string, results: ESLint.LintResult[]): void {
    for (const result of results) {
      for (const pass of result.stats?.times.passes ?? []) {
        this.parseMs.set(group, (this.parseMs.get(group) ?? 0) + (pass.parse?.total ?? 0));
        for (const [rule, time] of Object.entries(pass.rules ?? {})) this.ruleMs.set(rule, (this.ruleMs.get(rule) ?? 0) + time.total);
      }
    }
  }

  /** A rule that rides along in the TypeScript groups and notes which program, if any, each file got. */
  programProbe(): Linter.Config {
    const probe = {
      meta: { type: "suggestion" as const, schema: [] },
      create: (context: { sourceCode: { parserServices?: { program?: { getCompilerOptions(): { configFilePath?: unknown } } | null } } }) => {
        const program = context.sourceCode.parserServices?.program;
        if (program) {
          const path = program.getCompilerOptions().configFilePath;
          const tsconfig = typeof path === "string" ? path : "(inferred project)";
          this.programs.set(tsconfig, (this.programs.get(tsconfig) ?? 0) + 1);
        } else this.untypedFiles++;
        return {};
      },
    };
    return { name: "grpc-review/cli/stats", plugins: { "grpc-review-stats": { rules: { program: probe } } as never }, rules: { "grpc-review-stats/program": "warn" } };
  }

  format(cwd: string, relative: (from: string, to: string) => string): string {
    const lines: string[] = ["grpc-review stats"];
    const total = this.phases.reduce((sum, phase) => sum + phase.ms, 0);
    lines.push("  phase                         time       RSS");
    for (const phase of this.phases) {
      lines.push(`  ${phase.name.padEnd(28)} ${(phase.ms / 1000).toFixed(2).padStart(7)} s ${phase.rssMb.toFixed(0).padStart(6)} MB${phase.detail ? `  ${phase.detail}` : ""}`);
    }
    lines.push(`  ${"total".padEnd(28)} ${(total / 1000).toFixed(2).padStart(7)} s ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(6)} MB peak`);
    const typedFiles = [...this.programs.values()].reduce((sum, count) => sum + count, 0);
    lines.push(`  TypeScript files linted: ${typedFiles} typed, ${this.untypedFiles} untyped${this.threads !== undefined ? " in this thread" : ""}`);
    if (this.threads !== undefined) lines.push(`  ESLint worker threads: ${this.threads} for the untyped, proto and service-config groups (typed files stay in this thread)`);
    if (this.prefilter) {
      const { untyped, scanned, tsconfigsWithTypedFiles, tsconfigs } = this.prefilter;
      lines.push(`  prefilter: ${untyped} file(s) in a tsconfig cannot hold gRPC code and were linted untyped; ${scanned} file(s) scanned; ${tsconfigsWithTypedFiles} of ${tsconfigs} tsconfig(s) hold typed files`);
    }
    lines.push(`  programs built: ${this.programs.size}`);
    for (const [tsconfig, files] of [...this.programs].sort((a, b) => b[1] - a[1])) lines.push(`    ${relative(cwd, tsconfig) || tsconfig}: ${files} file(s)`);
    if (this.programGroups.length > 0) {
      lines.push("  typed files by program (each released after its files; time and RSS at its end)");
      for (const group of this.programGroups) {
        const name = group.tsconfig ? relative(cwd, group.tsconfig) || group.tsconfig : "(any tsconfig)";
        const shared = group.shares ? `, also for ${group.shares.map((tsconfig) => relative(cwd, tsconfig) || tsconfig).join(", ")}` : "";
        lines.push(`    ${name.padEnd(40)} ${(group.ms / 1000).toFixed(2).padStart(7)} s ${group.rssMb.toFixed(0).padStart(6)} MB  ${group.files} file(s)${shared}`);
      }
    }
    if (this.parseMs.size > 0) {
      lines.push("  parse time by group (typed: includes building programs)");
      for (const [group, ms] of this.parseMs) lines.push(`    ${group.padEnd(26)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
    }
    const rules = [...this.ruleMs].filter(([rule]) => !rule.startsWith("grpc-review-stats/")).sort((a, b) => b[1] - a[1]);
    if (rules.length > 0) {
      lines.push("  rule time (all files)");
      for (const [rule, ms] of rules) lines.push(`    ${rule.padEnd(48)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
    }
    return `${lines.join("\n")}\n`;
  }
}
