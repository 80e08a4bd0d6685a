import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { fileContext } from "../src/core/syntax/index.js";
import { deadlineKind } from "../src/core/deadlines/index.js";
import { memberName, propertyKeyName, unwrap, lookupProperty } from "../src/core/syntax/index.js";
import { grpcAnalysis, libraryOfFile } from "../src/core/calls/index.js";
import { createRule } from "../src/util/create-rule.js";
export default createRule({
    name: "no-relative-deadline",
    meta: {
        type: "problem",
        hasSuggestions: true,
        docs: {
            description: "Disallow grpc-js deadlines that are durations instead of absolute times",
            preset: "recommended",
            severity: "error",
            input: "typescript",
            requiresTypeChecking: false,
        },
        messages: {
            relativeDeadline: "grpc-js reads a numeric `deadline` as an absolute time in epoch milliseconds, so `{{text}}` is a deadline in 1970 and the call fails at once with DEADLINE_EXCEEDED. Write `Date.now() + {{text}}`.",
            addNow: "Use `Date.now() + {{text}}`.",
        },
        schema: [],
    },
    defaultOptions: [],
    create(context) {
        const analysis = grpcAnalysis(fileContext(context));
        if (!analysis)
            return {};
        const sourceCode = context.sourceCode;
        const reported = new Set();
        function check(value) {
            if (!value || reported.has(value))
                return;
            let kind;
            try {
                kind = deadlineKind(analysis, value);
            }
            catch {
                return;
            }
            if (kind !== "relative")
                return;
            reported.add(value);
            const text = sourceCode.getText(value);
            const wrapped = unwrap(value).type === AST_NODE_TYPES.Identifier || unwrap(value).type === AST_NODE_TYPES.Literal || unwrap(value).type === AST_NODE_TYPES.MemberExpression ? text : `(${text})`;
            context.report({
                node: value,
                messageId: "relativeDeadline",
                data: { text },
                suggest: [{ messageId: "addNow", data: { text: wrapped }, fix: (fixer) => fixer.replaceText(value, `Date.now() + ${wrapped}`) }],
            });
        }
        /** Object literals typed as grpc-js `CallOptions`, wherever they are written. */
        function isGrpcJsCallOptionsLiteral(object) {
            const checker = analysis.checker;
            const tsObject = analysis.tsNode(object);
            if (!checker || !tsObject)
                return false;
            const contextual = checker.getContextualType(tsObject);
            const probe = contextual && checker.getNonNullableType(contextual).getProperty("propagate_flags");
            return !!probe?.declarations?.some((declaration) => libraryOfFile(declaration.getSourceFile().fileName) === "grpc-js");
        }
        return {
            CallExpression(node) {
                const callee = unwrap(node.callee);
                if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "waitForReady") {
                    if (node.arguments[0] && analysis.isGrpcJsClient(callee.object))
                        check(node.arguments[0]);
                    return;
                }
                const call = analysis.recognizeCall(node);
                if (call?.library !== "grpc-js" || !call.options)
                    return;
                const deadline = lookupProperty(analysis, call.options, "deadline");
                if (deadline.state === "present")
                    check(deadline.value);
            },
            Property(node) {
                if (propertyKeyName(node) !== "deadline" || node.parent.type !== AST_NODE_TYPES.ObjectExpression)
                    return;
                if (!analysis.typed || !isGrpcJsCallOptionsLiteral(node.parent))
                    return;
                check(node.value);
            },
        };
    },
});
