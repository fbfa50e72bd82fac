export * from "./import-participations";
export * from "./import-template";
export * from "./read-csv-rows";
export * from "./read-xlsx-rows";
export * from "./undo-import";
