import rule from "../../rules/require-stream-error-handler.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("require-stream-error-handler", rule, {
  valid: [
    fixtureCase("require-stream-error-handler/listener-clean.ts"),
    fixtureCase("require-stream-error-handler/async-handler-clean.ts"),
  ],
  invalid: [
    fixtureCase("require-stream-error-handler/odd-code.ts"),
    fixtureCase("require-stream-error-handler/listener-flagged.ts"),
    fixtureCase("require-stream-error-handler/async-handler-flagged.ts"),
  ],
});

untypedRuleTester().run("require-stream-error-handler (untyped)", rule, {
  valid: [],
  invalid: [fixtureCase("require-stream-error-handler/untyped.js")],
});
