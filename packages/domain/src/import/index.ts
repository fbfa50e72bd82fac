export * from "./header-check";
export * from "./import-codes";
export * from "./import-issue";
export * from "./participation-columns";
export * from "./participation-row";
