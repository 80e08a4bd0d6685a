/** Protobuf scoping: `Name` inside `a.b` is `a.b.Name`, else `a.Name`, else `Name`; a leading dot is absolute. */
export function resolveTypeName(name: string, scope: string, exists: (fullName: string) => boolean): string | undefined {
  if (name.startsWith(".")) return exists(name.slice(1)) ? name.slice(1) : undefined;
  let prefix = scope;
  for (;;) {
    const candidate = prefix ? `${prefix}.${name}` : name;
    if (exists(candidate)) return candidate;
    if (!prefix) return undefined;
    const dot = prefix.lastIndexOf(".");
    prefix = dot === -1 ? "" : prefix.slice(0, dot);
  }
}

/** `.a.b.C` → `C`. */
export function simpleName(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1);
}
