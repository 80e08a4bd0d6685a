import type { FileContext } from "../syntax/index.js";
import { type HandlerFinder } from "../calls/index.js";
import { type ClientCallRecognizer, type StreamFinder } from "./stream-finder.js";
export interface StreamAnalysis {
    handlers: HandlerFinder;
    streams: StreamFinder;
    recognizeCall: ClientCallRecognizer;
}
export declare function streamAnalysis(context: FileContext): StreamAnalysis;
