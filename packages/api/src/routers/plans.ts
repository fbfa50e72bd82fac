import { findParticipant, insertPlanVersion, listPlanVersions } from "@opis/db";
import {
  EMPTY_JOINT_PLAN,
  JointPlanSaveSchema,
  planChanges,
  validateJointPlanComplete,
} from "@opis/domain";
import { z } from "zod";
import { recordAudit } from "../audit";
import { todayIn } from "../context";
import { AppError, fieldErrorsAt } from "../errors";
import { planPdf } from "../operations/plan-pdf/plan-pdf";
import { loadEnrolmentInScope } from "../policies/enrolment-access";
import { enrolmentScopeFor } from "../policies/enrolment-scope";
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
        history: versions.map((v, i) => ({
          version: v.version,
          changes: planChanges(versions[i + 1]?.content ?? EMPTY_JOINT_PLAN, v.content),
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
   * The current plan on paper: a tagged PDF in plain Swedish for the participant, from the
   * same version `get` shows. Audited as a read of the plan (`plan.print`).
   */
  pdf: caseworker.input(z.object({ enrolmentId: z.uuid() })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const found = await findParticipant(tx, input.enrolmentId, enrolmentScopeFor(ctx.user));
      if (!found) throw new AppError("NOT_FOUND", "errors.participant.notFound");
      const [current] = await listPlanVersions(tx, found.enrolment.id);
      await recordAudit(tx, {
        actorUserId: ctx.user.id,
        action: "plan.print",
        subjectType: "enrolment",
        subjectId: found.enrolment.id,
        personIds: [found.enrolment.personId],
        details: { version: current?.version ?? 0 },
      });
      const day = todayIn(ctx);
      const data = await planPdf({
        participantName: `${found.person.givenName} ${found.person.familyName}`,
        version: current?.version ?? 0,
        content: current?.content ?? EMPTY_JOINT_PLAN,
        savedAt: current?.createdAt ?? null,
        savedBy: current?.createdByName ?? null,
        officerName: found.officerName,
        coordinatorName: found.coordinatorName,
        printedOn: day,
      });
      return {
        fileName: `gemensam-planering-${day}.pdf`,
        mimeType: "application/pdf",
        base64: data.toString("base64"),
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
        const [latest] = await listPlanVersions(tx, enrolment.id);
        const current = latest?.version ?? 0;
        if (current !== input.basedOnVersion) {
          throw new AppError("CONFLICT", "errors.plan.conflict");
        }
        const incomplete = validateJointPlanComplete(input.content);
        if (incomplete.length > 0) {
          throw new AppError(
            "VALIDATION",
            "errors.validation",
            fieldErrorsAt("content", incomplete),
          );
        }
        // Saving what is already there adds no version: the history shows real changes only.
        if (latest && planChanges(latest.content, input.content).length === 0) {
          return {
            version: current,
            unchanged: true,
            savedAt: latest.createdAt.toISOString(),
            savedBy: latest.createdByName,
          };
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
        return {
          version,
          unchanged: false,
          savedAt: ctx.now().toISOString(),
          // The author right after saving, so the screen never shows "sparad … av ."
          savedBy: ctx.user.name,
        };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "errors.plan.conflict");
      throw error;
    }
  }),
});
