import { computeGoalAttainment, GENDERS, type Gender, type GoalResult } from "@opis/domain";
import { type PublishedCount, publishCount, publishRate } from "@opis/evaluation";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { loadParticipantRecords } from "../operations/evaluation";
import { requireProject } from "../operations/intake";
import { procedureFor, router } from "../trpc";

const statisticsReader = procedureFor("evaluator", "admin");

function publishGoal(goal: GoalResult) {
  const numerator = publishCount(goal.numerator);
  const denominator =
    goal.kind === "enrolmentCount"
      ? { value: goal.denominator, suppressed: false }
      : publishCount(goal.denominator);
  const byGender = Object.fromEntries(
    GENDERS.map((g) => {
      const cell = goal.splits.gender[g];
      const n = publishCount(cell.numerator);
      const d = publishCount(cell.denominator);
      return [
        g,
        {
          numerator: n,
          denominator: d,
          rate: publishRate(n, d, cell.rate),
          target: cell.target ?? null,
        },
      ];
    }),
  ) as Record<
    Gender,
    {
      numerator: PublishedCount;
      denominator: PublishedCount;
      rate: number | null;
      target: number | null;
    }
  >;
  return {
    goalId: goal.goalId,
    kind: goal.kind,
    name: goal.name,
    numerator,
    denominator,
    rate: publishRate(numerator, denominator, goal.rate),
    target: goal.target,
    status: goal.status,
    pending: publishCount(goal.pending),
    missing: publishCount(goal.missing),
    byGender,
  };
}

export const goalsRouter = router({
  /**
   * Goal attainment for a project, pseudonymous and with small counts
   * suppressed: the evaluators' and steering group's view.
   */
  summary: statisticsReader
    .input(z.object({ projectId: z.string().min(1).default("opis") }))
    .query(async ({ ctx, input }) => {
      const project = await requireProject(ctx.db, input.projectId);
      const asOf = todayIn(ctx);
      const records = await loadParticipantRecords(ctx.reportDb, { project });
      const attainment = computeGoalAttainment(project, records, asOf);
      await recordAudit(ctx.db, {
        actorUserId: ctx.user.id,
        action: "statistics.goals",
        subjectType: "statistics",
        subjectId: project.id,
      });
      const enrolmentGoal = project.goals.find((g) => g.kind === "enrolmentCount");
      const countByGender = (g: Gender) => records.filter((r) => r.gender === g).length;
      return {
        projectId: project.id,
        projectName: project.name,
        asOf,
        period: project.period,
        enrolment: {
          total: publishCount(records.length),
          byGender: Object.fromEntries(
            GENDERS.map((g) => [g, publishCount(countByGender(g))]),
          ) as Record<Gender, PublishedCount>,
          targets: enrolmentGoal && "target" in enrolmentGoal ? enrolmentGoal : null,
        },
        goals: attainment.goals.map(publishGoal),
        genderBalance: attainment.genderBalance,
      };
    }),
});
