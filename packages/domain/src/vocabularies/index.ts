export * from "./activity";
export * from "./birth-region";
export * from "./decline";
export * from "./education-level";
export * from "./exit";
export * from "./follow-up";
export * from "./gender";
export * from "./municipalities";
