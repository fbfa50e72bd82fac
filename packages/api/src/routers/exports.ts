import { ProjectIdSchema } from "@opis/domain";
import { z } from "zod";
import {
  ANONYMOUS_COLUMNS,
  anonymousParticipantRows,
  computeDashboard,
  computeFlows,
  computeSuccessFactors,
  type ExportFile,
  esfTable,
  esfXlsx,
  goalReportPdf,
  goalReportXlsx,
  latestMonthEnd,
  loadEvaluationRecords,
  loadPublication,
  MIME,
  requestReport,
  steeringGroupSections,
  toCsv,
  toXlsx,
} from "../operations/evaluation";
import { procedureFor, router } from "../trpc";
import { auditedReport } from "./audited-report";
import { ReportInputSchema } from "./statistics";

const exporter = procedureFor("evaluator", "admin");

const exportReport = (input: { projectId?: string | undefined }, action: string) => ({
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
   * Participant-level data, anonymous: k ≥ 5 on the quasi-identifiers with two
   * outcomes in every class (ADR 0012); the file states its k, what was
   * generalised and what was suppressed.
   */
  participants: exporter
    .input(
      z.object({
        projectId: ProjectIdSchema.optional(),
        format: z.enum(["csv", "xlsx"]),
      }),
    )
    .mutation(({ ctx, input }) =>
      auditedReport<
        ExportFile & {
          disclosure: {
            k: number;
            smallestClass: number;
            level: number;
            suppressedRows: number;
            droppedRows: number;
          };
        }
      >(
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
          // The last month end, like every other published figure.
          const monthEnd = latestMonthEnd(project, asOf) ?? asOf;
          const { rows, notes, anonymisation } = anonymousParticipantRows(
            project,
            records,
            monthEnd,
          );
          const name = `opis-deltagare-anonym-${monthEnd}.${input.format}`;
          const disclosure = {
            k: anonymisation.k,
            smallestClass: anonymisation.smallestClass,
            level: anonymisation.level,
            suppressedRows: anonymisation.suppressedRows,
            droppedRows: anonymisation.droppedRows,
          };
          // The CSV states its k first, as comment lines; the workbook on its own sheet.
          return input.format === "csv"
            ? {
                ...file(
                  name,
                  MIME.csv,
                  `\uFEFF${notes.map((n) => `# ${n}`).join("\r\n")}\r\n${toCsv(ANONYMOUS_COLUMNS, rows).slice(1)}`,
                  rows.length,
                ),
                disclosure,
              }
            : {
                ...file(
                  name,
                  MIME.xlsx,
                  await toXlsx([
                    { name: "Deltagare", header: ANONYMOUS_COLUMNS, rows },
                    { name: "Röjandekontroll", header: ["Om filen"], rows: notes.map((n) => [n]) },
                  ]),
                  rows.length,
                ),
                disclosure,
              };
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
            maxAgeMs: ctx.publicationMaxAgeMs,
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
          // The steering group's report: goals, flows, status at exit, success
          // factors, every cell from the same publication with its marks.
          const sections = steeringGroupSections(
            computeFlows({
              project,
              publication,
              filter: input.filter,
              dimension: "gender",
              asOf: dashboard.asOf,
              threshold: input.threshold,
            }),
            computeSuccessFactors({
              project,
              report: requestReport(publication, input.filter, dashboard.asOf),
              threshold: input.threshold,
            }),
          );
          const name = `opis-maluppfyllelse-${dashboard.asOf}.${input.format}`;
          return input.format === "pdf"
            ? file(
                name,
                MIME.pdf,
                await goalReportPdf(project, dashboard, sections),
                dashboard.goals.length,
              )
            : file(
                name,
                MIME.xlsx,
                await goalReportXlsx(project, dashboard, sections),
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
          maxAgeMs: ctx.publicationMaxAgeMs,
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
