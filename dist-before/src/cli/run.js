import { existsSync, statSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { ESLint } from "eslint";
import plugin from "../index.js";
import { PLUGIN_NAME } from "../configs.js";
import { UsageError } from "./args.js";
import { isServiceConfigDocument } from "../core/service-config/index.js";
import { checkAgainstRef } from "./against.js";
import { discoverFiles } from "./discover.js";
import { builtInGroups, checkRuleOverrides, typescriptConfig } from "./lint-config.js";
import { findOwnEslintConfig, planOwnConfigRun } from "./own-config.js";
import { loadProjectConfig } from "./project-config.js";
import { baselineResults, DEFAULT_SUPPRESSIONS_FILE } from "./suppressions.js";
import { resolveTypeScriptProjects } from "./typescript-projects.js";
/** Phase names for the progress line, by lint group. */
const PHASE_OF_GROUP = { "typescript-typed": "TypeScript", "typescript-untyped": "TypeScript", proto: "protos", "service-config": "configs" };
const BATCH_SIZE = 50;
/** ESLint 10 marks a leftover `eslint-env` comment as a fatal, rule-less message; the file itself parsed fine. */
const RETIRED_ESLINT_ENV = /^\/\* eslint-env \*\/ comments are no longer supported/;
/** typescript-eslint's fatal message for a file the nearest tsconfig does not include. */
const NOT_IN_PROJECT = /was not found by the project service|not included in this project|none of those TSConfigs include this file/i;
async function lintInBatches(eslint, files, progress, offset, total) {
    const results = [];
    for (let start = 0; start < files.length; start += BATCH_SIZE) {
        results.push(...(await eslint.lintFiles(files.slice(start, start + BATCH_SIZE))));
        progress.update(offset + Math.min(start + BATCH_SIZE, files.length), total);
    }
    return results;
}
/**
 * Target code carries inline directives for plugins the built-in setup does not load
 * (`// eslint-disable-next-line @typescript-eslint/...`); ESLint reports each as "Definition for
 * rule ... was not found", and retired `eslint-env` comments get a rule-less error.
 * Those are not review findings: keep ours and parse errors only.
 */
function onlyOwnFindings(result) {
    const messages = result.messages.filter((message) => message.ruleId === null ? message.fatal === true && !RETIRED_ESLINT_ENV.test(message.message) : message.ruleId.startsWith(`${PLUGIN_NAME}/`));
    if (messages.length === result.messages.length)
        return result;
    const count = (severity, fixable = false) => messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
    return {
        ...result,
        messages,
        errorCount: count(2),
        warningCount: count(1),
        fixableErrorCount: count(2, true),
        fixableWarningCount: count(1, true),
        fatalErrorCount: messages.filter((message) => message.fatal).length,
    };
}
function relativeList(cwd, files) {
    const shown = files.slice(0, 3).map((file) => relative(cwd, file) || file);
    return files.length > 3 ? `${shown.join(", ")}, ...` : shown.join(", ");
}
function commonAncestor(paths) {
    const split = paths.map((path) => path.split(sep));
    const shared = [];
    for (let index = 0; split.every((parts) => index < parts.length && parts[index] === split[0][index]); index++)
        shared.push(split[0][index]);
    return shared.join(sep) || sep;
}
export async function review(options, cwd, progress, extraTypeScript) {
    const project = loadProjectConfig(cwd);
    const ruleOverrides = { ...project?.config.rules, ...options.ruleOverrides };
    checkRuleOverrides(plugin, ruleOverrides);
    const preset = options.preset ?? project?.config.preset ?? "recommended";
    const discovered = await discoverFiles(options.paths, cwd, {
        sniffServiceConfig: isServiceConfigDocument,
        ignores: project?.config.ignores,
        ignoresBase: cwd,
    });
    const targets = options.paths.map((path) => resolve(cwd, path));
    if (options.against)
        checkAgainstRef(options.against, targets);
    const settingDefaults = {
        // A file target's own folder, never the widened base path (which can be "/"), roots the proto index.
        protoRoots: [...new Set(targets.map((target) => (statSync(target).isDirectory() ? target : dirname(target))))],
    };
    const chosenSettings = { ...project?.config.settings, ...(options.against ? { against: options.against } : {}) };
    const settings = { ...settingDefaults, ...chosenSettings };
    const suppressionsFile = resolve(cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
    if (options.suppressionsLocation && !options.suppressAll && options.suppressRule.length === 0 && !existsSync(suppressionsFile)) {
        throw new UsageError("The suppressions file does not exist. Please run the command with `--suppress-all` or `--suppress-rule` to create it.");
    }
    // ESLint ignores files outside its base path: widen it when a target lies outside the cwd.
    const baseOptions = {
        cwd: commonAncestor([cwd, ...targets]),
        errorOnUnmatchedPattern: false,
        // Only this plugin's fixes (a project config may carry other plugins), and with --quiet only
        // those of errors, as ESLint's CLI does; suggestions are never applied.
        ...(options.fix
            ? { fix: (message) => (message.ruleId?.startsWith(`${PLUGIN_NAME}/`) ?? false) && (!options.quiet || message.severity === 2) }
            : {}),
    };
    const notices = [];
    const results = [];
    const rulesMeta = {};
    const collect = (eslint, batch, builtIn = true) => {
        results.push(...(builtIn ? batch.map(onlyOwnFindings) : batch));
        Object.assign(rulesMeta, eslint.getRulesMetaForResults(batch));
    };
    const finish = (configSource) => {
        progress.finish();
        results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
        const baseline = baselineResults(options, cwd, results);
        return {
            results: baseline.results,
            rulesMeta,
            notices,
            configSource,
            kindOf: discovered.kindOf,
            protoRoots: settings.protoRoots ?? [],
            unusedSuppressions: baseline.unused,
            ...(baseline.recorded !== undefined ? { suppressed: { count: baseline.recorded, file: baseline.file } } : {}),
        };
    };
    const userConfig = findOwnEslintConfig(options, cwd);
    if (userConfig) {
        const chosenPreset = options.preset ?? project?.config.preset;
        const outcome = await planOwnConfigRun(userConfig, baseOptions, discovered, { preset: chosenPreset, ruleOverrides, settings: chosenSettings, settingDefaults });
        if (outcome.kind === "plan") {
            const { plan } = outcome;
            notices.push(...plan.notices);
            const total = plan.files.length + plan.contentDetected.length;
            collect(plan.eslint, await lintInBatches(plan.eslint, plan.files, progress, 0, total), false);
            if (plan.contentDetected.length > 0) {
                // `eslint` will not see these; the command reviews them with the built-in preset and says so.
                notices.push(`${plan.contentDetected.length} service config(s) recognised by their content are not linted by ${userConfig} (${relativeList(cwd, plan.contentDetected)}); ` +
                    `grpc-review reviewed them with the built-in ${preset} preset. For \`eslint\` to see them, name them *.service-config.{json,yaml,yml} or add them to a grpc-review block's files`);
                const kindOf = new Map(plan.contentDetected.map((file) => [file, "service-config"]));
                for (const group of builtInGroups({ plugin, preset, kindOf, typed: new Set(), tsconfigRootDir: cwd, settings, ruleOverrides })) {
                    const eslint = new ESLint({ ...baseOptions, overrideConfigFile: true, overrideConfig: group.config });
                    collect(eslint, await lintInBatches(eslint, group.files, progress, plan.files.length, total));
                }
            }
            return finish(userConfig);
        }
        if (outcome.kind === "unloadable") {
            // A config named with --config was asked for; a found one is the project's, maybe not installed here.
            if (options.config || options.strictConfig)
                throw new UsageError(`${userConfig} could not be loaded: ${outcome.reason}`);
            notices.push(`${userConfig} could not be loaded (${outcome.reason}); reviewing with the built-in ${preset} preset instead (--strict-config makes this an error)`);
        }
        else {
            notices.push(`${userConfig} does not load ${plugin.meta.name}; using the built-in ${preset} preset instead`);
        }
    }
    const projects = options.types ? resolveTypeScriptProjects(discovered.tsconfigs) : { covered: new Set(), warnings: [], brokenDirs: [] };
    notices.push(...projects.warnings);
    const underBrokenTsconfig = (file) => projects.brokenDirs.some((dir) => file.startsWith(dir + sep));
    const untypedCount = [...discovered.kindOf].filter(([file, kind]) => kind === "typescript" && !projects.covered.has(file) && !underBrokenTsconfig(file)).length;
    if (untypedCount > 0 && options.types)
        notices.push(`${untypedCount} TypeScript file(s) are in no usable tsconfig; they were checked without type information`);
    const configInput = {
        plugin,
        preset,
        kindOf: discovered.kindOf,
        typed: projects.covered,
        // The project service looks for tsconfigs at or below this folder.
        tsconfigRootDir: commonAncestor([baseOptions.cwd, ...discovered.tsconfigs.map(dirname)]),
        settings,
        ruleOverrides,
        extraTypeScript,
    };
    const groups = builtInGroups(configInput);
    const total = groups.reduce((sum, group) => sum + group.files.length, 0);
    let done = 0;
    for (const group of groups) {
        progress.phase(PHASE_OF_GROUP[group.name] ?? group.name);
        const eslint = new ESLint({ ...baseOptions, overrideConfigFile: true, overrideConfig: group.config });
        const batch = await lintInBatches(eslint, group.files, progress, done, total);
        done += group.files.length;
        const misplaced = batch.filter((result) => result.messages.some((message) => message.fatal && NOT_IN_PROJECT.test(message.message)));
        collect(eslint, batch.filter((result) => !misplaced.includes(result)));
        if (misplaced.length > 0) {
            const untyped = new ESLint({ ...baseOptions, overrideConfigFile: true, overrideConfig: typescriptConfig(configInput, false) });
            collect(untyped, await untyped.lintFiles(misplaced.map((result) => result.filePath)));
            notices.push(`${misplaced.length} file(s) are listed by a tsconfig the project service did not pick for them; they were checked without type information`);
        }
    }
    return finish(project ? project.file : `built-in ${preset} preset`);
}
