import { type Formatter } from "./shared.js";
export declare const formatGithub: Formatter;
