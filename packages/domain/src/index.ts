export * from "./access";
export * from "./vocabularies";
