import { attemptsThatFit, formatSeconds, getValue, GRPC_JS_MAX_ATTEMPTS_LIMIT } from "../src/core/service-config/index.js";
import { serviceConfigVisitor } from "../src/config-language/service-config-rule.js";
import { createLanguageRule } from "../src/util/create-language-rule.js";
export default createLanguageRule({
    name: "retry-exceeds-timeout",
    meta: {
        type: "suggestion",
        docs: {
            description: "Disallow retry and hedging schedules whose later attempts do not start before the method's timeout",
            preset: "strict",
            severity: "warn",
            input: ["service-config", "typescript"],
        },
        schema: [],
        messages: {
            retry: "With `timeout` {{timeout}} only {{fit}} of {{attempts}} attempts start: the backoff before attempt {{next}} adds up to {{wait}} on average, so the deadline usually ends the call first. Raise the timeout or lower maxAttempts or the backoff.",
            hedging: "With `timeout` {{timeout}} only {{fit}} of {{attempts}} hedged attempts start: attempt {{next}} would be sent after {{wait}}. Raise the timeout, or lower maxAttempts or hedgingDelay.",
        },
    },
    create(context) {
        return serviceConfigVisitor(context, {
            config({ config, report }) {
                for (const methodConfig of config.methodConfigs) {
                    const timeout = methodConfig.timeout?.seconds;
                    const policy = methodConfig.retryPolicy ?? methodConfig.hedgingPolicy;
                    if (timeout === undefined || !policy || policy.maxAttempts === undefined)
                        continue;
                    const attempts = Math.min(policy.maxAttempts, GRPC_JS_MAX_ATTEMPTS_LIMIT);
                    const schedule = attemptsThatFit(policy, attempts, timeout);
                    if (!schedule)
                        continue;
                    report(getValue(policy.member.value, "maxAttempts") ?? policy.member.name, policy.kind, {
                        timeout: formatSeconds(timeout),
                        fit: schedule.fit,
                        attempts,
                        next: schedule.fit + 1,
                        wait: formatSeconds(schedule.firstLateStart),
                    });
                }
            },
        });
    },
});
