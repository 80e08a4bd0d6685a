/** Any path that has the property counts (rules prefer silence to a guess); all paths lacking it is "absent". */
export function combine(results) {
    const present = results.find((result) => result.state === "present");
    if (present)
        return present;
    if (results.length > 0 && results.every((result) => result.state === "absent"))
        return { state: "absent" };
    return { state: "unknown" };
}
