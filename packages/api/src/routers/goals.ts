import { ProjectIdSchema } from "@opis/domain";
import { z } from "zod";
import { computeDashboard, loadPublication } from "../operations/evaluation";
import { procedureFor, router } from "../trpc";
import { auditedReport } from "./audited-report";

const statisticsReader = procedureFor("evaluator", "admin");

export const goalsRouter = router({
  /**
   * Goal attainment for the whole project on the latest month end: a thin
   * view of the dashboard's publication (the same cells, the same
   * protection), kept for callers of the old summary.
   */
  summary: statisticsReader
    .input(z.object({ projectId: ProjectIdSchema.optional() }))
    .query(({ ctx, input }) =>
      auditedReport(
        ctx,
        {
          projectId: input.projectId,
          action: "statistics.goals",
          subjectType: "statistics",
          details: {},
        },
        async (project, today, reportDb) => {
          const { publication } = await loadPublication(reportDb, {
            project,
            today,
            threshold: 5,
            maxAgeMs: ctx.publicationMaxAgeMs,
          });
          const dashboard = computeDashboard({
            project,
            publication,
            filter: {},
            threshold: 5,
            withTrend: false,
          });
          return {
            projectId: project.id,
            projectName: project.name,
            asOf: dashboard.asOf,
            period: project.period,
            goals: dashboard.goals,
            genderBalance: dashboard.genderBalance,
          };
        },
      ),
    ),
});
