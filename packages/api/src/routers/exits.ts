import { findExit, insertExit } from "@opis/db";
import { ExitRecordInputSchema, scheduledFollowUps, validateExit } from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError, fieldErrorsAt } from "../errors";
import { requireProject } from "../operations/intake";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { procedureFor, router } from "../trpc";

export const exitsRouter = router({
  /**
   * Ends a participation (avslut/avbrott). The ESF+ fields are checked first;
   * the exit, the enrolment's status and the follow-ups the project's rules
   * schedule are written together or not at all.
   */
  record: procedureFor("officer")
    .input(z.object({ enrolmentId: z.uuid(), exit: ExitRecordInputSchema }))
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        if (enrolment.status !== "active")
          throw new AppError("CONFLICT", "errors.exit.alreadyExited");
        const project = await requireProject(tx, enrolment.projectId);
        const errors = validateExit(input.exit, {
          startDate: enrolment.startDate,
          today: todayIn(ctx),
          project,
        });
        if (errors.length > 0) {
          throw new AppError("VALIDATION", "errors.validation", fieldErrorsAt("exit", errors));
        }
        const scheduled = scheduledFollowUps(project, input.exit);
        await insertExit(tx, {
          enrolmentId: enrolment.id,
          exit: input.exit,
          recordedBy: ctx.user.id,
          followUps: scheduled,
          at: ctx.now(),
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "exit.record",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
          details: { reason: input.exit.reason },
        });
        return { followUps: scheduled };
      }),
    ),

  get: procedureFor("officer", "coordinator")
    .input(z.object({ enrolmentId: z.uuid() }))
    .query(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        const exit = await findExit(tx, enrolment.id);
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "exit.read",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
        });
        return exit
          ? {
              exitDate: exit.exitDate,
              reason: exit.reason,
              status: exit.status,
              gainedQualification: exit.gainedQualification,
              note: exit.note,
            }
          : null;
      }),
    ),
});
