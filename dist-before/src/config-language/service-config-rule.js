import { buildServiceConfig, validateServiceConfigTree } from "../core/service-config/index.js";
import { extractInlineConfig, isServiceConfigKey } from "./inline-typescript.js";
// Every config rule reads the same documents and inline options: parse, model and validate them once per node.
const models = new WeakMap();
const problems = new WeakMap();
const inlineConfigs = new WeakMap();
function memoized(cache, tree, compute) {
    if (!cache.has(tree))
        cache.set(tree, compute(tree));
    return cache.get(tree);
}
function configTarget(tree, where, report) {
    return {
        config: memoized(models, tree, buildServiceConfig),
        tree,
        ...where,
        report,
        reportProblems(kind, messageId, editsFor) {
            for (const problem of memoized(problems, tree, validateServiceConfigTree)) {
                if (problem.kind === kind)
                    report(problem.node, messageId, { detail: problem.message }, editsFor?.(problem));
            }
        },
    };
}
/**
 * The fix and suggestions of a report as ESLint wants them, with edits moved from the config's
 * coordinates into the file's; edits that cannot be placed there are dropped with their fix.
 */
function toEslintEdits(edits, toSource) {
    if (!edits || !toSource)
        return {};
    const fixing = (list) => {
        const mapped = list.map(toSource);
        if (mapped.length === 0 || mapped.some((edit) => edit === undefined))
            return undefined;
        return (fixer) => mapped.map((edit) => fixer.replaceTextRange(edit.range, edit.text));
    };
    const fix = edits.fix ? fixing(edits.fix) : undefined;
    const suggest = (edits.suggest ?? []).flatMap(({ messageId, data, edits: list }) => {
        const suggestionFix = fixing(list);
        return suggestionFix ? [{ messageId, ...(data ? { data } : {}), fix: suggestionFix }] : [];
    });
    return { ...(fix ? { fix } : {}), ...(suggest.length > 0 ? { suggest } : {}) };
}
/**
 * The visitor of a service-config rule. In the `grpc-review/service-config` language it visits each
 * document; in TypeScript it visits `grpc.service_config` channel options whose value is written out
 * in the source (a string, a template without substitutions, a const, or `JSON.stringify` of an object
 * literal) and skips those built at run time.
 */
export function serviceConfigVisitor(rawContext, typedHandlers) {
    // The message ids are checked against the rule's own where the handlers are written; inside, any id goes.
    const handlers = typedHandlers;
    const context = rawContext;
    const sourceCode = context.sourceCode;
    const locate = (start, end) => ({
        start: sourceCode.getLocFromIndex(start),
        end: sourceCode.getLocFromIndex(Math.max(start, end)),
    });
    if (sourceCode.ast.type === "ConfigFile") {
        const where = { origin: "file", format: sourceCode.ast.format, text: sourceCode.text };
        return {
            ConfigDocument(node) {
                handlers.config(
                // Tree nodes of a config file carry their positions; ESLint's own offset lookup rescans a long line per call.
                configTarget(node.body, where, (at, messageId, data, edits) => context.report({ loc: at.loc, messageId, data, ...toEslintEdits(edits, (edit) => edit) })));
            },
        };
    }
    const visitOption = (value, owner) => {
        let inline = inlineConfigs.get(owner);
        if (inline === undefined) {
            inline = extractInlineConfig(value, sourceCode) ?? null;
            inlineConfigs.set(owner, inline);
        }
        if (!inline)
            return;
        if (!inline.ok) {
            const at = inline.sourceOffset;
            handlers.inlineSyntaxError?.((messageId, data) => context.report({ loc: locate(at, at + 1), messageId, data }), inline.message);
            return;
        }
        const { tree, text, toSourceOffset, encode } = inline;
        const toSource = encode
            ? (edit) => {
                const range = [toSourceOffset(edit.range[0]), toSourceOffset(edit.range[1])];
                return range[0] <= range[1] ? { range, text: encode(edit.text) } : undefined;
            }
            : undefined;
        handlers.config(configTarget(tree, { origin: "inline", format: "json", text }, (at, messageId, data, edits) => context.report({
            loc: locate(toSourceOffset(at.range[0]), toSourceOffset(at.range[1])),
            messageId,
            data,
            ...toEslintEdits(edits, toSource),
        })));
    };
    return {
        Property(node) {
            if (isServiceConfigKey(node.key))
                visitOption(node.value, node);
        },
        AssignmentExpression(node) {
            const target = node.left;
            if (node.operator === "=" && target.type === "MemberExpression" && target.computed && isServiceConfigKey(target.property)) {
                visitOption(node.right, node);
            }
        },
    };
}
