export * from "./consent";
export * from "./person-correction";
export * from "./retention";
