import { latestReminderDigest } from "@opis/db";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { computeTodo } from "../operations/todo";
import { procedureFor, router } from "../trpc";

export const todoRouter = router({
  /**
   * The officer's to-do queue: intakes in progress, plans to write or review,
   * follow-ups coming due and overdue — each with where the work is done.
   */
  // Coordinators get the same start page: their municipality's cases.
  list: procedureFor("officer", "coordinator")
    .input(z.object({ scope: z.enum(["mine", "office"]).default("mine") }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const todo = await computeTodo({
          db: tx,
          user: ctx.user,
          scope: input.scope,
          today: todayIn(ctx),
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "todo.list",
          subjectType: "caseload",
          details: { scope: input.scope },
        });
        return todo;
      }),
    ),

  /** The latest daily digest the reminder job wrote for the caller. */
  digest: procedureFor("officer").query(async ({ ctx }) => {
    const digest = await latestReminderDigest(ctx.db, ctx.user.id);
    await recordAudit(ctx.db, {
      actorUserId: ctx.user.id,
      action: "todo.digest",
      subjectType: "caseload",
    });
    return digest
      ? { day: digest.day, overdue: digest.overdue, dueSoon: digest.dueSoon, counts: digest.counts }
      : null;
  }),
});
