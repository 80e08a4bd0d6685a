/**
 * The proto model: what the parser builds for one .proto file and what rules read.
 * Every node carries source offsets (`start`, `end`); line and column are computed on demand
 * from `ProtoFile.lineStarts`, which keeps parsing cheap on large trees.
 */
/** Highest valid field number (2^29 - 1); also what `max` means in `reserved` and `extensions`. */
export const MAX_FIELD_NUMBER = 536_870_911;
/** What `max` means in an enum's `reserved` range (enum values are int32). */
export const MAX_ENUM_NUMBER = 2_147_483_647;
/** Field numbers the protobuf implementation keeps for itself. */
export const RESERVED_FOR_IMPLEMENTATION = { from: 19_000, to: 19_999 };
