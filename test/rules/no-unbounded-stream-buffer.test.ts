import rule from "../../rules/no-unbounded-stream-buffer.js";
import { fixtureCase, typedRuleTester, untypedRuleTester } from "../helpers/fixture-case.js";

typedRuleTester().run("no-unbounded-stream-buffer", rule, {
  valid: [fixtureCase("no-unbounded-stream-buffer/read-clean.ts"), fixtureCase("no-unbounded-stream-buffer/write-clean.ts"), fixtureCase("no-unbounded-stream-buffer/feature-store.ts")],
  invalid: [
    fixtureCase("no-unbounded-stream-buffer/odd-code.ts"),
    fixtureCase("no-unbounded-stream-buffer/read-flagged.ts"),
    fixtureCase("no-unbounded-stream-buffer/write-flagged.ts"),
    fixtureCase("no-unbounded-stream-buffer/async-iterables-flagged.ts"),
    fixtureCase("no-unbounded-stream-buffer/state-updaters.ts"),
    fixtureCase("no-unbounded-stream-buffer/stop-on-error-flagged.ts"),
    fixtureCase("no-unbounded-stream-buffer/helpers-flagged.ts"),
    fixtureCase("no-unbounded-stream-buffer/relayed-flagged.ts"),
  ],
});

untypedRuleTester().run("no-unbounded-stream-buffer (untyped)", rule, {
  valid: [],
  invalid: [
    fixtureCase("no-unbounded-stream-buffer/untyped.js"),
    fixtureCase("no-unbounded-stream-buffer/stop-on-error.js"),
    fixtureCase("no-unbounded-stream-buffer/helpers.js"),
    fixtureCase("no-unbounded-stream-buffer/relayed.js"),
    (({ filename: _filename, ...rest }) => rest)(fixtureCase<"unboundedRead">("no-unbounded-stream-buffer/state-updaters.ts")),
  ],
});
