export const SETTINGS_KEY = "grpc-review";
export function readSettings(context) {
    const value = context.settings?.[SETTINGS_KEY];
    return value && typeof value === "object" ? (value) : {};
}
