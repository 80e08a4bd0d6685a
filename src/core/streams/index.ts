/** Streams: which calls return one, how their messages are consumed and buffered, error listeners. This index is the room's public face; code outside the room imports from here. */
export { errorHandlingOf, streamOpening } from "./error-listeners.js";
export { streamAnalysis } from "./stream-analysis.js";
export { OBJECT_MODE_HIGH_WATER_MARK, calleeMember, cappedBySize, controlsFlow, dependsOnLoopVariable, drainsBuffer, enclosingLoop, findAccumulations, firstUnguardedRejection, listenerEvent, loopCanStop, resultIgnored, staticTripCount, waitsForDrain } from "./stream-flow.js";
