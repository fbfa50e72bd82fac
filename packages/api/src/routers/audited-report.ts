import type { Database } from "@opis/db";
import type { ProjectDefinition } from "@opis/domain";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { requireProject } from "../operations/intake";
import { projectIdFor } from "../project-context";
import type { AuthedContext } from "../trpc";

/**
 * The frame every statistics screen and export shares: the project, today's
 * date in Sweden, the computation, and an audit row naming what was read with
 * which filter (statistics are aggregates, but who looked at what still counts).
 * `compute` reads from `reportDb` (the replica, when there is one); the audit row is
 * written to the primary.
 */
export async function auditedReport<T>(
  ctx: AuthedContext,
  report: {
    /** The project the input named; else the active project (ADR 0028). */
    projectId?: string | undefined;
    action: string;
    subjectType: "statistics" | "export";
    /** What was asked for; a function when the audit row should say what came out (row counts). */
    details: Record<string, unknown> | ((result: NoInfer<T>) => Record<string, unknown>);
  },
  compute: (project: ProjectDefinition, asOf: string, reportDb: Database) => Promise<T>,
): Promise<T> {
  const project = await requireProject(ctx.db, projectIdFor(ctx, report.projectId));
  const result = await compute(project, todayIn(ctx), ctx.reportDb);
  await recordAudit(ctx.db, {
    actorUserId: ctx.user.id,
    action: report.action,
    subjectType: report.subjectType,
    subjectId: project.id,
    details: typeof report.details === "function" ? report.details(result) : report.details,
  });
  return result;
}
