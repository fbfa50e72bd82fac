import { ProjectIdSchema } from "@opis/domain";
import { publishedCohorts, publishedMonthEnds } from "@opis/evaluation";
import { z } from "zod";
import { todayIn } from "../context";
import {
  AsOfSchema,
  computeDashboard,
  computeFlows,
  computeSuccessFactors,
  esfTable,
  FlowDimensionSchema,
  flowDimensionsOf,
  loadPublication,
  requestReport,
  StatisticsFilterSchema,
  ThresholdSchema,
} from "../operations/evaluation";
import { requireProject } from "../operations/intake";
import { projectIdFor } from "../project-context";
import { procedureFor, router } from "../trpc";
import { auditedReport } from "./audited-report";

const statisticsReader = procedureFor("evaluator", "admin");

const report = (input: { projectId?: string | undefined }, action: string) => ({
  projectId: input.projectId,
  action,
  subjectType: "statistics" as const,
});

/** A report request: a population from the predefined dimensions, a month end, a threshold. */
export const ReportInputSchema = z.object({
  projectId: ProjectIdSchema.optional(),
  filter: StatisticsFilterSchema.default({}),
  asOf: AsOfSchema,
  threshold: ThresholdSchema,
});

const auditDetails = (input: z.infer<typeof ReportInputSchema>) => ({
  filter: input.filter,
  asOf: input.asOf ?? null,
  threshold: input.threshold,
});

/**
 * Aggregated statistics for evaluators: no names, no personal numbers, no ids.
 * Every count is read from the project's publication (@opis/evaluation), which
 * protects all reports a caller may request together (ADR 0011).
 */
export const statisticsRouter = router({
  /** What the filters can be set to: municipalities, priority groups, quarters, month ends. */
  filterOptions: statisticsReader
    .input(z.object({ projectId: ProjectIdSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const project = await requireProject(ctx.db, projectIdFor(ctx, input.projectId));
      const months = publishedMonthEnds(project, todayIn(ctx));
      return {
        municipalities: [...project.municipalities],
        priorityGroups: project.priorityGroups.map((g) => ({ id: g.id, name: g.name })),
        cohorts: publishedCohorts(months),
        monthEnds: months,
        flowDimensions: flowDimensionsOf(project),
        period: project.period,
      };
    }),

  /** Every goal with its gender split, the monthly trend, the projection and the gender balance. */
  dashboard: statisticsReader.input(ReportInputSchema).query(({ ctx, input }) =>
    auditedReport(
      ctx,
      { ...report(input, "statistics.dashboard"), details: auditDetails(input) },
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
        return { projectId: project.id, period: project.period, ...dashboard };
      },
    ),
  ),

  /** The flow stages by gender (and one obstacle), intake, exit reasons, status at exit, outcomes. */
  flows: statisticsReader
    .input(ReportInputSchema.extend({ dimension: FlowDimensionSchema.default("gender") }))
    .query(({ ctx, input }) =>
      auditedReport(
        ctx,
        {
          ...report(input, "statistics.flows"),
          details: { ...auditDetails(input), dimension: input.dimension },
        },
        async (project, today, reportDb) => {
          const { publication } = await loadPublication(reportDb, {
            maxAgeMs: ctx.publicationMaxAgeMs,
            project,
            today,
            threshold: input.threshold,
          });
          return computeFlows({
            project,
            publication,
            filter: input.filter,
            dimension: input.dimension,
            asOf: input.asOf,
            threshold: input.threshold,
          });
        },
      ),
    ),

  /** Descriptive outcome rates by activity type, dose and method, with 95 % intervals. */
  successFactors: statisticsReader.input(ReportInputSchema).query(({ ctx, input }) =>
    auditedReport(
      ctx,
      { ...report(input, "statistics.successFactors"), details: auditDetails(input) },
      async (project, today, reportDb) => {
        const { publication } = await loadPublication(reportDb, {
          maxAgeMs: ctx.publicationMaxAgeMs,
          project,
          today,
          threshold: input.threshold,
        });
        return computeSuccessFactors({
          project,
          report: requestReport(publication, input.filter, input.asOf),
          threshold: input.threshold,
        });
      },
    ),
  ),

  /** The ESF+ common indicators by gender, as on screen before export. */
  esf: statisticsReader.input(ReportInputSchema).query(({ ctx, input }) =>
    auditedReport(
      ctx,
      { ...report(input, "statistics.esf"), details: auditDetails(input) },
      async (project, today, reportDb) => {
        const { publication } = await loadPublication(reportDb, {
          maxAgeMs: ctx.publicationMaxAgeMs,
          project,
          today,
          threshold: input.threshold,
        });
        const published = requestReport(publication, input.filter, input.asOf);
        return { asOf: published.asOf, threshold: input.threshold, rows: esfTable(published) };
      },
    ),
  ),

  /**
   * A coordinator's own municipality's goal figures: the same publication and
   * the same protection as the evaluators' dashboard, for the one municipality.
   */
  municipalityGoals: procedureFor("coordinator")
    .input(
      z.object({
        projectId: ProjectIdSchema.optional(),
        asOf: AsOfSchema,
      }),
    )
    .query(({ ctx, input }) =>
      auditedReport(
        ctx,
        {
          ...report(input, "statistics.municipalityGoals"),
          details: {
            municipalityCode: ctx.user.municipalityCode ?? null,
            asOf: input.asOf ?? null,
          },
        },
        async (project, today, reportDb) => {
          const { publication } = await loadPublication(reportDb, {
            project,
            today,
            threshold: 5,
            maxAgeMs: ctx.publicationMaxAgeMs,
          });
          const municipalityCode = ctx.user.municipalityCode ?? "";
          const filter = project.municipalities.includes(municipalityCode as never)
            ? { municipalityCode }
            : null;
          if (!filter) return { municipalityCode, monthEnds: [], dashboard: null };
          const dashboard = computeDashboard({
            project,
            publication,
            filter,
            asOf: input.asOf,
            threshold: 5,
          });
          return { municipalityCode, monthEnds: publication.space.months, dashboard };
        },
      ),
    ),
});
