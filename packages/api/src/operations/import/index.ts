export * from "./import-participations";
export * from "./read-csv-rows";
export * from "./read-xlsx-rows";
export * from "./undo-import";
