/** What bounds a call: per-call and default deadlines, absolute or relative values, propagation from a handler. This index is the room's public face; code outside the room imports from here. */
export { deadlinePropagation } from "./deadline-propagation.js";
export { deadlineVerdict } from "./deadline-sources.js";
export { deadlineInsertion, SUGGESTED_TIMEOUT_MS, type DeadlineInsertion } from "./deadline-insertion.js";
export { deadlineKind, readsClock } from "./deadline-values.js";
export { CALL_DEADLINE_OPTION, type CallDeadlineOption } from "./deadline-options.js";
export { spentDeadline, type SpentDeadline } from "./deadline-staleness.js";
