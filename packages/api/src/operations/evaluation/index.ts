export * from "./comparison";
export * from "./dashboard";
export * from "./exports";
export * from "./flows";
export * from "./publish";
export * from "./records";
export * from "./success-factors";
export * from "./tables";
