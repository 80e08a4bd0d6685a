import { protoLanguage } from "../proto-checks/language.js";
import { serviceConfigLanguage } from "./config-language/language.js";
// ESLint languages the plugin ships, keyed by the name used in `language: "grpc-review/<name>"`.
// `any`: each language has its own options types; ESLint's plugin type holds them as `any` too.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const languages = {
    proto: protoLanguage,
    "service-config": serviceConfigLanguage,
};
