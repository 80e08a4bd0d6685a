import type { Language } from "@eslint/core";
export declare const languages: Record<string, Language<any>>;
