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
      9: ["computedNames(area: Point, event: \"data\"): void {\n  const stream = ", "client.listFeatures(area)"],
      16: ["  ", "client.listFeatures(area)"],
      21: ["anyStream(area: Point): void {\n  const stream = ", "client.listFeatures(area)"],
    }),
    withSuggestions("require-stream-error-handler/listener-flagged.ts", {
      9: ["listenOnVariable(area: Point): void {\n  const stream = ", "client.listFeatures(area)"],
      16: ["client\n", "    .listFeatures(area)"],
      22: ["", "client.routeChat()"],
      29: ["export class FeatureFeed {\n  private stream = ", "client.listFeatures({ latitude: 0, longitude: 0 })"],
      38: ["twoDataListeners(area: Point): void {\n  const stream = ", "client.listFeatures(area)"],
      52: ["stays on the listener.\n    ", 'this.stream.on("data", show)'],
      59: ["longitude: 1 });\n  ", 'stream.on("data", show)'],
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
          column: 8,
          suggestions: [
            {
              messageId: "addErrorListener",
              output:
                "import { credentials } from '@grpc/grpc-js';\nimport { RouteGuideClient } from '../route-guide/route-guide-grpc-js.js';\nconst client = new RouteGuideClient('localhost:1', credentials.createInsecure());\nclient.listFeatures({}).on('error', (error) => console.error(error)).on('data', () => undefined);\n",
            },
          ],
        },
      ],
    },
  ],
});

untypedRuleTester().run("require-stream-error-handler (untyped)", rule, {
  valid: [],
  invalid: [withSuggestions("require-stream-error-handler/untyped.js", {
      8: ["listFeatures(rectangle, done) {\n  const call = ", "client.listFeatures(rectangle)"],
      45: ["client\n", "    .listFeatures(rectangle)"],
      51: ["twoDataListeners(rectangle) {\n  const call = ", "client.listFeatures(rectangle)"],
      60: ["\n  call = client.listFeatures(rectangle);\n  ", 'call.on("data", (feature) => console.log(feature.name))'],
    })],
});
