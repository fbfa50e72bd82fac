export * from "./consent";
export * from "./person-correction";
