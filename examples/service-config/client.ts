// The payments service config lives next to this file and is read at run time, so the linter checks
// the file itself (payments.service-config.json); a config built at run time is not guessed at.
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";

const serviceConfig = readFileSync(new URL("./payments.service-config.json", import.meta.url), "utf8");

export const paymentsChannel = new grpc.Channel("dns:///payments.internal:443", grpc.credentials.createSsl(), {
  "grpc.service_config": serviceConfig,
});
