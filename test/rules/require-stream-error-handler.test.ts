import type { ESLintUtils } from "@typescript-eslint/utils";
import rule from "../../rules/require-stream-error-handler.js";
import { edited } from "../helpers/config-lint.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

type MessageIds = ESLintUtils.InferMessageIdsTypeFromRule<typeof rule>;

const LISTENER = '.on("error", (error) => console.error(error))';

/**
 * A fixture case whose missing-listener reports carry their suggestion: the listener chained right
 * after the reported `.on("data", ...)` call. `calls` maps each reported line to that call's text,
 * after whatever text before it makes it unique in the file.
 */
function withSuggestions(path: string, calls: Record<number, readonly [before: string, call: string]>) {
  const fixture = fixtureCase<MessageIds>(path);
  return {
    ...fixture,
    errors: fixture.errors.map((error) => {
      if (error.messageId !== "missingErrorListener") return error;
      const entry = calls[error.line];
      if (entry === undefined) throw new Error(`${path}:${error.line}: no expected suggestion`);
      const [before, call] = entry;
      return { ...error, suggestions: [{ messageId: "addErrorListener" as const, output: edited(fixture.code, [[before + call, `${before}${call}${LISTENER}`]]) }] };
    }),
  };
}

typedRuleTester().run("require-stream-error-handler", rule, {
  valid: [
    fixtureCase("require-stream-error-handler/listener-clean.ts"),
    fixtureCase("require-stream-error-handler/async-handler-clean.ts"),
  ],
  invalid: [
    withSuggestions("require-stream-error-handler/odd-code.ts", {
      10: ["", 'stream["on"]("data", show)'],
      16: ["", 'client.listFeatures(area)?.on("data", show)'],
      22: ["as any;\n", '  stream.on("data", show)'],
    }),
    withSuggestions("require-stream-error-handler/listener-flagged.ts", {
      9: ["area);\n", '  stream.on("data", show)'],
      16: ["(area)\n", '    .on("data", show)'],
      22: ["", 'chat.on("data", () => undefined)'],
      31: ["", 'this.stream.on("data", show)'],
    }),
    fixtureCase("require-stream-error-handler/async-handler-flagged.ts"),
    {
      name: "single quotes stay single",
      code: "import { credentials } from '@grpc/grpc-js';\nimport { RouteGuideClient } from '../route-guide/route-guide-grpc-js.js';\nconst client = new RouteGuideClient('localhost:1', credentials.createInsecure());\nclient.listFeatures({}).on('data', () => undefined);\n",
      filename: fixtureCase("require-stream-error-handler/listener-flagged.ts").filename,
      errors: [
        {
          messageId: "missingErrorListener",
          line: 4,
          column: 25,
          suggestions: [
            {
              messageId: "addErrorListener",
              output:
                "import { credentials } from '@grpc/grpc-js';\nimport { RouteGuideClient } from '../route-guide/route-guide-grpc-js.js';\nconst client = new RouteGuideClient('localhost:1', credentials.createInsecure());\nclient.listFeatures({}).on('data', () => undefined).on('error', (error) => console.error(error));\n",
            },
          ],
        },
      ],
    },
  ],
});

untypedRuleTester().run("require-stream-error-handler (untyped)", rule, {
  valid: [],
  invalid: [withSuggestions("require-stream-error-handler/untyped.js", { 9: ["listFeatures(rectangle, done) {\n  const call = client.listFeatures(rectangle);\n  ", 'call.on("data", (feature) => console.log(feature.name))'] })],
});
