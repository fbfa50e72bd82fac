export * from "./export-files";
export * from "./managing-authority-file";
export * from "./project-export";
