import type { Language } from "@eslint/core";
import { protoLanguage } from "../proto-checks/language.js";
import { serviceConfigLanguage } from "./config-language/language.js";

// ESLint languages the plugin ships, keyed by the name used in `language: "grpc-review/<name>"`.
export const languages: Record<string, Language<any>> = {
  proto: protoLanguage,
  "service-config": serviceConfigLanguage,
};
