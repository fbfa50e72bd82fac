import { loadIntakeDecisionRows } from "@opis/db";
import { z } from "zod";
import {
  computeDashboard,
  computeFlows,
  computeSuccessFactors,
  esfTable,
  FlowDimensionSchema,
  loadEvaluationRecords,
  loadParticipantRecords,
  StatisticsFilterSchema,
  ThresholdSchema,
} from "../operations/evaluation";
import { requireProject } from "../operations/intake";
import { procedureFor, router } from "../trpc";
import { auditedReport } from "./audited-report";

const statisticsReader = procedureFor("evaluator", "admin");

const report = (input: { projectId: string }, action: string) => ({
  projectId: input.projectId,
  action,
  subjectType: "statistics" as const,
});

export const ReportInputSchema = z.object({
  projectId: z.string().min(1).default("opis"),
  filter: StatisticsFilterSchema.default({}),
  threshold: ThresholdSchema,
});

/**
 * Aggregated, suppressed statistics for evaluators: no names, no personal
 * numbers, no ids. Every count goes through @opis/evaluation's suppression.
 */
export const statisticsRouter = router({
  /** What the filters can be set to. */
  filterOptions: statisticsReader
    .input(z.object({ projectId: z.string().min(1).default("opis") }))
    .query(async ({ ctx, input }) => {
      const project = await requireProject(ctx.db, input.projectId);
      return {
        municipalities: [...project.municipalities],
        priorityGroups: project.priorityGroups.map((g) => ({ id: g.id, name: g.name })),
        period: project.period,
      };
    }),

  /** Every goal with its gender split, the monthly trend and the enrolment projection. */
  dashboard: statisticsReader.input(ReportInputSchema).query(({ ctx, input }) =>
    auditedReport(
      ctx,
      {
        ...report(input, "statistics.dashboard"),
        details: { filter: input.filter, threshold: input.threshold },
      },
      async (project, asOf, reportDb) => {
        const records = await loadParticipantRecords(reportDb, { project, filter: input.filter });
        const dashboard = computeDashboard({ project, records, asOf, threshold: input.threshold });
        return { projectId: project.id, period: project.period, ...dashboard };
      },
    ),
  ),

  /** Target group → enrolled → completed/dropped out → outcome at 90 days, split by one dimension. */
  flows: statisticsReader
    .input(ReportInputSchema.extend({ dimension: FlowDimensionSchema.default("gender") }))
    .query(({ ctx, input }) =>
      auditedReport(
        ctx,
        {
          ...report(input, "statistics.flows"),
          details: { filter: input.filter, dimension: input.dimension, threshold: input.threshold },
        },
        async (project, asOf, reportDb) => {
          const [records, intakes] = await Promise.all([
            loadParticipantRecords(reportDb, { project, filter: input.filter }),
            loadIntakeDecisionRows(reportDb, { projectId: project.id }),
          ]);
          return computeFlows({
            project,
            records,
            intakes,
            filter: input.filter,
            dimension: input.dimension,
            asOf,
            threshold: input.threshold,
          });
        },
      ),
    ),

  /** Descriptive outcome rates by activity type, dose and method, with 95 % intervals. */
  successFactors: statisticsReader.input(ReportInputSchema).query(({ ctx, input }) =>
    auditedReport(
      ctx,
      {
        ...report(input, "statistics.successFactors"),
        details: { filter: input.filter, threshold: input.threshold },
      },
      async (project, asOf, reportDb) => {
        const records = await loadEvaluationRecords(reportDb, { project, filter: input.filter });
        return computeSuccessFactors({ project, records, asOf, threshold: input.threshold });
      },
    ),
  ),

  /** The ESF+ common indicators by gender, as on screen before export. */
  esf: statisticsReader.input(ReportInputSchema).query(({ ctx, input }) =>
    auditedReport(
      ctx,
      {
        ...report(input, "statistics.esf"),
        details: { filter: input.filter, threshold: input.threshold },
      },
      async (project, asOf, reportDb) => {
        const records = await loadEvaluationRecords(reportDb, { project, filter: input.filter });
        return {
          asOf,
          threshold: input.threshold,
          rows: esfTable(project, records, asOf, input.threshold),
        };
      },
    ),
  ),
});
