/** Data out outside a request: `opis export …` runs the same operations as the console. */
export {
  type DataOutFile,
  exportManagingAuthorityFile,
  exportProjectData,
} from "./operations/data-out";
