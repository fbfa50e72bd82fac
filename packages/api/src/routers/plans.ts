import { currentPlanVersion, insertPlanVersion, listPlanVersions } from "@opis/db";
import { EMPTY_JOINT_PLAN, JointPlanSaveSchema } from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { AppError } from "../errors";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { procedureFor, router } from "../trpc";

const caseworker = procedureFor("officer", "coordinator");

/** A unique-index violation: someone saved the same version number first. */
function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code;
  return code === "23505";
}

export const plansRouter = router({
  /** The current joint plan and its history (who changed it, when, why). */
  get: caseworker.input(z.object({ enrolmentId: z.uuid() })).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
      const versions = await listPlanVersions(tx, enrolment.id);
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "plan.read",
        subjectType: "enrolment",
        subjectId: enrolment.id,
        personIds: [enrolment.personId],
      });
      const current = versions[0];
      return {
        version: current?.version ?? 0,
        content: current?.content ?? EMPTY_JOINT_PLAN,
        savedAt: current?.createdAt.toISOString() ?? null,
        savedBy: current?.createdByName ?? null,
        history: versions.map((v) => ({
          version: v.version,
          content: v.content,
          changeNote: v.changeNote,
          savedAt: v.createdAt.toISOString(),
          savedBy: v.createdByName,
          organisation: v.createdByOrganisation,
        })),
      };
    }),
  ),

  /**
   * Saves a new version. The caller names the version they edited; if someone
   * saved in between, the save is refused with CONFLICT and nothing is lost:
   * the client shows both and lets the user merge.
   */
  save: caseworker.input(JointPlanSaveSchema).mutation(async ({ ctx, input }) => {
    try {
      return await ctx.db.transaction(async (tx) => {
        const enrolment = await loadEnrolmentInScope(tx, ctx.user, input.enrolmentId);
        if (enrolment.status !== "active") throw new AppError("CONFLICT", "errors.plan.notActive");
        const current = await currentPlanVersion(tx, enrolment.id);
        if (current !== input.basedOnVersion) {
          throw new AppError("CONFLICT", "errors.plan.conflict");
        }
        const version = current + 1;
        await insertPlanVersion(tx, {
          enrolmentId: enrolment.id,
          version,
          content: input.content,
          changeNote: input.changeNote ?? null,
          createdBy: ctx.user.id,
        });
        await recordAudit(tx, {
          actorUserId: ctx.user.id,
          action: "plan.save",
          subjectType: "enrolment",
          subjectId: enrolment.id,
          personIds: [enrolment.personId],
          details: { version },
        });
        return { version, savedAt: ctx.now().toISOString() };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.plan.conflict");
      throw error;
    }
  }),
});
