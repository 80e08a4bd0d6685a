import rule from "../../rules/propagate-deadline.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../fixture-case.js";

typedRuleTester().run("propagate-deadline", rule, {
  valid: [fixtureCase("propagate-deadline/grpc-js-clean.ts")],
  invalid: [fixtureCase("propagate-deadline/grpc-js-flagged.ts"), fixtureCase("propagate-deadline/connect.ts")],
});

untypedRuleTester().run("propagate-deadline (untyped)", rule, {
  valid: [],
  invalid: [fixtureCase("propagate-deadline/untyped.js")],
});
