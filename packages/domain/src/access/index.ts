export * from "./person-standing";
export * from "./roles";
