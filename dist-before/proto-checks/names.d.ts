/** Protobuf scoping: `Name` inside `a.b` is `a.b.Name`, else `a.Name`, else `Name`; a leading dot is absolute. */
export declare function resolveTypeName(name: string, scope: string, exists: (fullName: string) => boolean): string | undefined;
/** `.a.b.C` → `C`. */
export declare function simpleName(name: string): string;
/**
 * google/protobuf's well-known types, which most protos import but few trees contain: knowing them
 * saves a project-wide lookup for every Timestamp or Empty.
 */
export declare const WELL_KNOWN_TYPES: ReadonlyMap<string, "message" | "enum">;
