import type { Language } from "@eslint/core";
import { type ConfigFormat } from "../core/service-config/index.js";
import { type ConfigFileNode, type ConfigNode } from "./ast.js";
import { ServiceConfigSourceCode } from "./source-code.js";
export interface ServiceConfigLanguageOptions {
    /** Force the syntax instead of taking it from the file extension (`.yaml`/`.yml` is YAML, anything else JSON). */
    format?: ConfigFormat;
    [key: string]: unknown;
}
type ServiceConfigLanguageTypes = {
    LangOptions: ServiceConfigLanguageOptions;
    Code: ServiceConfigSourceCode;
    RootNode: ConfigFileNode;
    Node: ConfigNode;
};
export declare const serviceConfigLanguage: Language<ServiceConfigLanguageTypes>;
export {};
