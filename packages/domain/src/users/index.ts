export * from "./user-account";
