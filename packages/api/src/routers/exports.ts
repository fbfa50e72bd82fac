import { z } from "zod";
import {
  computeDashboard,
  createPseudonymiser,
  type ExportFile,
  esfTable,
  esfXlsx,
  goalReportPdf,
  goalReportXlsx,
  loadEvaluationRecords,
  loadPublication,
  MIME,
  PARTICIPANT_COLUMNS,
  participantRows,
  requestReport,
  toCsv,
  toXlsx,
} from "../operations/evaluation";
import { procedureFor, router } from "../trpc";
import { auditedReport } from "./audited-report";
import { ReportInputSchema } from "./statistics";

const exporter = procedureFor("evaluator", "admin");

const exportReport = (input: { projectId: string }, action: string) => ({
  projectId: input.projectId,
  action,
  subjectType: "export" as const,
});

function file(
  fileName: string,
  mimeType: string,
  data: Buffer | string,
  rowCount: number,
): ExportFile {
  const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return { fileName, mimeType, base64: buffer.toString("base64"), rowCount };
}

/** Files for download, delivered as base64 and audited. */
export const exportsRouter = router({
  /**
   * Participant-level data, pseudonymised: a fresh HMAC key per export, so
   * pseudonyms are stable within one file and unlinkable between files.
   */
  participants: exporter
    .input(
      z.object({
        projectId: z.string().min(1).default("opis"),
        format: z.enum(["csv", "xlsx"]),
      }),
    )
    .mutation(({ ctx, input }) =>
      auditedReport<ExportFile>(
        ctx,
        {
          ...exportReport(input, "exports.participants"),
          details: (result) => ({
            format: input.format,
            rowCount: result.rowCount,
          }),
        },
        async (project, asOf, reportDb) => {
          const records = await loadEvaluationRecords(reportDb, { project });
          const rows = participantRows(project, records, asOf, createPseudonymiser());
          const name = `opis-deltagare-${asOf}.${input.format}`;
          return input.format === "csv"
            ? file(name, MIME.csv, toCsv(PARTICIPANT_COLUMNS, rows), rows.length)
            : file(
                name,
                MIME.xlsx,
                await toXlsx([{ name: "Deltagare", header: PARTICIPANT_COLUMNS, rows }]),
                rows.length,
              );
        },
      ),
    ),

  /** The goals report for the steering group, as XLSX or PDF; counts suppressed. */
  goalsReport: exporter
    .input(ReportInputSchema.extend({ format: z.enum(["xlsx", "pdf"]) }))
    .mutation(({ ctx, input }) =>
      auditedReport(
        ctx,
        {
          ...exportReport(input, "exports.goalsReport"),
          details: {
            format: input.format,
            filter: input.filter,
            asOf: input.asOf ?? null,
            threshold: input.threshold,
          },
        },
        async (project, today, reportDb) => {
          const { publication } = await loadPublication(reportDb, {
            project,
            today,
            threshold: input.threshold,
          });
          const dashboard = computeDashboard({
            project,
            publication,
            filter: input.filter,
            asOf: input.asOf,
            threshold: input.threshold,
          });
          const name = `opis-maluppfyllelse-${dashboard.asOf}.${input.format}`;
          return input.format === "pdf"
            ? file(name, MIME.pdf, await goalReportPdf(project, dashboard), dashboard.goals.length)
            : file(
                name,
                MIME.xlsx,
                await goalReportXlsx(project, dashboard),
                dashboard.goals.length,
              );
        },
      ),
    ),

  /** The ESF+ table (common output indicators and immediate results) by gender, as XLSX. */
  esf: exporter.input(ReportInputSchema).mutation(({ ctx, input }) =>
    auditedReport(
      ctx,
      {
        ...exportReport(input, "exports.esf"),
        details: { filter: input.filter, asOf: input.asOf ?? null, threshold: input.threshold },
      },
      async (project, today, reportDb) => {
        const { publication } = await loadPublication(reportDb, {
          project,
          today,
          threshold: input.threshold,
        });
        const report = requestReport(publication, input.filter, input.asOf);
        const rows = esfTable(report);
        return file(
          `opis-esf-indikatorer-${report.asOf}.xlsx`,
          MIME.xlsx,
          await esfXlsx(rows, input.threshold, report.asOf),
          rows.length,
        );
      },
    ),
  ),
});
