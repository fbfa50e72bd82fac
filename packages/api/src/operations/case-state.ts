import type { Executor } from "@opis/db";
import { exitsWithFollowUps, latestPlans } from "@opis/db";
import {
  caseWorkSettingsOf,
  classifyFollowUp,
  type NextAction,
  nextCaseAction,
  planReviewDue,
} from "@opis/domain";
import { resolveProjects } from "./projects";

interface CaseRow {
  enrolmentId: string;
  projectId: string;
  status: "active" | "exited";
  startDate: string;
}

/** The next action of each case, computed with two queries for the whole page. */
export async function nextActionsFor(
  db: Executor,
  cases: readonly CaseRow[],
  today: string,
): Promise<Map<string, NextAction>> {
  const ids = cases.map((c) => c.enrolmentId);
  // Sequential: inside a transaction the queries share one connection.
  const plans = await latestPlans(db, ids);
  const exits = await exitsWithFollowUps(db, ids);
  const projects = await resolveProjects(
    db,
    cases.map((c) => c.projectId),
  );
  const result = new Map<string, NextAction>();
  for (const c of cases) {
    const plan = plans.get(c.enrolmentId);
    const exit = exits.get(c.enrolmentId);
    const project = projects.get(c.projectId);
    const rule = project?.followUpRules.find((r) => r.id === exit?.ruleId);
    const review = plan ? planReviewDue(plan.content) : null;
    const followUp =
      exit?.dueDate && rule
        ? {
            status: classifyFollowUp(rule, exit.exitDate, exit.recordedOn, today),
            dueDate: exit.dueDate,
          }
        : null;
    result.set(
      c.enrolmentId,
      nextCaseAction(
        {
          status: c.status,
          startDate: c.startDate,
          planVersion: plan?.version ?? 0,
          nextPlanReview: review?.date ?? null,
          nextPlanReviewSource: review?.source,
          followUp,
        },
        today,
        project ? caseWorkSettingsOf(project).overdueGraceDays : 0,
      ),
    );
  }
  return result;
}
