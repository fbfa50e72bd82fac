/**
 * Reports outside a request: `opis report` prints what the console shows,
 * computed by the same operations (docs/report-output.md).
 */

export { formatPublishedCell } from "@opis/evaluation";
export { type ResolvedProject, resolveProject } from "./operations/projects";
export {
  REPORT_KINDS,
  type ReportKind,
  ReportKindSchema,
  type ReportResult,
  runReport,
} from "./operations/reports";
