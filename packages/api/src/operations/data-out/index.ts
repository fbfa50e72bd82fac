export * from "./managing-authority-file";
export * from "./project-export";
