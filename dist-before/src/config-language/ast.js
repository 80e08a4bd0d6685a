export const VISITOR_KEYS = {
    ConfigFile: ["documents"],
    ConfigDocument: ["body"],
    Object: ["members"],
    Member: ["name", "value"],
    Array: ["elements"],
    String: [],
    Number: [],
    Boolean: [],
    Null: [],
};
