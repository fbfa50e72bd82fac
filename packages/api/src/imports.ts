/**
 * Historical imports outside a request: `opis import participants`, the
 * benchmark and tests run the same operations as the admin console.
 */
export {
  type ImportSource,
  importParticipations,
  listImports,
  type ParticipationImportResult,
  readCsvRows,
  readXlsxRows,
  type TableRow,
  undoImport,
} from "./operations/import";
