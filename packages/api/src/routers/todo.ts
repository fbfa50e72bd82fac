import { listActiveCases, listDraftIntakes, listFollowUps } from "@opis/db";
import { addDays, classifyFollowUp, getProject } from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { nextActionsFor } from "../operations/case-state";
import { enrolmentScopeFor } from "../policies/enrolment-scope";
import { procedureFor, router } from "../trpc";

/** How far ahead "coming due" looks. */
const HORIZON_DAYS = 14;

export const todoRouter = router({
  /**
   * The officer's to-do queue: intakes in progress, plans to write or review,
   * follow-ups coming due and overdue — each with where the work is done.
   */
  list: procedureFor("officer")
    .input(z.object({ scope: z.enum(["mine", "office"]).default("mine") }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const today = todayIn(ctx);
        const horizon = addDays(today, HORIZON_DAYS);
        const scope = enrolmentScopeFor(ctx.user, input.scope);
        const [drafts, active, followUps] = await Promise.all([
          listDraftIntakes(tx, ctx.user.id),
          listActiveCases(tx, scope),
          listFollowUps(tx, { scope, onlyOpen: true, dueOnOrBefore: horizon, limit: 500 }),
        ]);
        const actions = await nextActionsFor(tx, active, today);
        const plans = active.flatMap((c) => {
          const action = actions.get(c.enrolmentId);
          if (!action || action.kind === "none" || !action.dueDate || action.dueDate > horizon)
            return [];
          return [
            {
              kind: action.kind,
              enrolmentId: c.enrolmentId,
              givenName: c.givenName,
              familyName: c.familyName,
              dueDate: action.dueDate,
              overdue: action.overdue,
            },
          ];
        });
        const follow = followUps.flatMap((f) => {
          const rule = getProject(f.projectId)?.followUpRules.find((r) => r.id === f.ruleId);
          if (!rule) return [];
          const status = classifyFollowUp(rule, f.exitDate, f.recordedOn, today);
          return [
            {
              kind: "recordFollowUp" as const,
              followUpId: f.followUpId,
              enrolmentId: f.enrolmentId,
              givenName: f.givenName,
              familyName: f.familyName,
              dueDate: f.dueDate,
              overdue: status === "overdue",
            },
          ];
        });
        const personIds = [
          ...drafts.map((d) => d.personId),
          ...active.map((a) => a.personId),
          ...followUps.map((f) => f.personId),
        ];
        if (personIds.length > 0) {
          await recordAudit(tx, {
            actorUserId: ctx.user.id,
            action: "todo.list",
            subjectType: "person",
            personIds: [...new Set(personIds)],
          });
        }
        const byDue = <T extends { dueDate: string }>(a: T, b: T) =>
          a.dueDate < b.dueDate ? -1 : 1;
        return {
          intakes: drafts.map((d) => ({
            intakeId: d.intakeId,
            givenName: d.givenName,
            familyName: d.familyName,
            updatedAt: d.updatedAt.toISOString(),
          })),
          plans: plans.sort(byDue),
          followUps: follow.sort(byDue),
        };
      }),
    ),
});
