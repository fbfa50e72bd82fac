import { loadIntakeDecisionRows } from "@opis/db";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
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

const statisticsReader = procedureFor("evaluator", "admin");

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
    .query(({ input }) => {
      const project = requireProject(input.projectId);
      return {
        municipalities: [...project.municipalities],
        priorityGroups: project.priorityGroups.map((g) => ({ id: g.id, name: g.name })),
        period: project.period,
      };
    }),

  /** Every goal with its gender split, the monthly trend and the enrolment projection. */
  dashboard: statisticsReader.input(ReportInputSchema).query(async ({ ctx, input }) => {
    const project = requireProject(input.projectId);
    const asOf = todayIn(ctx);
    const records = await loadParticipantRecords(ctx.db, { project, filter: input.filter });
    const dashboard = computeDashboard({ project, records, asOf, threshold: input.threshold });
    await recordAudit(ctx.db, {
      actorUserId: ctx.user.id,
      action: "statistics.dashboard",
      subjectType: "statistics",
      subjectId: project.id,
      details: { filter: input.filter, threshold: input.threshold },
    });
    return { projectId: project.id, period: project.period, ...dashboard };
  }),

  /** Target group → enrolled → completed/dropped out → outcome at 90 days, split by one dimension. */
  flows: statisticsReader
    .input(ReportInputSchema.extend({ dimension: FlowDimensionSchema.default("gender") }))
    .query(async ({ ctx, input }) => {
      const project = requireProject(input.projectId);
      const asOf = todayIn(ctx);
      const [records, intakes] = await Promise.all([
        loadParticipantRecords(ctx.db, { project, filter: input.filter }),
        loadIntakeDecisionRows(ctx.db, { projectId: project.id }),
      ]);
      const flows = computeFlows({
        project,
        records,
        intakes,
        filter: input.filter,
        dimension: input.dimension,
        asOf,
        threshold: input.threshold,
      });
      await recordAudit(ctx.db, {
        actorUserId: ctx.user.id,
        action: "statistics.flows",
        subjectType: "statistics",
        subjectId: project.id,
        details: { filter: input.filter, dimension: input.dimension, threshold: input.threshold },
      });
      return flows;
    }),

  /** Descriptive outcome rates by activity type, dose and method, with 95 % intervals. */
  successFactors: statisticsReader.input(ReportInputSchema).query(async ({ ctx, input }) => {
    const project = requireProject(input.projectId);
    const asOf = todayIn(ctx);
    const records = await loadEvaluationRecords(ctx.db, { project, filter: input.filter });
    const result = computeSuccessFactors({ project, records, asOf, threshold: input.threshold });
    await recordAudit(ctx.db, {
      actorUserId: ctx.user.id,
      action: "statistics.successFactors",
      subjectType: "statistics",
      subjectId: project.id,
      details: { filter: input.filter, threshold: input.threshold },
    });
    return result;
  }),

  /** The ESF+ common indicators by gender, as on screen before export. */
  esf: statisticsReader.input(ReportInputSchema).query(async ({ ctx, input }) => {
    const project = requireProject(input.projectId);
    const asOf = todayIn(ctx);
    const records = await loadEvaluationRecords(ctx.db, { project, filter: input.filter });
    const rows = esfTable(records, asOf, input.threshold);
    await recordAudit(ctx.db, {
      actorUserId: ctx.user.id,
      action: "statistics.esf",
      subjectType: "statistics",
      subjectId: project.id,
      details: { filter: input.filter, threshold: input.threshold },
    });
    return { asOf, threshold: input.threshold, rows };
  }),
});
