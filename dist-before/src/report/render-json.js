/** The model as documented in docs/report-schema.md (schemaVersion 1). */
export function renderJson(model) {
    return `${JSON.stringify(model, null, 2)}\n`;
}
